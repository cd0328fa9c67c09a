"""Public pages of requests for information, under /<lang>/<commune>/inforequests/.

Thin views: forms validate, services write, selectors read. A request's own pages are
reached through its secret tracking code (given on the acknowledgement), so that people
who wrote or came to the desk follow their request too; they are never cached and never
indexed. Another commune's code or entry answers 404.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from moucharaka.core.identity.selectors import cnie_collection_allowed
from moucharaka.core.identity.services import CnieCollectionBlocked
from moucharaka.core.ratelimit import hit
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.modules.inforequests import selectors, services
from moucharaka.modules.inforequests.forms import ComplaintForm, RequestForm, TrackForm
from moucharaka.modules.inforequests.models import AnswerDocument
from moucharaka.modules.inforequests.services import InfoRequestError

PAGE_SIZE = 20
RATE_WINDOW_SECONDS = 3600


def _url(request, name, **kwargs):
    return reverse(
        f"module-inforequests:{name}", kwargs={"commune_slug": request.commune.slug, **kwargs}
    )


def _private(response):
    """A page or file of one requester: never stored by a cache, never indexed, and its
    address (which holds the tracking code) never sent to another site."""
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def index(request):
    mine = list(selectors.user_requests(request.commune, request.user)[:20])
    return render(
        request,
        "inforequests/index.html",
        {
            "rules": selectors.commune_rules(request.commune),
            "cnie_allowed": cnie_collection_allowed(request.commune),
            "mine": mine,
            "track_form": TrackForm(),
            "latest": list(selectors.register_entries(request.commune)[:3]),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    allowed = cnie_collection_allowed(request.commune)
    form = RequestForm(
        request.POST if request.method == "POST" else None,
        cnie_allowed=allowed,
        initial={"full_name": request.user.get_full_name(), "email": request.user.email},
    )
    limited = False
    if request.method == "POST" and form.is_valid():
        if not hit(
            f"inforequest-submit:user:{request.user.pk}",
            limit=settings.INFOREQUESTS_SUBMIT_LIMIT_PER_ACCOUNT,
            window_seconds=RATE_WINDOW_SECONDS,
        ):
            limited = True
            form.add_error(None, _("Too many requests from this account. Try again later."))
        else:
            try:
                info_request = services.request_submit(
                    commune=request.commune,
                    requester=request.user,
                    details=services.RequestDetails(**form.cleaned_data),
                )
            except (InfoRequestError, CnieCollectionBlocked) as error:
                form.add_error(None, getattr(error, "message", str(error)))
            else:
                messages.success(
                    request, _("Your request was received. Here is your acknowledgement.")
                )
                return redirect(_url(request, "acknowledgement", code=info_request.tracking_code))
    return render(
        request,
        "inforequests/create.html",
        {"form": form, "cnie_allowed": allowed, "rules": selectors.commune_rules(request.commune)},
        status=429 if limited else 200,
    )


@login_required
def mine(request):
    rows = selectors.user_requests(request.commune, request.user)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return _private(
        render(request, "inforequests/mine.html", {"page_obj": page, "requests": page.object_list})
    )


def track(request):
    form = TrackForm(request.GET or None)
    if form.is_valid():
        # Codes are 16 random characters (96 bits): trying them one by one is hopeless.
        code = form.cleaned_data["code"].strip()
        if selectors.tracking_code_exists(request.commune, code):
            return redirect(_url(request, "track", code=code))
        form.add_error("code", _("No request of this commune has this tracking code."))
    return render(request, "inforequests/track_form.html", {"form": form})


@never_cache
def detail(request, code):
    info_request = selectors.request_by_code(request.commune, code)
    complaint = selectors.request_complaint(info_request)
    calendar = calendar_for(request.commune)
    route = selectors.request_route(
        info_request, complaint, calendar=calendar, today=timezone.localdate()
    )
    return _private(
        render(
            request,
            "inforequests/detail.html",
            {
                "info_request": info_request,
                "events": selectors.request_timeline(info_request),
                "documents": selectors.request_documents(info_request),
                "complaint": complaint,
                "route": route,
                "rules": selectors.commune_rules(request.commune),
                "complaint_form": ComplaintForm() if route.can_complain else None,
            },
        )
    )


@never_cache
def acknowledgement(request, code):
    """The acknowledgement of receipt: reference, date of receipt, legal deadline and
    tracking code, printable (art. 14: deposit against a receipt)."""
    info_request = selectors.request_by_code(request.commune, code)
    return _private(
        render(
            request,
            "inforequests/acknowledgement.html",
            {
                "info_request": info_request,
                "rules": selectors.commune_rules(request.commune),
                "track_url": request.build_absolute_uri(_url(request, "track", code=code)),
            },
        )
    )


@never_cache
def document(request, code, pk):
    info_request = selectors.request_by_code(request.commune, code)
    rows = AnswerDocument.objects.for_commune(request.commune).filter(request=info_request)
    doc = rows.filter(pk=pk).first()
    if doc is None or not doc.file:
        raise Http404
    return _private(FileResponse(doc.file.open("rb"), as_attachment=True))


@never_cache
@require_http_methods(["POST"])
def complaint(request, code):
    info_request = selectors.request_by_code(request.commune, code)
    form = ComplaintForm(request.POST)
    if form.is_valid():
        try:
            services.complaint_file(
                commune=request.commune, request=info_request, text=form.cleaned_data["text"]
            )
        except InfoRequestError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your complaint was sent to the president of the commune."))
    else:
        messages.error(request, _("Say what your complaint is about."))
    return redirect(_url(request, "track", code=code))


def register(request):
    query = request.GET.get("q", "")[:100]
    rows = selectors.register_entries(request.commune, query=query)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "inforequests/register.html",
        {"page_obj": page, "entries": page.object_list, "query": query},
    )


def register_detail(request, pk):
    entry = selectors.register_entry(request.commune, pk)
    return render(
        request,
        "inforequests/register_detail.html",
        {"entry": entry, "documents": list(entry.documents.all())},
    )
