"""Public pages of citizen meetings, under /<lang>/<commune>/meetings/.

CommuneMiddleware has set `request.commune` (and answered 404 if the commune has not
switched the module on). Views stay thin: they look objects up within that commune, hand
the forms' data to the services and render what the selectors read. Everything works
without JavaScript; the map of a meeting's place is an enhancement.
"""

from __future__ import annotations

import re
from datetime import date

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from moucharaka.core.maps.config import map_config
from moucharaka.core.ratelimit import client_address, hit
from moucharaka.core.tenancy import get_for_commune_or_404
from moucharaka.modules.meetings import ical, selectors, services
from moucharaka.modules.meetings.forms import MeetingFilterForm, RegistrationForm
from moucharaka.modules.meetings.models import Meeting, Registration

# Per window of an hour: enough for a family registering together, not for floods (and
# not for flooding someone's mailbox with confirmations).
REGISTER_LIMIT_PER_ACCOUNT = 10
REGISTER_LIMIT_PER_ADDRESS = 10
REGISTER_LIMIT_PER_CONTACT = 3
REGISTER_WINDOW = 3600
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


def _url(request, name: str, **kwargs) -> str:
    return reverse(
        f"module-meetings:{name}", kwargs={"commune_slug": request.commune.slug, **kwargs}
    )


def _public_meeting(request, pk: int) -> Meeting:
    meeting = get_for_commune_or_404(
        Meeting.objects.select_related("district").exclude(status=Meeting.Status.DRAFT),
        request.commune,
        pk=pk,
    )
    meeting.commune = request.commune
    return meeting


def _month(value: str) -> date:
    match = MONTH_PATTERN.match(value or "")
    if match:
        year, month = int(match[1]), int(match[2])
        if 1 <= month <= 12 and 2000 <= year <= 2100:
            return date(year, month, 1)
    return timezone.localdate().replace(day=1)


def _shift(month: date, months: int) -> date:
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@require_GET
def index(request):
    commune = request.commune
    filter_form = MeetingFilterForm(request.GET, commune=commune)
    filters = filter_form.filters()
    view = "month" if request.GET.get("view") == "month" else "list"
    context = {"filter_form": filter_form, "view": view}
    if view == "month":
        month = _month(request.GET.get("month", ""))
        context.update(
            month=month,
            weeks=selectors.month_grid(
                commune=commune, year=month.year, month=month.month, **filters
            ),
            previous_month=_shift(month, -1),
            next_month=_shift(month, 1),
        )
    else:
        when = "past" if request.GET.get("when") == "past" else "upcoming"
        rows = selectors.meeting_list(commune=commune, when=when, **filters)
        context.update(
            when=when,
            page_obj=Paginator(rows, selectors.PAGE_SIZE).get_page(request.GET.get("page")),
        )
    return render(request, "meetings/index.html", context)


def _detail(request, meeting: Meeting, *, form=None, status=200):
    context = selectors.meeting_page(meeting, viewer=request.user)
    mine = context["my_registration"]
    if form is None and context["accepts_registrations"] and not (mine and mine.is_active):
        form = RegistrationForm(meeting=meeting, user=request.user)
    return render(
        request,
        "meetings/detail.html",
        {
            "meeting": meeting,
            "form": form,
            "map_config": map_config(center=(meeting.latitude, meeting.longitude), zoom=16)
            if meeting.is_located and meeting.has_place
            else None,
            **context,
        },
        status=status,
    )


@require_GET
def detail(request, pk: int):
    return _detail(request, _public_meeting(request, pk))


def _rate_limited(request, form: RegistrationForm) -> bool:
    if request.user.is_authenticated:
        return not hit(
            f"meeting-register:user:{request.user.pk}",
            limit=REGISTER_LIMIT_PER_ACCOUNT,
            window_seconds=REGISTER_WINDOW,
        )
    allowed = hit(
        f"meeting-register:ip:{client_address(request)}",
        limit=REGISTER_LIMIT_PER_ADDRESS,
        window_seconds=REGISTER_WINDOW,
    )
    key = services.contact_key(
        email=form.cleaned_data.get("email", ""), phone=form.cleaned_data.get("phone", "")
    )
    return not (
        allowed
        and hit(
            f"meeting-register:contact:{key}",
            limit=REGISTER_LIMIT_PER_CONTACT,
            window_seconds=REGISTER_WINDOW,
        )
    )


@require_http_methods(["GET", "POST"])
def register(request, pk: int):
    meeting = _public_meeting(request, pk)
    detail_url = _url(request, "detail", pk=meeting.pk)
    if request.method == "GET":
        return redirect(f"{detail_url}#register")
    form = RegistrationForm(request.POST, meeting=meeting, user=request.user)
    if not form.is_valid():
        return _detail(request, meeting, form=form, status=400)
    if _rate_limited(request, form):
        form.add_error(None, _("Too many registrations in a short time. Please try again later."))
        return _detail(request, meeting, form=form, status=429)
    data = form.cleaned_data
    try:
        registration = services.registration_create(
            commune=request.commune,
            meeting=meeting,
            user=request.user,
            name=data.get("name", ""),
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            attendance=data.get("attendance", ""),
            needs=data.get("needs", ""),
            demographics=form.demographics(),
            language=request.LANGUAGE_CODE,
        )
    except services.AlreadyRegistered:
        if request.user.is_authenticated:
            messages.info(request, _("You are already registered for this meeting."))
        else:
            # Never hand out the cancellation link of whoever registered with this
            # address: it is in their e-mail.
            messages.info(
                request,
                _(
                    "Someone is already registered with this e-mail address or phone "
                    "number. The confirmation e-mail has the link to cancel."
                ),
            )
        return redirect(f"{detail_url}#register")
    except ValidationError as error:
        form.add_error(None, error)
        return _detail(request, meeting, form=form, status=400)
    if registration.status == Registration.Status.WAITING:
        messages.success(
            request, _("The meeting is full: you are on the waiting list. We will tell you.")
        )
    else:
        messages.success(request, _("You are registered. See you at the meeting!"))
    if request.user.is_authenticated:
        return redirect(f"{detail_url}#register")
    return redirect(services.registration_manage_path(registration, request.LANGUAGE_CODE))


@require_POST
def unregister(request, pk: int):
    meeting = _public_meeting(request, pk)
    detail_url = _url(request, "detail", pk=meeting.pk)
    mine = selectors.registration_of(meeting, request.user)
    if mine is None or not mine.is_active:
        return redirect(f"{detail_url}#register")
    try:
        services.registration_cancel(commune=request.commune, registration=mine)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(f"{detail_url}#register")


@require_http_methods(["GET", "POST"])
def registration(request, pk: int, token: str):
    """The secret page of a registration made without an account (its link is in the
    confirmation e-mail): where it stands, and a button to cancel. Cancelling takes a
    POST, so that mail scanners following the link cancel nothing."""
    registration = get_for_commune_or_404(
        Registration.objects.select_related("meeting"), request.commune, pk=pk
    )
    if not services.token_is_valid(registration, token):
        raise Http404("No Registration here")
    meeting = registration.meeting
    meeting.commune = request.commune
    if request.method == "POST":
        try:
            services.registration_cancel(commune=request.commune, registration=registration)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your registration is cancelled."))
        return redirect(request.path)
    position = None
    if registration.status == Registration.Status.WAITING:
        position = (
            Registration.objects.for_commune(request.commune)
            .filter(
                meeting=meeting,
                status=Registration.Status.WAITING,
                queued_at__lte=registration.queued_at,
            )
            .count()
        )
    response = render(
        request,
        "meetings/registration.html",
        {
            "registration": registration,
            "meeting": meeting,
            "position": position,
            "can_cancel": registration.is_active
            and services.rules.may_cancel_registration(meeting, timezone.now()),
        },
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=ical.CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_GET
def commune_feed(request):
    commune = request.commune
    meetings = selectors.feed_meetings(commune=commune)
    name = _("Citizen meetings — %(commune)s") % {"commune": commune.name}
    return _ics(
        ical.feed(meetings, name=name, language=request.LANGUAGE_CODE),
        f"{commune.slug}-meetings.ics",
    )


@require_GET
def meeting_feed(request, pk: int):
    meeting = _public_meeting(request, pk)
    return _ics(
        ical.feed([meeting], name=meeting.display_title, language=request.LANGUAGE_CODE),
        f"meeting-{meeting.pk}.ics",
    )
