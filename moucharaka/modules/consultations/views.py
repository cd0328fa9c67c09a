"""Public pages of digital consultations, under /<lang>/<commune>/consultations/.

CommuneMiddleware has set `request.commune` (404 when the commune has not switched the
module on). Views look objects up within that commune, hand forms to the services and
render what the selectors read. A consultation in preparation exists only for the staff
who prepare it (a preview); the public sees it once announced.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from moucharaka.core.comments.models import Comment
from moucharaka.core.comments.views import COMMENT_RATE_LIMIT, RATE_WINDOW_SECONDS
from moucharaka.core.pdf import pdf_response, render_pdf
from moucharaka.core.questionnaires import views as questionnaire_views
from moucharaka.core.questionnaires.selectors import has_answered
from moucharaka.core.ratelimit import hit
from moucharaka.core.tenancy import get_for_commune_or_404
from moucharaka.modules.consultations import rules, selectors, services
from moucharaka.modules.consultations.forms import ContributionForm
from moucharaka.modules.consultations.models import Consultation, Paragraph, Phase
from moucharaka.modules.consultations.permissions import consultation_policy

# The core comments' limit, shared: at most this many comments per person per window.
COMMENT_LIMIT, COMMENT_WINDOW = COMMENT_RATE_LIMIT, RATE_WINDOW_SECONDS


def _url(request, name: str, **kwargs) -> str:
    return reverse(
        f"module-consultations:{name}", kwargs={"commune_slug": request.commune.slug, **kwargs}
    )


def _consultation(request, pk) -> Consultation:
    consultation = get_for_commune_or_404(Consultation, request.commune, pk=pk)
    consultation.commune = request.commune
    if (
        consultation.published_at is None
        and not consultation_policy.user_has_permission_for_instance(
            request.user, "view", consultation
        )
    ):
        raise Http404("No Consultation here")
    # Date-driven notifications go out on the first view after they are due, if the
    # periodic task has not sent them yet (each once: services.consultation_sync).
    if consultation.published_at is not None and (
        (consultation.opening_notified_at is None and timezone.now() >= consultation.opens_at)
        or (consultation.closing_notified_at is None and timezone.now() >= consultation.closes_at)
    ):
        services.consultation_sync(consultation=consultation)
    return consultation


def _paragraph(request, consultation, pk) -> Paragraph:
    paragraph = get_for_commune_or_404(
        Paragraph.objects.select_related("section"),
        request.commune,
        pk=pk,
        consultation=consultation,
    )
    paragraph.consultation = consultation
    return paragraph


@require_GET
def index(request):
    rows = selectors.consultation_list(commune=request.commune)
    page = Paginator(rows, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "consultations/index.html", {"page_obj": page})


@require_GET
def detail(request, pk: int):
    consultation = _consultation(request, pk)
    context = selectors.consultation_page(consultation, viewer=request.user)
    return render(
        request,
        "consultations/detail.html",
        {"consultation": consultation, **context},
    )


def _discussion_page(request, consultation, paragraph, *, form=None, status=200):
    phase = consultation.phase
    results_public = phase in (Phase.RESULTS, Phase.CLOSED)
    target = paragraph or consultation
    context = {
        "consultation": consultation,
        "paragraph": paragraph,
        "phase": phase,
        "comments": selectors.discussion(
            target, viewer=request.user, results_public=results_public
        ),
        "form": form or ContributionForm(whole_text=paragraph is None),
        "accepts_contributions": rules.accepts_contributions(phase),
        "results_public": results_public,
        "points": selectors.paragraph_points(paragraph) if paragraph and results_public else [],
        "post_url": _url(request, "contribute", pk=consultation.pk),
        "target_type": f"consultations.{'paragraph' if paragraph else 'consultation'}",
        "target": target,
        "next": request.get_full_path(),
    }
    if paragraph is not None:
        context["previous"], context["next_paragraph"] = selectors.neighbours(
            consultation, paragraph
        )
    return render(request, "consultations/discussion.html", context, status=status)


@require_GET
def paragraph(request, pk: int, paragraph_pk: int):
    consultation = _consultation(request, pk)
    return _discussion_page(request, consultation, _paragraph(request, consultation, paragraph_pk))


@require_GET
def whole_text(request, pk: int):
    consultation = _consultation(request, pk)
    return _discussion_page(request, consultation, None)


@require_POST
def contribute(request, pk: int):
    """A comment on a paragraph or on the whole text (with its stance), or a reply."""
    consultation = _consultation(request, pk)
    target_id = request.POST.get("target_id", "")
    is_paragraph = request.POST.get("target_type") == "consultations.paragraph"
    item = None
    if is_paragraph:
        item = _paragraph(request, consultation, target_id)
        back = _url(request, "paragraph", pk=pk, paragraph_pk=item.pk)
    else:
        back = _url(request, "whole_text", pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    parent = None
    if request.POST.get("parent"):
        target = item or consultation
        parent = get_for_commune_or_404(
            Comment,
            request.commune,
            pk=request.POST["parent"],
            target_type=ContentType.objects.get_for_model(target),
            target_id=target.pk,
            is_hidden=False,
        )
    if not rules.accepts_contributions(consultation.phase):
        messages.error(request, _("This consultation does not take contributions now."))
        return redirect(back)
    if parent is not None:
        body = (request.POST.get("body") or "").strip()
        form = ContributionForm(
            {"stance": "agree", "body": body}, whole_text=item is None
        )  # a reply has no stance: only its text is checked
    else:
        form = ContributionForm(request.POST, whole_text=item is None)
    if not form.is_valid():
        if parent is not None:
            messages.error(request, " ".join(form.errors.get("body", [_("Write your reply.")])))
            return redirect(back)
        return _discussion_page(request, consultation, item, form=form, status=400)
    if not hit(
        f"comment-post:{request.user.pk}", limit=COMMENT_LIMIT, window_seconds=COMMENT_WINDOW
    ):
        form.add_error(
            None,
            _(
                "You have posted many comments in a short time. Please wait a few minutes, "
                "then send your comment again."
            ),
        )
        return _discussion_page(request, consultation, item, form=form, status=429)
    data = form.cleaned_data
    try:
        comment = services.contribution_post(
            commune=request.commune,
            consultation=consultation,
            author=request.user,
            body=data["body"],
            stance=data["stance"],
            paragraph=item,
            proposed_text=data.get("proposed_text", ""),
            parent=parent,
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _discussion_page(request, consultation, item, form=form, status=400)
    messages.success(request, _("Your comment was published. You will hear of the results."))
    return redirect(f"{back}#comment-{comment.pk}")


@require_http_methods(["GET", "POST"])
def questionnaire(request, pk: int):
    consultation = _consultation(request, pk)
    form_questionnaire = selectors.questionnaire_of(consultation)
    response = questionnaire_views.answer(
        request,
        form_questionnaire,
        template_name="consultations/questionnaire.html",
        success_url=consultation.get_absolute_url() + "#questionnaire",
        context={"consultation": consultation, "phase": consultation.phase},
    )
    # Those who answer hear of the results, like those who comment.
    if (
        request.method == "POST"
        and response.status_code == 302
        and request.user.is_authenticated
        and has_answered(form_questionnaire, user=request.user)
    ):
        services.follower_add(consultation=consultation, user=request.user)
    return response


@require_GET
def questionnaire_results(request, pk: int):
    consultation = _consultation(request, pk)
    return questionnaire_views.results(
        request,
        selectors.questionnaire_of(consultation),
        template_name="consultations/questionnaire_results.html",
        context={"consultation": consultation, "phase": consultation.phase},
    )


@require_POST
def follow(request, pk: int):
    consultation = _consultation(request, pk)
    detail_url = consultation.get_absolute_url()
    if not request.user.is_authenticated:
        return redirect_to_login(detail_url)
    if request.POST.get("action") == "unfollow":
        services.follower_remove(consultation=consultation, user=request.user)
        messages.info(request, _("You no longer follow this consultation."))
    else:
        services.follower_add(consultation=consultation, user=request.user)
        messages.success(
            request,
            _("You follow this consultation: you will hear of its opening, closing and results."),
        )
    return redirect(f"{detail_url}#follow")


@require_GET
def report(request, pk: int):
    """The consultation's report as a PDF, in the page's language, once results are
    public (staff may print it before, from the back office). Printing a PDF takes a
    second or two: the public one is kept for REPORT_CACHE_SECONDS per language."""
    consultation = _consultation(request, pk)
    if consultation.phase not in (Phase.RESULTS, Phase.CLOSED):
        raise Http404("The report comes with the results")
    language = translation.get_language() or "ar"
    key = f"consultation-report:{consultation.pk}:{language}"
    content = cache.get(key)
    if content is None:
        content = render_report(consultation)
        cache.set(key, content, REPORT_CACHE_SECONDS)
    return pdf_response(content, f"consultation-{consultation.pk}-{language}.pdf")


REPORT_CACHE_SECONDS = 600


def render_report(consultation: Consultation) -> bytes:
    return render_pdf(
        "consultations/pdf/report.html",
        {**selectors.report_context(consultation), "generated_on": timezone.localdate()},
    )


def report_response(consultation: Consultation):
    """A freshly printed report (the back office's, never cached)."""
    language = translation.get_language() or "ar"
    return pdf_response(
        render_report(consultation), f"consultation-{consultation.pk}-{language}.pdf"
    )
