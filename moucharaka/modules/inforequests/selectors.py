"""Reads for requests for information: the requester's page, the public register, staff
queues, indicators and the open-data export.

Public selectors never return requesters' personal data; the requester's own page is
reached only through its secret tracking code (or their account)."""

from __future__ import annotations

import datetime
import statistics
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from moucharaka.core.accounts.models import CommuneRole, CoreRole
from moucharaka.core.ledger.selectors import Cell, unique_participants
from moucharaka.core.registry.selectors import module_settings
from moucharaka.core.workdays.calendar import WorkingCalendar
from moucharaka.modules.inforequests import rules
from moucharaka.modules.inforequests.models import (
    AnswerDocument,
    InfoRequest,
    PublishedInformation,
    RefusalGround,
    RequestEvent,
)

MODULE = "inforequests"
LEDGER_KIND = "info_requested"
OFFICER = "information_officer"
# Art. 19: complaints go to the head of the commune (the president of the council);
# the information officer may record the president's answer in the back office.
COMPLAINT_ROLES = (CoreRole.PRESIDENT, OFFICER)
READERS = (OFFICER, CoreRole.PRESIDENT, CoreRole.ADMINISTRATOR)


@dataclass(frozen=True)
class CommuneRules:
    """The rules as they apply in one commune: legal defaults and the commune's own."""

    legal_answer_days: int
    answer_days: int
    extension_days: int
    urgent_days: int
    urgent_calendar_days: bool
    complaint_days: int
    head_days: int
    cdai_days: int
    cdai_decision_days: int
    cdai_url: str
    contact: str


def commune_rules(commune) -> CommuneRules:
    saved = module_settings(commune, MODULE)
    return CommuneRules(
        legal_answer_days=rules.legal_answer_days(),
        answer_days=rules.effective_answer_days(saved.get("answer_days")),
        extension_days=settings.INFOREQUESTS_EXTENSION_WORKING_DAYS,
        urgent_days=settings.INFOREQUESTS_URGENT_DAYS,
        urgent_calendar_days=settings.INFOREQUESTS_URGENT_CALENDAR_DAYS,
        complaint_days=settings.INFOREQUESTS_COMPLAINT_WORKING_DAYS,
        head_days=settings.INFOREQUESTS_HEAD_ANSWER_DAYS,
        cdai_days=settings.INFOREQUESTS_CDAI_COMPLAINT_DAYS,
        cdai_decision_days=settings.INFOREQUESTS_CDAI_DECISION_DAYS,
        cdai_url=settings.INFOREQUESTS_CDAI_URL,
        contact=(saved.get("contact") or "").strip(),
    )


# --- The requester -------------------------------------------------------------------


def request_by_code(commune, code: str) -> InfoRequest:
    """The request whose tracking code this is, in this commune (404 otherwise)."""
    rows = InfoRequest.objects.for_commune(commune).select_related("commune", "already_published")
    try:
        return rows.get(tracking_code=code)
    except InfoRequest.DoesNotExist as exc:
        raise Http404("No request here") from exc


def tracking_code_exists(commune, code: str) -> bool:
    return InfoRequest.objects.for_commune(commune).filter(tracking_code=code).exists()


def user_requests(commune, user) -> QuerySet:
    if not getattr(user, "is_authenticated", False):
        return InfoRequest.objects.none()
    return InfoRequest.objects.for_commune(commune).filter(requester=user)


def request_timeline(request: InfoRequest) -> list[RequestEvent]:
    return list(RequestEvent.objects.for_commune(request.commune).filter(request=request))


def request_documents(request: InfoRequest) -> list[AnswerDocument]:
    return list(AnswerDocument.objects.for_commune(request.commune).filter(request=request))


def request_complaint(request: InfoRequest):
    from moucharaka.modules.inforequests.models import Complaint

    return Complaint.objects.for_commune(request.commune).filter(request=request).first()


@dataclass(frozen=True)
class Route:
    """Where a request stands for its requester: days left, and the complaint route
    (art. 19) then the CDAI (art. 20)."""

    working_days_left: int | None
    complaint_window: rules.Window | None
    can_complain: bool
    cdai_window: rules.Window | None


def request_route(
    request: InfoRequest, complaint, *, calendar: WorkingCalendar, today: datetime.date
) -> Route:
    left = calendar.working_days_between(today, request.due_on) if request.is_pending else None
    window = None
    if not request.is_pending or today > request.due_on:
        window = rules.complaint_window(
            calendar, due_on=request.due_on, responded_on=request.responded_on
        )
    cdai = None
    if complaint is not None:
        cdai = rules.cdai_window(
            calendar, head_due_on=complaint.due_on, head_answered_on=complaint.answered_on
        )
    return Route(
        working_days_left=left,
        complaint_window=window,
        can_complain=complaint is None and window is not None and window.contains(today),
        cdai_window=cdai,
    )


# --- The public register -------------------------------------------------------------


def register_entries(commune, *, query: str = "") -> QuerySet:
    rows = PublishedInformation.objects.for_commune(commune)
    query = query.strip()
    if query:
        rows = rows.filter(Q(title__icontains=query) | Q(summary__icontains=query))
    return rows


def register_entry(commune, pk) -> PublishedInformation:
    rows = PublishedInformation.objects.for_commune(commune).prefetch_related("documents")
    try:
        return rows.get(pk=pk)
    except (PublishedInformation.DoesNotExist, ValueError) as exc:
        raise Http404("No published information here") from exc


# --- Staff ---------------------------------------------------------------------------


def people_with_roles(commune, roles) -> QuerySet:
    """Active accounts holding one of `roles` in the commune (notified of deadlines)."""
    holders = CommuneRole.objects.for_commune(commune).filter(role__in=roles).values("user_id")
    return get_user_model().objects.filter(is_active=True, pk__in=holders)


def same_person_requests(request: InfoRequest) -> QuerySet:
    """The same requester's other requests of the last year (same CNIE keyed hash), to
    help the officer notice a repeated request (arts. 18: "the same request by the
    same person within the year")."""
    if not request.cnie_hash:
        return InfoRequest.objects.none()
    year_ago = request.received_on - datetime.timedelta(days=365)
    return (
        InfoRequest.objects.for_commune(request.commune)
        .filter(cnie_hash=request.cnie_hash, received_on__gte=year_ago)
        .exclude(pk=request.pk)
        .only("id", "year", "number", "subject", "received_on", "status", "commune_id")
    )


# --- Indicators and export (no personal data) ----------------------------------------


def _rows(commune=None, communes=None, period=None) -> QuerySet:
    if (commune is None) == (communes is None):
        raise TypeError("pass exactly one of commune= or communes=")
    rows = (
        InfoRequest.objects.for_commune(commune)
        if commune is not None
        else InfoRequest.objects.for_communes(communes)
    )
    if period is not None:
        start, end = period
        rows = rows.filter(
            received_on__gte=timezone.localdate(start), received_on__lt=timezone.localdate(end)
        )
    return rows.order_by()


def requests_received(*, commune=None, communes=None, period) -> int:
    """Charter indicator 6: how often the right of access to information was used."""
    return _rows(commune, communes, period).count()


def distinct_requesters(*, commune=None, communes=None, period) -> Cell:
    """Charter indicator 6: how many people used the right (ledger, small cells
    withheld)."""
    return unique_participants(
        commune=commune, communes=communes, period=period, module=MODULE, kind=LEDGER_KIND
    )


def _due_or_responded(commune, communes, period) -> QuerySet:
    today = timezone.localdate()
    return _rows(commune, communes, period).filter(
        ~Q(status=InfoRequest.Status.PENDING) | Q(due_on__lt=today)
    )


def response_rate(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 6: the administration's response rate — of the requests
    received in the period that were answered or whose deadline has passed, the share
    that got a response (an answer, a partial answer or a reasoned refusal)."""
    statuses = list(_due_or_responded(commune, communes, period).values_list("status", flat=True))
    if not statuses:
        return None
    responded = sum(status != InfoRequest.Status.PENDING for status in statuses)
    return round(responded / len(statuses), 3)


def median_working_days_to_respond(*, commune=None, communes=None, period) -> float | None:
    """Median working days from receipt to response (responded requests only)."""
    days = list(
        _rows(commune, communes, period)
        .filter(working_days_to_respond__isnull=False)
        .values_list("working_days_to_respond", flat=True)
    )
    return float(statistics.median(days)) if days else None


def share_answered_in_time(*, commune=None, communes=None, period) -> float | None:
    """Share (0–1) of the requests answered or due, that got a response by the deadline
    in force (arts. 16–17)."""
    values = list(
        _due_or_responded(commune, communes, period).values_list("responded_in_time", flat=True)
    )
    if not values:
        return None
    return round(sum(bool(value) for value in values) / len(values), 3)


def _refusal_counts(commune, communes, period) -> Counter:
    grounds = (
        _rows(commune, communes, period)
        .filter(status__in=[InfoRequest.Status.REFUSED, InfoRequest.Status.PARTIAL])
        .values_list("refusal_grounds", flat=True)
    )
    return Counter(ground for row in grounds for ground in set(row or []))


def refusals(*, commune=None, communes=None, period) -> int:
    """Requests refused in whole or in part."""
    return (
        _rows(commune, communes, period)
        .filter(status__in=[InfoRequest.Status.REFUSED, InfoRequest.Status.PARTIAL])
        .count()
    )


def refusals_on_ground(ground: str):
    """An indicator: refusals (whole or partial) that invoked `ground` (arts. 7, 18)."""
    if ground not in RefusalGround.values:
        raise ValueError(f"unknown ground {ground!r}")

    def compute(*, commune=None, communes=None, period) -> int:
        return _refusal_counts(commune, communes, period)[ground]

    compute.__name__ = f"refusals_{ground}"
    return compute


def request_rows(*, commune=None, communes=None, period=None) -> list[dict]:
    """Open-data export: one row per request, without personal data (no name, address,
    number or contact, and no free text that could hold some)."""
    rows = _rows(commune, communes, period).select_related("commune")
    complaints = {
        c.request_id: c
        for c in _complaints_of(commune, communes).filter(request__in=rows.values("pk"))
    }
    result = []
    for request in rows.order_by("received_on", "id"):
        complaint = complaints.get(request.pk)
        result.append(
            {
                "commune": request.commune.slug,
                "reference": request.reference,
                "channel": request.channel,
                "received_on": request.received_on.isoformat(),
                "urgent": request.urgent,
                "access_form": request.access_form,
                "first_due_on": request.first_due_on.isoformat(),
                "extended": request.is_extended,
                "extension_reason": request.extension_reason,
                "due_on": request.due_on.isoformat(),
                "status": request.status,
                "responded_on": request.responded_on.isoformat() if request.responded_at else "",
                "working_days_to_respond": request.working_days_to_respond,
                "responded_in_time": request.responded_in_time,
                "refusal_grounds": ",".join(request.refusal_grounds),
                "complaint_filed_on": complaint.filed_on.isoformat() if complaint else "",
                "complaint_upheld": complaint.upheld if complaint else None,
            }
        )
    return result


def _complaints_of(commune, communes) -> QuerySet:
    from moucharaka.modules.inforequests.models import Complaint

    if commune is not None:
        return Complaint.objects.for_commune(commune)
    return Complaint.objects.for_communes(communes)
