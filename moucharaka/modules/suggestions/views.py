"""Public pages of the suggestions space, under /<lang>/<commune>/suggestions/.

CommuneMiddleware has set `request.commune` (and answered 404 if the commune has not
switched the module on). Views stay thin: they look objects up within that commune,
hand the forms' data to the services and render what the selectors read.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from moucharaka.core.comments.selectors import comment_counts
from moucharaka.core.ledger.models import Channel
from moucharaka.core.maps.config import map_config
from moucharaka.core.ratelimit import hit
from moucharaka.core.tenancy import get_for_commune_or_404
from moucharaka.core.text import words
from moucharaka.modules.suggestions import rules, selectors, services
from moucharaka.modules.suggestions.forms import (
    TITLE_MAX_LENGTH,
    RatingForm,
    SuggestionFilterForm,
    SuggestionForm,
)
from moucharaka.modules.suggestions.models import Suggestion

# Per person and per window: enough for real use, not for floods.
SUBMIT_LIMIT, SUBMIT_WINDOW = 5, 3600
SUPPORT_LIMIT, SUPPORT_WINDOW = 30, 600


def _url(request, name: str, **kwargs) -> str:
    return reverse(
        f"module-suggestions:{name}", kwargs={"commune_slug": request.commune.slug, **kwargs}
    )


def _picker_config(commune) -> dict:
    """The form's map opens on the commune (the middle of its located suggestions)."""
    center = selectors.map_center(commune=commune)
    return map_config(center=center, zoom=13 if center else None)


def _visible_suggestion(request, pk: int) -> Suggestion:
    """The suggestion if this visitor may see it; hidden ones exist only for their author."""
    suggestion = get_for_commune_or_404(
        Suggestion.objects.select_related("category", "district", "assigned_service"),
        request.commune,
        pk=pk,
    )
    if not rules.may_view(suggestion, request.user):
        raise Http404("No Suggestion here")
    suggestion.commune = request.commune
    return suggestion


@require_GET
def index(request):
    commune = request.commune
    filter_form = SuggestionFilterForm(request.GET, commune=commune)
    rows = selectors.suggestion_list(commune=commune, **filter_form.filters())
    page = Paginator(rows, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
    show_map = request.GET.get("view") == "map"
    return render(
        request,
        "suggestions/index.html",
        {
            "filter_form": filter_form,
            "page_obj": page,
            "comment_counts": comment_counts(page.object_list),
            "show_map": show_map,
            "markers": selectors.suggestion_markers(rows, base_url=_url(request, "index"))
            if show_map
            else None,
            "map_config": map_config() if show_map else None,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    commune = request.commune
    similar, similar_checked = [], False
    if request.method == "POST" and "check_similar" in request.POST:
        # Without JavaScript: show the similar suggestions, keep what was typed.
        form = SuggestionForm(initial=request.POST.dict(), commune=commune)
        similar = selectors.similar_suggestions(
            commune=commune, title=request.POST.get("title", "")
        )
        similar_checked = True
    else:
        form = SuggestionForm(request.POST or None, request.FILES or None, commune=commune)
    status = 200
    if request.method == "POST" and form.is_bound and form.is_valid():
        if hit(
            f"suggestion-submit:{request.user.pk}", limit=SUBMIT_LIMIT, window_seconds=SUBMIT_WINDOW
        ):
            data = form.cleaned_data
            try:
                suggestion = services.suggestion_submit(
                    commune=commune,
                    author=request.user,
                    channel=Channel.ONLINE,
                    kind=data["kind"],
                    title=data["title"],
                    body=data["body"],
                    category=data["category"],
                    district=data["district"],
                    latitude=data["latitude"],
                    longitude=data["longitude"],
                    photos=data["photos"],
                    language=request.LANGUAGE_CODE,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("Thank you. Your suggestion is published; the commune will answer it."),
                )
                return redirect(_url(request, "detail", pk=suggestion.pk))
        else:
            form.add_error(
                None,
                _("You have sent several suggestions in a short time. Please try again later."),
            )
            status = 429
    return render(
        request,
        "suggestions/form.html",
        {
            "form": form,
            "similar": similar,
            "similar_checked": similar_checked,
            "map_config": _picker_config(commune),
        },
        status=status,
    )


@require_GET
def similar(request):
    """HTML fragment: suggestions like the title being typed (for the form's script)."""
    title = request.GET.get("title", "")[:TITLE_MAX_LENGTH]
    return render(
        request,
        "suggestions/includes/similar.html",
        {
            "similar": selectors.similar_suggestions(commune=request.commune, title=title),
            # Say "nothing similar" only once there are words worth comparing.
            "similar_checked": bool(words(title)),
        },
    )


def _detail(request, suggestion: Suggestion, *, rating_form=None, status=200):
    context = selectors.suggestion_page(suggestion, viewer=request.user)
    if rating_form is None and context["can_rate"]:
        rating = context["rating"]
        initial = {}
        if rating is not None:
            initial = {
                "score": rating.score,
                "would_participate_again": "yes" if rating.would_participate_again else "no",
            }
        rating_form = RatingForm(initial=initial)
    if not suggestion.is_answered:
        context["target_days"] = selectors.answer_target_days(request.commune)
    return render(
        request,
        "suggestions/detail.html",
        {"suggestion": suggestion, "rating_form": rating_form, **context},
        status=status,
    )


@require_GET
def detail(request, pk: int):
    return _detail(request, _visible_suggestion(request, pk))


@require_POST
def support(request, pk: int):
    detail_url = _url(request, "detail", pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(detail_url)
    suggestion = _visible_suggestion(request, pk)
    if not hit(
        f"suggestion-support:{request.user.pk}", limit=SUPPORT_LIMIT, window_seconds=SUPPORT_WINDOW
    ):
        messages.error(request, _("Too many supports in a short time. Please try again later."))
    else:
        try:
            counted = services.suggestion_support(
                commune=request.commune, suggestion=suggestion, user=request.user
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if counted:
                messages.success(request, _("Thank you: your support is counted."))
            else:
                messages.info(request, _("You already support this suggestion."))
    return redirect(f"{detail_url}#support")


@require_POST
def rate(request, pk: int):
    detail_url = _url(request, "detail", pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(detail_url)
    suggestion = _visible_suggestion(request, pk)
    if not rules.may_rate(suggestion, request.user):
        messages.error(request, _("Only the author of an answered suggestion can rate the answer."))
        return redirect(detail_url)
    form = RatingForm(request.POST)
    if not form.is_valid():
        return _detail(request, suggestion, rating_form=form, status=400)
    services.answer_rate(
        commune=request.commune,
        suggestion=suggestion,
        user=request.user,
        score=form.cleaned_data["score"],
        would_participate_again=form.cleaned_data["would_participate_again"],
    )
    messages.success(request, _("Thank you for your opinion of the answer."))
    return redirect(f"{detail_url}#rating")
