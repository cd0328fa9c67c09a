"""Public pages of a questionnaire, as views that owner modules call from their own URLs
(so a consultation's questionnaire lives at /<lang>/<commune>/consultations/<id>/…):

    def questionnaire(request, pk):
        consultation = …
        return questionnaire_views.answer(
            request, questionnaire_for(consultation),
            template_name="consultations/questionnaire.html",
            context={"consultation": consultation},
            success_url=consultation.get_absolute_url(),
        )

The template receives `questionnaire`, `form` (an AnswerForm, when the visitor may
answer), `state` ("open", "answered", "closed" or "sign_in") and `login_url`, and
renders the questions with `{% questionnaire_fields form %}` inside its own <form>.

Repeats: a signed-in person answers once (a database constraint). Without an account
(when the questionnaire allows it) a browser answers once: a random token in a signed
cookie, kept as a hash per questionnaire, and a per-address rate limit. It stops careless
repeats, not a person who clears their cookies and changes network; the page says
so to staff where they switch it on.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from moucharaka.core.questionnaires import selectors, services
from moucharaka.core.questionnaires.forms import AnswerForm, GroupFilterForm
from moucharaka.core.questionnaires.models import Questionnaire
from moucharaka.core.ratelimit import hit

ANONYMOUS_COOKIE = "moucharaka_respondent"
COOKIE_SALT = "moucharaka.questionnaires"
COOKIE_MAX_AGE = 3 * 365 * 24 * 3600
# Answers per person or per network address, per window: enough for a family or a
# workshop sharing one connection, not for a script.
ANSWER_LIMIT, ANSWER_WINDOW = 20, 3600


def _browser_token(request) -> str | None:
    return request.get_signed_cookie(ANONYMOUS_COOKIE, default=None, salt=COOKIE_SALT)


def anonymous_key(questionnaire: Questionnaire, token: str) -> str:
    """The browser's key for one questionnaire: answers to two questionnaires cannot be
    linked through it."""
    return hashlib.sha256(f"{questionnaire.pk}:{token}".encode()).hexdigest()


def _rate_key(request, questionnaire) -> str:
    if request.user.is_authenticated:
        who = f"u{request.user.pk}"
    else:
        address = request.META.get("REMOTE_ADDR", "")
        who = "a" + hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:16]
    return f"questionnaire-answer:{questionnaire.pk}:{who}"


def answer(
    request,
    questionnaire: Questionnaire | None,
    *,
    template_name: str,
    success_url: str,
    context: dict | None = None,
):
    """GET: the questionnaire to answer (or why it cannot be); POST: record the answers
    and go to `success_url`, or show the form again with its errors."""
    if questionnaire is None:
        raise Http404("No questionnaire here")
    user = request.user
    token = None if user.is_authenticated else _browser_token(request)
    key = anonymous_key(questionnaire, token) if token else ""
    if not questionnaire.accepts_answers:
        state = "closed"
    elif user.is_authenticated:
        state = "answered" if selectors.has_answered(questionnaire, user=user) else "open"
    elif not questionnaire.allow_anonymous:
        state = "sign_in"
    else:
        state = (
            "answered"
            if key and selectors.has_answered(questionnaire, anonymous_key=key)
            else "open"
        )

    if request.method == "POST" and state == "sign_in":
        return redirect_to_login(request.get_full_path())
    structure = selectors.questionnaire_structure(questionnaire)
    form = None
    status = 200
    if state == "open":
        form = AnswerForm(request.POST or None, structure=structure)
        if request.method == "POST" and form.is_valid():
            if not hit(
                _rate_key(request, questionnaire), limit=ANSWER_LIMIT, window_seconds=ANSWER_WINDOW
            ):
                form.add_error(
                    None, _("Many answers came from here in a short time. Please try again later.")
                )
                status = 429
            else:
                new_token = None
                if not user.is_authenticated and not token:
                    new_token = secrets.token_urlsafe(24)
                    key = anonymous_key(questionnaire, new_token)
                try:
                    services.response_submit(
                        questionnaire=questionnaire,
                        answers=form.answers,
                        respondent=user if user.is_authenticated else None,
                        anonymous_key="" if user.is_authenticated else key,
                        language=getattr(request, "LANGUAGE_CODE", ""),
                        structure=structure,
                    )
                except services.AlreadyAnswered:
                    messages.info(request, _("You have already answered this questionnaire."))
                    return redirect(success_url)
                except services.QuestionnaireClosed:
                    messages.error(request, _("This questionnaire no longer takes answers."))
                    return redirect(success_url)
                except ValidationError as error:
                    if hasattr(error, "error_dict"):
                        for name, messages_ in error.message_dict.items():
                            form.add_error(name if name in form.fields else None, messages_)
                    else:
                        form.add_error(None, error)
                else:
                    messages.success(request, _("Thank you: your answers were recorded."))
                    response = redirect(success_url)
                    if new_token:
                        response.set_signed_cookie(
                            ANONYMOUS_COOKIE,
                            new_token,
                            salt=COOKIE_SALT,
                            max_age=COOKIE_MAX_AGE,
                            httponly=True,
                            samesite="Lax",
                            secure=settings.SESSION_COOKIE_SECURE,
                        )
                    return response
        elif request.method == "POST":
            status = 400
    login_url = f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}"
    return render(
        request,
        template_name,
        {
            "questionnaire": questionnaire,
            "structure": structure,
            "form": form,
            "state": state,
            "login_url": login_url,
            **(context or {}),
        },
        status=status,
    )


def results(
    request,
    questionnaire: Questionnaire | None,
    *,
    template_name: str,
    context: dict | None = None,
    include_texts: bool = False,
):
    """The results page, filtered by demographic group (?group=…). Public only when the
    owner says results are public (404 otherwise); `include_texts` for staff pages."""
    if questionnaire is None or not (include_texts or questionnaire.results_public):
        raise Http404("No results here")
    filter_form = GroupFilterForm(request.GET or None, commune=questionnaire.commune)
    group = filter_form.selected_group() if request.GET.get("group") else None
    return render(
        request,
        template_name,
        {
            "questionnaire": questionnaire,
            "results": selectors.results(questionnaire, group=group, include_texts=include_texts),
            "filter_form": filter_form,
            **(context or {}),
        },
    )
