"""Public comment and report views, under /<lang>/<commune-slug>/comments/.

CommuneMiddleware has set `request.commune`. What a comment is about arrives as
`target_type` ("app_label.model") and `target_id`; the object is looked up through its
tenant manager within the request's commune, its model must opt in with
`comments_module = "<module key>"`, and that module must be switched on for the commune.
Anything else answers 404.
"""

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from moucharaka.core.comments.forms import CommentForm, ReportForm
from moucharaka.core.comments.models import Comment
from moucharaka.core.comments.services import comment_post, report_create
from moucharaka.core.ratelimit import hit
from moucharaka.core.registry.selectors import module_is_enabled
from moucharaka.core.tenancy import TenantModel, get_for_commune_or_404

# Per user: at most this many comments (and, separately, reports) per window.
COMMENT_RATE_LIMIT = 10
REPORT_RATE_LIMIT = 20
RATE_WINDOW_SECONDS = 600


def _commentable_model(label: str) -> type[TenantModel]:
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError) as exc:
        raise Http404("Unknown object type") from exc
    if not issubclass(model, TenantModel):
        raise Http404("Not a commune's object")
    return model


def resolve_target(request, label: str, raw_id: str, *, reportable: bool = False):
    """The object a comment or report is about, and its module key; 404 otherwise.

    Comments themselves are valid targets only for reports (`reportable=True`).
    """
    model = _commentable_model(label or "")
    if reportable and model is Comment:
        target = get_for_commune_or_404(Comment, request.commune, pk=raw_id)
        module = target.module
    else:
        module = getattr(model, "comments_module", None)
        if not isinstance(module, str) or not module:
            raise Http404("Comments are not open on this type of object")
        target = get_for_commune_or_404(model, request.commune, pk=raw_id)
    if not module_is_enabled(request.commune, module):
        raise Http404("This service is not offered by this commune")
    return target, module


def _commune_home(request) -> str:
    return f"/{get_language()}/{request.commune.slug}/"


def _safe_next(request, url: str | None, target=None) -> str:
    """A local URL to go back to: `next` if it is safe, else the object or the commune."""
    if (
        url
        and url.startswith("/")
        and url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return url.split("#", 1)[0]
    get_url = getattr(target, "get_absolute_url", None)
    if callable(get_url):
        return get_url()
    return _commune_home(request)


@require_POST
def post(request):
    if not request.user.is_authenticated:
        return redirect_to_login(_safe_next(request, request.POST.get("next")))
    target, module = resolve_target(
        request, request.POST.get("target_type", ""), request.POST.get("target_id", "")
    )
    next_url = _safe_next(request, request.POST.get("next"), target)
    parent = None
    if request.POST.get("parent"):
        parent = get_for_commune_or_404(
            Comment,
            request.commune,
            pk=request.POST["parent"],
            target_type=ContentType.objects.get_for_model(target),
            target_id=target.pk,
            is_hidden=False,
        )
    form = CommentForm(request.POST)
    status = 200
    if not getattr(target, "comments_open", True):
        form.add_error(None, _("Comments are closed."))
        status = 403
    elif form.is_valid():
        if hit(
            f"comment-post:{request.user.pk}",
            limit=COMMENT_RATE_LIMIT,
            window_seconds=RATE_WINDOW_SECONDS,
        ):
            comment = comment_post(
                commune=request.commune,
                author=request.user,
                target=target,
                body=form.cleaned_data["body"],
                module=module,
                parent=parent,
            )
            messages.success(request, _("Your comment was published."))
            return HttpResponseRedirect(f"{next_url}#comment-{comment.pk}")
        form.add_error(
            None,
            _(
                "You have posted many comments in a short time. Please wait a few minutes, "
                "then send your comment again."
            ),
        )
        status = 429
    # Shown again on a page of its own, so nothing typed is lost.
    return render(
        request,
        "comments/comment_form.html",
        {
            "form": form,
            "target": target,
            "target_type": request.POST["target_type"],
            "parent": parent,
            "next": next_url,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def report(request):
    data = request.POST if request.method == "POST" else request.GET
    if not request.user.is_authenticated:
        if request.method == "GET":
            return redirect_to_login(request.get_full_path())
        return redirect_to_login(_safe_next(request, data.get("next")))
    target, _module = resolve_target(
        request, data.get("target_type", ""), data.get("target_id", ""), reportable=True
    )
    is_comment = isinstance(target, Comment)
    next_url = _safe_next(request, data.get("next"), None if is_comment else target)
    back_url = f"{next_url}#comment-{target.pk}" if is_comment else next_url
    if is_comment and target.is_hidden:
        messages.info(request, _("The moderators have already hidden this comment."))
        return HttpResponseRedirect(back_url)
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if hit(
            f"comment-report:{request.user.pk}",
            limit=REPORT_RATE_LIMIT,
            window_seconds=RATE_WINDOW_SECONDS,
        ):
            report_create(
                commune=request.commune,
                reporter=request.user,
                target=target,
                reason=form.cleaned_data["reason"],
                details=form.cleaned_data["details"],
            )
            messages.success(
                request, _("Thank you. The moderators of the commune will look at your report.")
            )
            return HttpResponseRedirect(back_url)
        form.add_error(
            None,
            _("You have sent many reports in a short time. Please wait a few minutes."),
        )
        status = 429
    return render(
        request,
        "comments/report_form.html",
        {
            "form": form,
            "target": target,
            "is_comment": is_comment,
            "target_type": data["target_type"],
            "next": next_url,
            "back_url": back_url,
        },
        status=status,
    )
