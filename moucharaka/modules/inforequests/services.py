"""Writes for requests for information (DESIGN §3): keyword-only functions taking the
commune, each in one transaction with its ledger row, timeline event, audit entry and
notifications.

Errors the person can act on are raised as `InfoRequestError` with a translated
message; `PermissionError` means the caller should not have offered the action at all.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from moucharaka.core.accounts.roles import has_role
from moucharaka.core.audit.services import audit_record
from moucharaka.core.identity.cnie import cnie_hash
from moucharaka.core.identity.services import require_cnie_collection_allowed
from moucharaka.core.ledger.models import Channel as LedgerChannel
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.notifications.services import publish
from moucharaka.core.notifications.tasks import notification_email_send
from moucharaka.core.territories.models import Commune
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.modules.inforequests import rules, selectors
from moucharaka.modules.inforequests.models import (
    AccessForm,
    AnswerDocument,
    Channel,
    Complaint,
    ExtensionReason,
    InfoRequest,
    PublishedDocument,
    PublishedInformation,
    RefusalGround,
    RequestEvent,
    UrgencyGround,
)
from moucharaka.modules.inforequests.selectors import (
    COMPLAINT_ROLES,
    LEDGER_KIND,
    MODULE,
    OFFICER,
)

Status = InfoRequest.Status
LEDGER_CHANNELS = {
    Channel.ONLINE: LedgerChannel.ONLINE,
    Channel.EMAIL: LedgerChannel.ONLINE,
    Channel.DESK: LedgerChannel.IN_PERSON,
    Channel.POST: LedgerChannel.PAPER,
}


class InfoRequestError(Exception):
    """Something the person can fix or should be told, with a translated message."""

    def __init__(self, message, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


# --- Helpers -------------------------------------------------------------------------


def _day(value: datetime.date) -> str:
    return date_format(value, "DATE_FORMAT")


def _require_roles(user, commune, roles, what: str) -> None:
    if not has_role(user, commune, *roles):
        raise PermissionError(f"{what} needs one of the roles {sorted(map(str, roles))}")


def _lock(commune, request: InfoRequest) -> InfoRequest:
    """The request's row, locked until the transaction ends: two officers never answer
    or extend the same request at once."""
    if request.commune_id != commune.pk:
        raise ValueError("the request belongs to another commune")
    return (
        InfoRequest.objects.for_commune(commune)
        .select_for_update()
        .select_related("commune")
        .get(pk=request.pk)
    )


def _event(request: InfoRequest, kind: str, *, note: str = "", at=None) -> RequestEvent:
    return RequestEvent.unscoped.create(
        commune_id=request.commune_id,
        request=request,
        kind=kind,
        at=at or timezone.now(),
        note=note,
    )


def _audit(request: InfoRequest, actor, action: str, **data) -> None:
    audit_record(
        commune=request.commune,
        actor=actor,
        action=f"inforequest.{action}",
        target=request,
        data=data,
    )


def tracking_url(request: InfoRequest) -> str:
    """The requester's page: its secret code is the key (accounts are optional)."""
    return reverse(
        "module-inforequests:track",
        kwargs={"commune_slug": request.commune.slug, "code": request.tracking_code},
    )


def _tell_requester(request: InfoRequest, event: str, title: str, body: str) -> None:
    """In the app (and by e-mail) for a requester with an account; by e-mail alone for
    one who came to the desk or wrote, when they gave an address."""
    url = tracking_url(request)
    if request.requester_id:
        publish(
            commune=request.commune,
            event=f"inforequests.{event}",
            recipients=[request.requester],
            title=title,
            body=body,
            url=url,
        )
    elif request.email:
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
        transaction.on_commit(
            partial(
                notification_email_send,
                to=request.email,
                subject=" ".join(title.split()),
                message=f"{body}\n\n{link}",
            )
        )


def _tell_staff(request: InfoRequest, event: str, title: str, body: str, roles) -> None:
    publish(
        commune=request.commune,
        event=f"inforequests.{event}",
        recipients=selectors.people_with_roles(request.commune, roles),
        title=title,
        body=body,
        url=reverse("inforequests_admin:inspect", args=[request.pk]),
    )


def _next_number(commune: Commune, year: int) -> int:
    # Registrations of one commune queue on its row, so two never take the same number.
    Commune.objects.select_for_update().get(pk=commune.pk)
    rows = InfoRequest.objects.for_commune(commune).filter(year=year)
    return (rows.aggregate(last=Max("number"))["last"] or 0) + 1


# --- Receipt -------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestDetails:
    """What the official request form asks (art. 14), and the urgent track (art. 17)."""

    cnie: str
    full_name: str
    address: str
    subject: str
    information_sought: str
    access_form: str
    email: str = ""
    phone: str = ""
    urgent: bool = False
    urgency_ground: str = ""
    urgency_justification: str = ""

    def check(self) -> None:
        if not (self.full_name.strip() and self.address.strip()):
            raise InfoRequestError(_("Give the requester's full name and address."), "identity")
        if not (self.subject.strip() and self.information_sought.strip()):
            raise InfoRequestError(_("Describe the information sought."), "information")
        if self.access_form not in AccessForm.values:
            raise InfoRequestError(_("Choose how the information should be given."), "access_form")
        if self.access_form == AccessForm.EMAIL and not self.email.strip():
            raise InfoRequestError(
                _("Give an e-mail address to receive the information by e-mail."), "email"
            )
        if self.urgent and (
            self.urgency_ground not in UrgencyGround.values
            or not self.urgency_justification.strip()
        ):
            raise InfoRequestError(
                _(
                    "An urgent request says whose life, safety or freedom the information "
                    "protects, and why (law 31.13, art. 17)."
                ),
                "urgency",
            )


def _receive(
    *,
    commune: Commune,
    channel: str,
    received_on: datetime.date,
    requester,
    entered_by,
    details: RequestDetails,
) -> InfoRequest:
    require_cnie_collection_allowed(commune)
    details.check()
    urgent = details.urgent
    calendar = calendar_for(commune)
    due = rules.first_due_on(
        calendar,
        received_on,
        urgent=urgent,
        answer_days=selectors.commune_rules(commune).answer_days,
    )
    year = timezone.localdate().year
    request = InfoRequest(
        commune=commune,
        year=year,
        number=_next_number(commune, year),
        requester=requester,
        full_name=details.full_name.strip(),
        address=details.address.strip(),
        email=details.email.strip(),
        phone=details.phone.strip(),
        subject=details.subject.strip(),
        information_sought=details.information_sought.strip(),
        access_form=details.access_form,
        urgent=urgent,
        urgency_ground=details.urgency_ground if urgent else "",
        urgency_justification=details.urgency_justification.strip() if urgent else "",
        channel=channel,
        received_on=received_on,
        entered_by=entered_by,
        first_due_on=due,
        due_on=due,
    )
    request.set_cnie(details.cnie)
    request.save()
    _event(request, RequestEvent.Kind.RECEIVED, note=request.reference)
    participation_record(
        commune=commune,
        kind=LEDGER_KIND,
        module=MODULE,
        person=requester,
        person_key="" if requester else cnie_hash(details.cnie, purpose="ledger"),
        target=request,
        channel=LEDGER_CHANNELS[channel],
    )
    _tell_requester(
        request,
        "received",
        _("Request for information received: %(reference)s") % {"reference": request.reference},
        _(
            "The commune received your request on %(received)s under the reference "
            "%(reference)s. It must answer by %(due)s (law 31.13, art. %(article)s)."
        )
        % {
            "received": _day(received_on),
            "reference": request.reference,
            "due": _day(due),
            "article": 17 if urgent else 16,
        },
    )
    title = (
        _("Urgent request for information %(reference)s")
        if urgent
        else _("New request for information %(reference)s")
    )
    _tell_staff(
        request,
        "received",
        title % {"reference": request.reference},
        _("%(subject)s — to answer by %(due)s.") % {"subject": request.subject, "due": _day(due)},
        (OFFICER,),
    )
    return request


@transaction.atomic
def request_submit(*, commune: Commune, requester, details: RequestDetails) -> InfoRequest:
    """A request made online (art. 14): received today, acknowledged at once with its
    reference and legal deadline (art. 16, or art. 17 when urgent)."""
    return _receive(
        commune=commune,
        channel=Channel.ONLINE,
        received_on=timezone.localdate(),
        requester=requester,
        entered_by=None,
        details=details,
    )


@transaction.atomic
def request_register(
    *,
    commune: Commune,
    actor,
    channel: str,
    received_on: datetime.date,
    details: RequestDetails,
) -> InfoRequest:
    """A request received at the desk, by post or by e-mail (art. 14), entered by the
    information officer with its channel and date of receipt: the deadline runs from
    that date, not from the day it is entered."""
    _require_roles(actor, commune, (OFFICER,), "registering a request")
    if channel not in (Channel.DESK, Channel.POST, Channel.EMAIL):
        raise InfoRequestError(_("Choose how the request was received."), "channel")
    if received_on > timezone.localdate():
        raise InfoRequestError(_("The date of receipt cannot be in the future."), "received_on")
    return _receive(
        commune=commune,
        channel=channel,
        received_on=received_on,
        requester=None,
        entered_by=actor,
        details=details,
    )


# --- Extension -----------------------------------------------------------------------

EXTENSION_REFUSALS = {
    "answered": lambda: _("This request has already been answered."),
    "already_extended": lambda: _("The deadline can be extended only once (art. 16)."),
    "too_late": lambda: _(
        "The first deadline has passed: the requester had to be told of the extension "
        "before it expired (art. 16)."
    ),
}


@transaction.atomic
def request_extend(
    *, commune: Commune, request: InfoRequest, actor, reason: str, details: str
) -> InfoRequest:
    """Art. 16: extend the deadline once, by 20 working days, with reasons told to the
    requester before the first deadline expires (they are notified now)."""
    _require_roles(actor, commune, (OFFICER,), "extending a deadline")
    request = _lock(commune, request)
    why = rules.extension_refused_because(
        pending=request.is_pending,
        extended=request.is_extended,
        first_due=request.first_due_on,
        today=timezone.localdate(),
    )
    if why:
        raise InfoRequestError(EXTENSION_REFUSALS[why](), why)
    if reason not in ExtensionReason.values or not details.strip():
        raise InfoRequestError(
            _("Give the reason of the extension and explain it to the requester (art. 16)."),
            "reasons",
        )
    calendar = calendar_for(commune)
    request.due_on = rules.extended_due_on(calendar, request.first_due_on, urgent=request.urgent)
    request.extended_at = timezone.now()
    request.extension_reason = reason
    request.extension_details = details.strip()
    request.save(update_fields=["due_on", "extended_at", "extension_reason", "extension_details"])
    label = ExtensionReason(reason).label
    _event(request, RequestEvent.Kind.EXTENDED, note=f"{label}. {request.extension_details}")
    _audit(request, actor, "extend", reason=reason, due_on=request.due_on.isoformat())
    _tell_requester(
        request,
        "extended",
        _("Your request %(reference)s: the deadline is extended")
        % {"reference": request.reference},
        _(
            "The commune needs more time to answer: %(reason)s. %(details)s "
            "The new deadline is %(due)s (law 31.13, art. 16)."
        )
        % {"reason": label, "details": request.extension_details, "due": _day(request.due_on)},
    )
    return request


# --- Response ------------------------------------------------------------------------


@transaction.atomic
def request_respond(
    *,
    commune: Commune,
    request: InfoRequest,
    actor,
    outcome: str,
    text: str = "",
    documents: Iterable[tuple[str, File]] = (),
    grounds: Iterable[str] = (),
    details: str = "",
    already_published: PublishedInformation | None = None,
) -> InfoRequest:
    """The commune's response: the information (text and documents), a partial answer
    (what can be given, and a reasoned refusal of the rest), or a reasoned refusal
    (art. 18: written, with its legal grounds; "already published" links to the
    register entry). The requester is notified and may then complain (art. 19)."""
    _require_roles(actor, commune, (OFFICER,), "answering a request")
    request = _lock(commune, request)
    if not request.is_pending:
        raise InfoRequestError(_("This request has already been answered."), "answered")
    if outcome not in InfoRequest.RESPONDED:
        raise ValueError(f"unknown outcome {outcome!r}")
    documents, grounds, text = list(documents), list(dict.fromkeys(grounds)), text.strip()
    if outcome != Status.REFUSED and not (text or documents):
        raise InfoRequestError(_("Give the information: a text or documents."), "empty")
    if outcome == Status.ANSWERED:
        grounds, details, already_published = [], "", None
    else:
        problems = rules.refusal_problems(
            grounds=grounds, details=details, published=already_published is not None
        )
        if problems:
            raise InfoRequestError(
                _(
                    "A refusal is written and reasoned (art. 18): choose its legal grounds, "
                    "explain them, and when the information is already published, say where."
                ),
                problems[0],
            )
        if already_published is not None and already_published.commune_id != commune.pk:
            raise ValueError("the published information belongs to another commune")
        if RefusalGround.ALREADY_PUBLISHED not in grounds:
            already_published = None
    now = timezone.now()
    today = timezone.localdate(now)
    request.status = outcome
    request.responded_at = now
    request.responded_by = actor
    request.response_text = text
    request.refusal_grounds = grounds
    request.refusal_details = details.strip()
    request.already_published = already_published
    request.working_days_to_respond = max(
        0, calendar_for(commune).working_days_between(request.received_on, today)
    )
    request.responded_in_time = rules.answered_in_time(due_on=request.due_on, responded_on=today)
    request.save()
    for title, upload in documents:
        AnswerDocument.unscoped.create(
            commune=commune, request=request, title=title.strip()[:200] or upload.name, file=upload
        )
    kind = {
        Status.ANSWERED: RequestEvent.Kind.ANSWERED,
        Status.PARTIAL: RequestEvent.Kind.PARTIAL,
        Status.REFUSED: RequestEvent.Kind.REFUSED,
    }[outcome]
    _event(request, kind, at=now)
    _audit(request, actor, "respond", outcome=outcome, grounds=grounds, documents=len(documents))
    _tell_requester(
        request,
        "responded",
        _("Your request %(reference)s: %(outcome)s")
        % {"reference": request.reference, "outcome": request.get_status_display()},
        _(
            "The commune responded to your request. Read the answer on your request's page. "
            "If you are not satisfied, you may complain to the president of the commune "
            "within %(days)s working days (law 31.13, art. 19)."
        )
        % {"days": settings.INFOREQUESTS_COMPLAINT_WORKING_DAYS},
    )
    return request


# --- Complaints ----------------------------------------------------------------------


@transaction.atomic
def complaint_file(
    *,
    commune: Commune,
    request: InfoRequest,
    text: str,
    channel: str = Channel.ONLINE,
    filed_on: datetime.date | None = None,
    actor=None,
) -> Complaint:
    """Art. 19: the requester complains to the head of the commune within 20 working
    days of the deadline's expiry or of the response; the head answers within 15 days.
    Online, the requester files it from their request's page (the caller checked the
    tracking code); a complaint received on paper is entered by the staff (`actor`)."""
    if actor is not None:
        _require_roles(actor, commune, COMPLAINT_ROLES, "registering a complaint")
    request = _lock(commune, request)
    if selectors.request_complaint(request) is not None:
        raise InfoRequestError(_("A complaint about this request was already filed."), "exists")
    if not text.strip():
        raise InfoRequestError(_("Say what your complaint is about."), "text")
    today = timezone.localdate()
    filed_on = filed_on or today
    if filed_on > today:
        raise InfoRequestError(_("The date of receipt cannot be in the future."), "filed_on")
    calendar = calendar_for(commune)
    if request.is_pending and filed_on <= request.due_on:
        raise InfoRequestError(
            _(
                "The commune still has until %(due)s to answer: a complaint can be filed "
                "once that deadline has passed or once you receive the answer (art. 19)."
            )
            % {"due": _day(request.due_on)},
            "too_early",
        )
    window = rules.complaint_window(
        calendar, due_on=request.due_on, responded_on=request.responded_on
    )
    if not window.contains(filed_on):
        raise InfoRequestError(
            _("The time to complain ended on %(date)s (law 31.13, art. 19).")
            % {"date": _day(window.closes_on)},
            "too_late",
        )
    complaint = Complaint.unscoped.create(
        commune=commune,
        request=request,
        text=text.strip(),
        channel=channel,
        filed_on=filed_on,
        entered_by=actor,
        due_on=rules.head_due_on(calendar, filed_on),
    )
    _event(request, RequestEvent.Kind.COMPLAINT)
    if actor is not None:
        _audit(request, actor, "complaint_register", channel=channel)
    _tell_requester(
        request,
        "complaint",
        _("Your complaint about request %(reference)s was received")
        % {"reference": request.reference},
        _("The president of the commune must tell you the decision by %(due)s (art. 19).")
        % {"due": _day(complaint.due_on)},
    )
    _tell_staff(
        request,
        "complaint",
        _("Complaint about request %(reference)s") % {"reference": request.reference},
        _("The president of the commune must answer by %(due)s (law 31.13, art. 19).")
        % {"due": _day(complaint.due_on)},
        COMPLAINT_ROLES,
    )
    return complaint


@transaction.atomic
def complaint_answer(
    *, commune: Commune, complaint: Complaint, actor, upheld: bool, text: str
) -> Complaint:
    """The head of the commune's decision on the complaint (art. 19), recorded by the
    president or, on their behalf, the information officer. The requester is told, with
    the way to the CDAI (art. 20)."""
    _require_roles(actor, commune, COMPLAINT_ROLES, "answering a complaint")
    if complaint.commune_id != commune.pk:
        raise ValueError("the complaint belongs to another commune")
    complaint = (
        Complaint.objects.for_commune(commune)
        .select_for_update()
        .select_related("request", "request__commune")
        .get(pk=complaint.pk)
    )
    if complaint.answered_at is not None:
        raise InfoRequestError(_("This complaint was already answered."), "answered")
    if not text.strip():
        raise InfoRequestError(_("Write the decision and its reasons."), "text")
    complaint.answered_at = timezone.now()
    complaint.answered_by = actor
    complaint.upheld = upheld
    complaint.answer_text = text.strip()
    complaint.save(update_fields=["answered_at", "answered_by", "upheld", "answer_text"])
    request = complaint.request
    _event(request, RequestEvent.Kind.COMPLAINT_ANSWERED, at=complaint.answered_at)
    _audit(request, actor, "complaint_answer", upheld=upheld)
    window = rules.cdai_window(
        calendar_for(commune), head_due_on=complaint.due_on, head_answered_on=complaint.answered_on
    )
    _tell_requester(
        request,
        "complaint_answered",
        _("Decision on your complaint about request %(reference)s")
        % {"reference": request.reference},
        _(
            "The president of the commune answered your complaint. If you are not "
            "satisfied, you may complain to the CDAI by %(date)s (law 31.13, art. 20)."
        )
        % {"date": _day(window.closes_on)},
    )
    return complaint


# --- Publication ---------------------------------------------------------------------

PERSONAL_DATA_LABELS = {
    "cnie": lambda: _("an identity card number"),
    "email": lambda: _("an e-mail address"),
    "phone": lambda: _("a phone number"),
    "name": lambda: _("the requester's name"),
}


@transaction.atomic
def request_publish(
    *,
    commune: Commune,
    request: InfoRequest,
    actor,
    title: str,
    summary: str,
    documents: Iterable[AnswerDocument] = (),
) -> PublishedInformation:
    """Publish what an answer gave in the public register (proactive publication,
    art. 10), without personal data: the staff write the public text, which is checked
    for identity numbers, e-mail addresses, phone numbers and the requester's name
    (art. 7; law 09-08), and choose the documents to copy to public storage. The
    request's identity never leaves it. Later requests for the same information may be
    refused as "already published" with a link to the entry (art. 18)."""
    _require_roles(actor, commune, (OFFICER,), "publishing an answer")
    request = _lock(commune, request)
    if request.status not in (Status.ANSWERED, Status.PARTIAL):
        raise InfoRequestError(_("Only information that was given can be published."), "status")
    documents = list(documents)
    if any(doc.request_id != request.pk for doc in documents):
        raise ValueError("a document belongs to another request")
    title, summary = title.strip(), summary.strip()
    if not (title and summary):
        raise InfoRequestError(_("Give the entry a title and the information."), "empty")
    text = "\n".join([title, summary, *(doc.title for doc in documents)])
    found = rules.personal_data_found(text, names=[request.full_name])
    if found:
        raise InfoRequestError(
            _("Remove the personal data before publishing: the text contains %(what)s.")
            % {"what": ", ".join(str(PERSONAL_DATA_LABELS[kind]()) for kind in found)},
            "personal_data",
        )
    entry = PublishedInformation.unscoped.create(
        commune=commune, title=title, summary=summary, published_by=actor, source_request=request
    )
    for doc in documents:
        with doc.file.open("rb") as handle:
            content = ContentFile(handle.read(), name=os.path.basename(doc.file.name))
        PublishedDocument.unscoped.create(
            commune=commune, publication=entry, title=doc.title, file=content
        )
    _event(request, RequestEvent.Kind.PUBLISHED, note=title)
    _audit(request, actor, "publish", entry=entry.pk, documents=len(documents))
    return entry


# --- Deadlines -----------------------------------------------------------------------

# Reminders are looked for among deadlines this close: more than any lead time in
# working days can span, even across Eid and a weekend.
REMINDER_HORIZON = datetime.timedelta(days=21)


def deadline_reminders(*, today: datetime.date | None = None) -> int:
    """Remind the information officers before each deadline to answer (arts. 16–17)
    and the president before each deadline to decide on a complaint (art. 19), a few
    working days ahead; each deadline is reminded once (the extended one again)."""
    today = today or timezone.localdate()
    horizon = today + REMINDER_HORIZON
    calendars = {}
    sent = 0
    requests = (
        InfoRequest.objects.across_communes()
        .filter(status=Status.PENDING, due_on__gte=today, due_on__lte=horizon)
        .select_related("commune")
    )
    for request in requests:
        calendar = calendars.setdefault(request.commune_id, calendar_for(request.commune))
        key = request.due_on.isoformat()
        if key in request.reminders_sent or not rules.reminder_due(
            calendar, due_on=request.due_on, today=today, urgent=request.urgent
        ):
            continue
        with transaction.atomic():
            request.reminders_sent = [*request.reminders_sent, key]
            request.save(update_fields=["reminders_sent"])
            left = calendar.working_days_between(today, request.due_on)
            _tell_staff(
                request,
                "deadline",
                _("%(left)s working days left to answer %(reference)s")
                % {"left": left, "reference": request.reference},
                _("%(subject)s — the deadline is %(due)s (law 31.13, art. %(article)s).")
                % {
                    "subject": request.subject,
                    "due": _day(request.due_on),
                    "article": 17 if request.urgent else 16,
                },
                (OFFICER,),
            )
        sent += 1
    complaints = (
        Complaint.objects.across_communes()
        .filter(answered_at__isnull=True, due_on__gte=today, due_on__lte=horizon)
        .select_related("request", "request__commune")
    )
    for complaint in complaints:
        request = complaint.request
        calendar = calendars.setdefault(request.commune_id, calendar_for(request.commune))
        key = complaint.due_on.isoformat()
        if key in complaint.reminders_sent or not rules.reminder_due(
            calendar, due_on=complaint.due_on, today=today, urgent=False
        ):
            continue
        with transaction.atomic():
            complaint.reminders_sent = [*complaint.reminders_sent, key]
            complaint.save(update_fields=["reminders_sent"])
            _tell_staff(
                request,
                "complaint_deadline",
                _("Complaint about %(reference)s: answer by %(due)s")
                % {"reference": request.reference, "due": _day(complaint.due_on)},
                _("The president of the commune must answer the complaint (art. 19)."),
                COMPLAINT_ROLES,
            )
        sent += 1
    return sent


@transaction.atomic
def deadlines_recompute(*, commune: Commune, days: list[datetime.date]) -> int:
    """After a change of the commune's calendar (`core.workdays.signals`), recompute the
    running deadlines it affects: unanswered requests received before a changed day
    whose deadline is on or after it, and unanswered complaints likewise. Each change
    is on the request's timeline. Returns how many deadlines moved."""
    if not days:
        return 0
    first, last = min(days), max(days)
    calendar = calendar_for(commune)
    answer_days = selectors.commune_rules(commune).answer_days
    moved = 0
    pending = (
        InfoRequest.objects.for_commune(commune)
        .select_for_update()
        .filter(status=Status.PENDING, received_on__lt=last, due_on__gte=first)
    )
    for request in pending:
        first_due = rules.first_due_on(
            calendar, request.received_on, urgent=request.urgent, answer_days=answer_days
        )
        due = (
            rules.extended_due_on(calendar, first_due, urgent=request.urgent)
            if request.is_extended
            else first_due
        )
        if (first_due, due) == (request.first_due_on, request.due_on):
            continue
        note = f"{request.due_on.isoformat()} → {due.isoformat()}"
        request.first_due_on, request.due_on = first_due, due
        request.save(update_fields=["first_due_on", "due_on"])
        _event(request, RequestEvent.Kind.RECALCULATED, note=note)
        moved += 1
    complaints = (
        Complaint.objects.for_commune(commune)
        .select_for_update()
        .filter(answered_at__isnull=True, filed_on__lt=last, due_on__gte=first)
    )
    for complaint in complaints:
        due = rules.head_due_on(calendar, complaint.filed_on)
        if due != complaint.due_on:
            complaint.due_on = due
            complaint.save(update_fields=["due_on"])
            moved += 1
    return moved
