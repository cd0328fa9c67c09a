"""Writes of citizen meetings.

Every function is `<entity>_<action>(*, commune, ...)`, keyword-only, and runs in one
transaction: the act, its row in the participation ledger (registering, attending) or
the audit trail (staff actions), and the messages, which leave only once the transaction
commits. Rules live in `rules.py`; a broken rule raises `ValidationError`, an object of
another commune `ValueError`.

Registrants hear about their meeting in their language: account holders through the
core notifications (in the app and by e-mail), people without an account by e-mail
only, with the link that lets them cancel. Every e-mail about a meeting that takes place
carries its calendar invitation (.ics); a cancellation carries the calendar's CANCEL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from moucharaka.core.audit.services import audit_record
from moucharaka.core.ledger.models import Channel
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.notifications import services as notifications
from moucharaka.core.photos.images import prepare_photo
from moucharaka.modules.meetings import ical, rules
from moucharaka.modules.meetings.models import (
    AgendaItem,
    Attendee,
    Meeting,
    MeetingDocument,
    MeetingPhoto,
    Recommendation,
    RecommendationUpdate,
    Registration,
)

MODULE = "meetings"
REGISTERED = "meeting_registered"
ATTENDED = "meeting_attended"

# What registrants are told about when it changes (and what moves the calendar's
# SEQUENCE): the date, the place and the link.
SCHEDULE_FIELDS = (
    "starts_at",
    "ends_at",
    "mode",
    "venue",
    "address",
    "district_id",
    "latitude",
    "longitude",
    "online_url",
)

RStatus = Registration.Status


def _check_commune(commune, *objects) -> None:
    for obj in objects:
        if obj is not None and obj.commune_id != commune.pk:
            raise ValueError(f"{obj._meta.verbose_name} {obj.pk} belongs to another commune")


def _check_district(commune, district) -> None:
    if district is not None and district.commune_id != commune.pk:
        raise ValueError("the district belongs to another commune")


def _locked(commune, meeting: Meeting) -> Meeting:
    """The meeting's row, locked until the transaction ends (PostgreSQL), so that two
    people taking the last place, or a registrant cancelling while staff change the
    capacity, are applied one after the other."""
    _check_commune(commune, meeting)
    locked = Meeting.objects.for_commune(commune).select_for_update().get(pk=meeting.pk)
    locked.commune = commune
    return locked


def _confirmed_count(meeting: Meeting) -> int:
    return (
        Registration.objects.for_commune(meeting.commune_id)
        .filter(meeting=meeting, status=RStatus.CONFIRMED)
        .count()
    )


# --- Keys and links ---------------------------------------------------------------------


def contact_key(*, email: str = "", phone: str = "") -> str:
    """Keyed hash (HMAC-SHA256 with SECRET_KEY) of the e-mail address, or else of the
    normalised phone number: the same person is recognised without the key showing who
    they are."""
    value = (email or "").strip().lower() or rules.normalize_phone(phone)
    if not value:
        return ""
    return salted_hmac("moucharaka.meetings.contact", value, algorithm="sha256").hexdigest()


def registration_token(registration: Registration) -> str:
    """The secret of the cancellation link of someone without an account."""
    value = f"{registration.pk}:{registration.secret}"
    return salted_hmac("moucharaka.meetings.cancel", value, algorithm="sha256").hexdigest()[:32]


def token_is_valid(registration: Registration, token: str) -> bool:
    return constant_time_compare(registration_token(registration), token or "")


def registration_manage_path(registration: Registration, language: str) -> str:
    with translation.override(language):
        return reverse(
            "module-meetings:registration",
            kwargs={
                "commune_slug": registration.commune.slug,
                "pk": registration.pk,
                "token": registration_token(registration),
            },
        )


# --- Telling registrants ----------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    event: str
    title: Callable[[], str]  # called in the registrant's language
    body: Callable[[], str]


def _tell(meeting: Meeting, registrations: Iterable[Registration], message: Message) -> None:
    """One message per registrant, in the language they registered in, with the
    calendar invitation (or cancellation) when they hold a place or wait for one."""
    agenda = list(meeting.agenda_items.all())
    for registration in registrations:
        language = registration.language or settings.LANGUAGE_CODE
        address = registration.contact_email
        with translation.override(language):
            title, body = str(message.title()), str(message.body())
            attachments = []
            if address and registration.is_active:
                attachments.append(
                    ical.invitation_attachment(
                        meeting, language=language, attendee=address, agenda=agenda
                    )
                )
            if registration.user_id:
                notifications.publish(
                    commune=meeting.commune,
                    event=message.event,
                    recipients=[registration.user],
                    title=title,
                    body=body,
                    url=ical.meeting_path(meeting, language),
                    attachments=attachments,
                )
            elif address:
                notifications.email_on_commit(
                    to=address,
                    subject=title,
                    body=body
                    + "\n\n"
                    + _("To cancel your registration: %(url)s")
                    % {"url": ical.absolute(registration_manage_path(registration, language))},
                    url=ical.meeting_path(meeting, language),
                    attachments=attachments,
                )


def _when(meeting: Meeting) -> str:
    return date_format(timezone.localtime(meeting.starts_at), "DATETIME_FORMAT")


def _place_line(meeting: Meeting) -> str:
    place = ical.location_text(meeting)
    return "\n" + _("Place: %(place)s") % {"place": place} if place else ""


def _registrants(meeting: Meeting):
    """Everyone holding or waiting for a place (with their accounts)."""
    return (
        Registration.objects.for_commune(meeting.commune_id)
        .filter(meeting=meeting)
        .exclude(status=RStatus.CANCELLED)
        .select_related("user")
    )


def _registered_message(registration: Registration) -> Message:
    meeting = registration.meeting
    if registration.status == RStatus.WAITING:
        return Message(
            "meetings.waiting",
            lambda: _("On the waiting list: %(title)s") % {"title": meeting.display_title},
            lambda: (
                _(
                    "The meeting is full: you are on the waiting list. If a place frees up, it "
                    "is yours and we will tell you. Meeting: %(title)s, %(when)s."
                )
                % {"title": meeting.display_title, "when": _when(meeting)}
            ),
        )
    return Message(
        "meetings.registered",
        lambda: _("Registration confirmed: %(title)s") % {"title": meeting.display_title},
        lambda: (
            _(
                "You are registered for “%(title)s”, %(when)s. The invitation attached adds it "
                "to your calendar."
            )
            % {"title": meeting.display_title, "when": _when(meeting)}
            + _place_line(meeting)
        ),
    )


# --- Meetings -------------------------------------------------------------------------


@transaction.atomic
def meeting_create(
    *,
    commune,
    actor,
    title: str,
    starts_at,
    ends_at,
    agenda: Sequence[dict] = (),
    attached_to=None,
    **fields,
) -> Meeting:
    """A draft meeting (staff, the demo seeder, or another module for the meetings of
    its own objects: `attached_to`, which must belong to the same commune if it
    belongs to one). `agenda` is a list of {"title", "title_fr", "details"} dicts."""
    rules.check_schedule(starts_at, ends_at, fields.get("registration_closes_at"))
    rules.check_location(fields.get("latitude"), fields.get("longitude"))
    _check_district(commune, fields.get("district"))
    if attached_to is not None and getattr(attached_to, "commune_id", commune.pk) != commune.pk:
        raise ValueError("the attached object belongs to another commune")
    meeting = Meeting(
        commune=commune,
        title=title.strip(),
        starts_at=starts_at,
        ends_at=ends_at,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        **fields,
    )
    if attached_to is not None:
        meeting.attached_to = attached_to
    meeting.full_clean(exclude=["commune", "district"], validate_constraints=False)
    meeting.save()
    for position, item in enumerate(agenda):
        AgendaItem.unscoped.create(
            commune=commune,
            meeting=meeting,
            sort_order=position,
            title=item["title"],
            title_fr=item.get("title_fr", ""),
            details=item.get("details", ""),
        )
    audit_record(commune=commune, actor=actor, action="meeting.create", target=meeting)
    return meeting


@transaction.atomic
def meeting_publish(*, commune, meeting: Meeting, actor) -> Meeting:
    meeting = _locked(commune, meeting)
    if meeting.is_published:
        return meeting
    if meeting.is_cancelled:
        raise ValidationError(_("A cancelled meeting cannot be published again."))
    rules.check_publishable(meeting)
    meeting.status = Meeting.Status.PUBLISHED
    meeting.published_at = timezone.now()
    meeting.save(update_fields=["status", "published_at", "updated_at"])
    audit_record(commune=commune, actor=actor, action="meeting.publish", target=meeting)
    return meeting


def schedule_of(meeting: Meeting) -> dict:
    """The fields registrants are told about, as stored (read before an edit)."""
    return {field: getattr(meeting, field) for field in SCHEDULE_FIELDS}


@transaction.atomic
def meeting_changed(
    *, commune, meeting: Meeting, actor, before: dict, capacity_before=None
) -> Meeting:
    """After staff saved a meeting's form: if its date, place or link changed while it
    is published, its calendar SEQUENCE grows and every registrant is told, with the
    updated invitation; if places were added, people waiting get them."""
    meeting = _locked(commune, meeting)
    changed = sorted(f for f in SCHEDULE_FIELDS if before.get(f) != getattr(meeting, f))
    if changed:
        meeting.sequence += 1
        meeting.save(update_fields=["sequence", "updated_at"])
        audit_record(
            commune=commune,
            actor=actor,
            action="meeting.reschedule",
            target=meeting,
            data={"changed": changed},
        )
    if changed and meeting.is_published:
        _tell(
            meeting,
            _registrants(meeting),
            Message(
                "meetings.changed",
                lambda: _("Change to the meeting: %(title)s") % {"title": meeting.display_title},
                lambda: (
                    _(
                        "The commune changed the date, the place or the link of “%(title)s”. "
                        "It now takes place %(when)s."
                    )
                    % {"title": meeting.display_title, "when": _when(meeting)}
                    + _place_line(meeting)
                ),
            ),
        )
    if meeting.is_published and meeting.capacity != capacity_before:
        _promote_waiting(meeting)
    return meeting


@transaction.atomic
def meeting_cancel(*, commune, meeting: Meeting, actor, reason: str) -> Meeting:
    """Cancel with a reason every registrant is told, with the calendar's CANCEL."""
    meeting = _locked(commune, meeting)
    now = timezone.now()
    rules.check_cancellation(meeting, reason, now)
    was_published = meeting.is_published
    meeting.status = Meeting.Status.CANCELLED
    meeting.cancelled_at = now
    meeting.cancellation_reason = reason.strip()
    meeting.sequence += 1
    meeting.save(
        update_fields=["status", "cancelled_at", "cancellation_reason", "sequence", "updated_at"]
    )
    audit_record(
        commune=commune,
        actor=actor,
        action="meeting.cancel",
        target=meeting,
        data={"reason": meeting.cancellation_reason},
    )
    if was_published:
        _tell(
            meeting,
            _registrants(meeting),
            Message(
                "meetings.cancelled",
                lambda: _("Meeting cancelled: %(title)s") % {"title": meeting.display_title},
                lambda: (
                    _("The commune cancelled “%(title)s” (%(when)s). Reason: %(reason)s")
                    % {
                        "title": meeting.display_title,
                        "when": _when(meeting),
                        "reason": meeting.cancellation_reason,
                    }
                ),
            ),
        )
    return meeting


# --- Registrations ----------------------------------------------------------------------


class AlreadyRegistered(ValidationError):
    def __init__(self, registration: Registration):
        super().__init__(_("You are already registered for this meeting."), code="already")
        self.registration = registration


@transaction.atomic
def registration_create(
    *,
    commune,
    meeting: Meeting,
    user=None,
    name: str = "",
    email: str = "",
    phone: str = "",
    attendance: str = "",
    needs: str = "",
    demographics: dict | None = None,
    language: str = "",
    notify: bool = True,
) -> Registration:
    """Register someone: a signed-in `user`, or a `name` with an `email` and/or a
    `phone`. Confirmed while places are left, on the waiting list once the meeting is
    full. `demographics` (gender, age_band, district, disability) are kept only for
    people without an account who agreed to their use in statistics: pass None
    otherwise. Someone registered already raises `AlreadyRegistered`; someone who had
    cancelled is registered again (at the end of the queue). `notify=False` is for
    back-entering registrations (the demo seeder, imports): nobody is told."""
    meeting = _locked(commune, meeting)
    signed_in = getattr(user, "is_authenticated", False)
    if not signed_in:
        user = None
    rules.check_contact(user=user, name=name, email=email, phone=phone)
    now = timezone.now()
    confirmed = _confirmed_count(meeting)
    state = rules.registration_state(meeting, confirmed=confirmed, now=now)
    if not rules.accepts_registrations(state):
        raise ValidationError(_("Registration for this meeting is closed."), code="closed")
    demographics = {k: v for k, v in (demographics or {}).items() if v not in (None, "")}
    if user is not None:
        demographics = {}  # an account holder's come from their profile, with consent
    _check_district(commune, demographics.get("district"))
    key = "" if user is not None else contact_key(email=email, phone=phone)
    attendance = attendance or (
        Registration.Attendance.ONLINE
        if meeting.mode == Meeting.Mode.ONLINE
        else Registration.Attendance.IN_PERSON
    )
    if meeting.mode != Meeting.Mode.HYBRID:
        attendance = (
            Registration.Attendance.ONLINE
            if meeting.mode == Meeting.Mode.ONLINE
            else Registration.Attendance.IN_PERSON
        )
    status = RStatus.WAITING if state == rules.RegistrationState.WAITING_LIST else RStatus.CONFIRMED

    existing = (
        Registration.objects.for_commune(commune)
        .filter(meeting=meeting, **({"user": user} if user is not None else {"contact_key": key}))
        .first()
    )
    if existing is not None and existing.is_active:
        raise AlreadyRegistered(existing)
    values = {
        "name": (name or "").strip() if user is None else "",
        "email": (email or "").strip().lower() if user is None else "",
        "phone": rules.normalize_phone(phone) if user is None else "",
        "status": status,
        "attendance": attendance,
        "needs": (needs or "").strip(),
        "gender": demographics.get("gender", ""),
        "age_band": demographics.get("age_band", ""),
        "district": demographics.get("district"),
        "disability": demographics.get("disability"),
        "language": language or translation.get_language() or settings.LANGUAGE_CODE,
        "queued_at": now,
        "cancelled_at": None,
        "promoted_at": None,
    }
    if existing is not None:
        for field, value in values.items():
            setattr(existing, field, value)
        existing.save()
        registration = existing
    else:
        try:
            with transaction.atomic():
                registration = Registration.unscoped.create(
                    commune=commune, meeting=meeting, user=user, contact_key=key, **values
                )
        except IntegrityError:  # the same person, twice at the same moment
            registration = (
                Registration.objects.for_commune(commune)
                .filter(meeting=meeting)
                .get(**({"user": user} if user is not None else {"contact_key": key}))
            )
            raise AlreadyRegistered(registration) from None
    registration.meeting = meeting
    participation_record(
        commune=commune,
        kind=REGISTERED,
        module=MODULE,
        person=user,
        person_key=key,
        target=meeting,
        channel=Channel.ONLINE,
        occurred_at=now,
        demographics=demographics or None,
    )
    if notify:
        _tell(meeting, [registration], _registered_message(registration))
    return registration


@transaction.atomic
def registration_cancel(*, commune, registration: Registration) -> Registration:
    """The registrant gives their place back (until the meeting starts); the first
    person waiting gets it and is told."""
    _check_commune(commune, registration)
    meeting = _locked(commune, registration.meeting)
    registration = (
        Registration.objects.for_commune(commune).select_for_update().get(pk=registration.pk)
    )
    registration.meeting = meeting
    if not registration.is_active:
        return registration
    if not rules.may_cancel_registration(meeting, timezone.now()):
        raise ValidationError(
            _("This meeting has started: registrations cannot change now."), code="started"
        )
    was_confirmed = registration.status == RStatus.CONFIRMED
    registration.status = RStatus.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if was_confirmed:
        _promote_waiting(meeting)
    return registration


def _promote_waiting(meeting: Meeting) -> list[Registration]:
    """Give the free places to the people waiting, first come first served, and tell
    them (with the invitation). Call with the meeting's row locked."""
    if meeting.capacity is None:
        free = None
    else:
        free = meeting.capacity - _confirmed_count(meeting)
        if free <= 0:
            return []
    if not rules.may_cancel_registration(meeting, timezone.now()):
        return []  # started: a place freed now helps nobody
    waiting = (
        Registration.objects.for_commune(meeting.commune_id)
        .filter(meeting=meeting, status=RStatus.WAITING)
        .select_related("user")
        .order_by("queued_at", "id")
    )
    promoted = list(waiting if free is None else waiting[:free])
    now = timezone.now()
    for registration in promoted:
        registration.status = RStatus.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        registration.meeting = meeting
    _tell(
        meeting,
        promoted,
        Message(
            "meetings.promoted",
            lambda: _("A place is yours: %(title)s") % {"title": meeting.display_title},
            lambda: (
                _(
                    "A place freed up: you are now registered for “%(title)s”, %(when)s. The "
                    "invitation attached adds it to your calendar."
                )
                % {"title": meeting.display_title, "when": _when(meeting)}
            ),
        ),
    )
    return promoted


# --- Attendance -------------------------------------------------------------------------


def _attend(
    *,
    commune,
    meeting: Meeting,
    actor,
    source: str,
    channel: str,
    registration: Registration | None = None,
    name: str = "",
    demographics: dict | None = None,
    occurred_at=None,
) -> Attendee:
    user = registration.user if registration is not None else None
    person_key = registration.contact_key if registration is not None else ""
    demographics = {k: v for k, v in (demographics or {}).items() if v not in (None, "")}
    _check_district(commune, demographics.get("district"))
    occurred_at = occurred_at or timezone.now()
    row = participation_record(
        commune=commune,
        kind=ATTENDED,
        module=MODULE,
        person=user,
        person_key=person_key,
        target=meeting,
        channel=channel,
        occurred_at=occurred_at,
        demographics=demographics or None,
    )
    return Attendee.unscoped.create(
        commune=commune,
        meeting=meeting,
        registration=registration,
        user=user,
        name=(name or "").strip()[:120],
        source=source,
        channel=channel,
        gender=row.gender,
        age_band=row.age_band,
        district_id=row.district_id,
        disability=row.disability,
        person_key=person_key,
        recorded_by=actor if getattr(actor, "is_authenticated", False) else None,
        recorded_at=occurred_at,
    )


def _attendance_channel(meeting: Meeting, channel: str = "") -> str:
    if meeting.mode == Meeting.Mode.ONLINE:
        return Channel.ONLINE
    if meeting.mode == Meeting.Mode.IN_PERSON:
        return Channel.IN_PERSON
    return channel if channel in (Channel.ONLINE, Channel.IN_PERSON) else Channel.IN_PERSON


@transaction.atomic
def attendance_check_in(
    *, commune, registration: Registration, actor, channel: str = ""
) -> Attendee:
    """Staff tick a registrant present (at the door, or online). Once per registration."""
    _check_commune(commune, registration)
    meeting = _locked(commune, registration.meeting)
    rules.check_attendance(meeting, timezone.now())
    registration = (
        Registration.objects.for_commune(commune)
        .select_for_update(of=("self",))
        .select_related("user")
        .get(pk=registration.pk)
    )
    if not registration.is_active:
        raise ValidationError(_("This registration was cancelled."))
    if Attendee.objects.for_commune(commune).filter(registration=registration).exists():
        raise ValidationError(_("%(name)s is already checked in.") % {"name": registration})
    demographics = {
        "gender": registration.gender,
        "age_band": registration.age_band,
        "district": registration.district,
        "disability": registration.disability,
    }
    attendee = _attend(
        commune=commune,
        meeting=meeting,
        actor=actor,
        source=Attendee.Source.REGISTRATION,
        channel=_attendance_channel(meeting, channel or registration.attendance),
        registration=registration,
        name=registration.display_name,
        demographics=demographics if registration.user_id is None else None,
    )
    audit_record(
        commune=commune,
        actor=actor,
        action="meeting.check_in",
        target=meeting,
        data={"registration": registration.pk},
    )
    return attendee


@transaction.atomic
def attendance_walk_in(
    *,
    commune,
    meeting: Meeting,
    actor,
    name: str = "",
    channel: str = "",
    demographics: dict | None = None,
) -> Attendee:
    """Someone who came without registering; every detail is optional."""
    meeting = _locked(commune, meeting)
    rules.check_attendance(meeting, timezone.now())
    attendee = _attend(
        commune=commune,
        meeting=meeting,
        actor=actor,
        source=Attendee.Source.WALK_IN,
        channel=_attendance_channel(meeting, channel),
        name=name,
        demographics=demographics,
    )
    audit_record(commune=commune, actor=actor, action="meeting.walk_in", target=meeting)
    return attendee


SHEET_FIELDS = ("name", "gender", "age_band", "district", "disability")


@transaction.atomic
def attendance_sheet_enter(*, commune, meeting: Meeting, actor, rows: Iterable[dict]) -> int:
    """The rows of a paper attendance sheet (name, gender, age band, district,
    disability — all optional); empty rows are skipped. Each row is one person present
    in person, recorded in the ledger with the details passed explicitly. Returns how
    many were recorded."""
    meeting = _locked(commune, meeting)
    rules.check_attendance(meeting, timezone.now(), from_sheet=True)
    entered = 0
    for row in rows:
        values = {field: row.get(field) for field in SHEET_FIELDS}
        if all(value in (None, "") for value in values.values()):
            continue
        name = values.pop("name") or ""
        _attend(
            commune=commune,
            meeting=meeting,
            actor=actor,
            source=Attendee.Source.SHEET,
            channel=Channel.IN_PERSON,
            name=name,
            demographics=values,
            occurred_at=meeting.starts_at,
        )
        entered += 1
    if entered:
        audit_record(
            commune=commune,
            actor=actor,
            action="meeting.sheet",
            target=meeting,
            data={"rows": entered},
        )
    return entered


@transaction.atomic
def registrations_purge_due(*, now=None) -> int:
    """Delete the contact details of people who registered without an account (name,
    e-mail address, phone, needs) and the names on attendance sheets, for meetings that
    ended more than settings.MEETINGS_CONTACT_RETENTION_DAYS ago (rules.purge_cutoff,
    law 09-08). Keyed hashes, statuses and the ledger's anonymous rows stay, so counts
    do not change. Platform-wide daily job (tasks.py); returns the registrations
    purged."""
    now = now or timezone.now()
    cutoff = rules.purge_cutoff(now, settings.MEETINGS_CONTACT_RETENTION_DAYS)
    over = Meeting.objects.across_communes().filter(ends_at__lt=cutoff)
    purged = (
        Registration.objects.across_communes()
        .filter(meeting__in=over.values("pk"), user__isnull=True)
        .filter(personal_data_purged_at__isnull=True)
        .update(name=rules.PURGED_NAME, email="", phone="", needs="", personal_data_purged_at=now)
    )
    Attendee.objects.across_communes().filter(meeting__in=over.values("pk")).exclude(
        name=""
    ).update(name="")
    return purged


# --- After the meeting ------------------------------------------------------------------


@transaction.atomic
def minutes_save(*, commune, meeting: Meeting, actor, minutes: str, publish: bool) -> Meeting:
    """Write the minutes (محضر) and publish them (or take them back). The first
    publication tells the registrants with an account."""
    meeting = _locked(commune, meeting)
    rules.check_minutes(meeting, timezone.now(), minutes=minutes, publish=publish)
    first_time = publish and meeting.minutes_published_at is None
    meeting.minutes = (minutes or "").strip()
    if publish and first_time:
        meeting.minutes_published_at = timezone.now()
    elif not publish:
        meeting.minutes_published_at = None
    meeting.save(update_fields=["minutes", "minutes_published_at", "updated_at"])
    audit_record(
        commune=commune,
        actor=actor,
        action="meeting.minutes",
        target=meeting,
        data={"published": publish},
    )
    if first_time:
        for registration in _registrants(meeting).filter(user__isnull=False):
            language = registration.language or settings.LANGUAGE_CODE
            with translation.override(language):
                publish_minutes_notice(meeting, registration, language)
    return meeting


def publish_minutes_notice(meeting: Meeting, registration: Registration, language: str) -> None:
    notifications.publish(
        commune=meeting.commune,
        event="meetings.minutes",
        recipients=[registration.user],
        title=_("Minutes published: %(title)s") % {"title": meeting.display_title},
        body=_("The minutes of “%(title)s” and its recommendations are on the meeting's page.")
        % {"title": meeting.display_title},
        url=ical.meeting_path(meeting, language),
    )


def check_document(upload) -> None:
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in settings.WAGTAILDOCS_EXTENSIONS:
        raise ValidationError(
            {
                "file": _("Accepted files: %(types)s.")
                % {"types": ", ".join(settings.WAGTAILDOCS_EXTENSIONS)}
            }
        )
    if upload.size > rules.MAX_DOCUMENT_BYTES:
        raise ValidationError(
            {
                "file": _("The file is larger than %(mb)s MB.")
                % {"mb": rules.MAX_DOCUMENT_BYTES // (1024 * 1024)}
            }
        )


@transaction.atomic
def document_add(*, commune, meeting: Meeting, actor, title: str, upload) -> MeetingDocument:
    _check_commune(commune, meeting)
    check_document(upload)
    if not (title or "").strip():
        raise ValidationError({"title": _("Give the document a title.")})
    document = MeetingDocument(
        commune=commune, meeting=meeting, title=title.strip(), size=upload.size
    )
    document.file.save(upload.name.rsplit("/", 1)[-1], upload, save=True)
    audit_record(
        commune=commune,
        actor=actor,
        action="meeting.document_add",
        target=meeting,
        data={"document": document.pk, "title": document.title},
    )
    return document


@transaction.atomic
def photos_add(
    *, commune, meeting: Meeting, actor, uploads: Sequence, caption: str = ""
) -> list[MeetingPhoto]:
    """Photos of the meeting, each re-encoded without its metadata (no GPS, no camera
    serial number) before it is stored."""
    _check_commune(commune, meeting)
    if len(uploads) > rules.MAX_PHOTOS_PER_UPLOAD:
        raise ValidationError(
            {"photos": _("At most %(n)s photos.") % {"n": rules.MAX_PHOTOS_PER_UPLOAD}}
        )
    prepared = [prepare_photo(upload) for upload in uploads]  # before writing anything
    photos = []
    for content in prepared:
        photo = MeetingPhoto(commune=commune, meeting=meeting, caption=(caption or "").strip())
        photo.image.save(content.name, content, save=True)
        photos.append(photo)
    if photos:
        audit_record(
            commune=commune,
            actor=actor,
            action="meeting.photos_add",
            target=meeting,
            data={"photos": [p.pk for p in photos]},
        )
    return photos


@transaction.atomic
def attachment_delete(*, commune, item: MeetingDocument | MeetingPhoto, actor) -> None:
    """Take a document or a photo off the meeting's page, its file with it."""
    _check_commune(commune, item)
    kind = "document" if isinstance(item, MeetingDocument) else "photo"
    audit_record(
        commune=commune,
        actor=actor,
        action=f"meeting.{kind}_delete",
        target=item.meeting,
        data={kind: item.pk, "name": str(item)},
    )
    (item.file if kind == "document" else item.image).delete(save=False)
    item.delete()


# --- Recommendations --------------------------------------------------------------------


@transaction.atomic
def recommendation_create(
    *,
    commune,
    meeting: Meeting,
    actor,
    text: str,
    owner: str = "",
    due_date=None,
    position: int = 100,
) -> Recommendation:
    """An outcome of the meeting, "under study" until the commune decides (its first
    step of the public follow-up)."""
    _check_commune(commune, meeting)
    if not (text or "").strip():
        raise ValidationError({"text": _("Write the recommendation.")})
    recommendation = Recommendation.unscoped.create(
        commune=commune,
        meeting=meeting,
        text=text.strip(),
        owner=(owner or "").strip(),
        due_date=due_date,
        position=position,
    )
    RecommendationUpdate.unscoped.create(
        commune=commune,
        recommendation=recommendation,
        status=recommendation.status,
        by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    audit_record(
        commune=commune, actor=actor, action="recommendation.create", target=recommendation
    )
    return recommendation


@transaction.atomic
def recommendation_update(
    *,
    commune,
    recommendation: Recommendation,
    actor,
    status: str,
    note: str = "",
    text: str | None = None,
    owner: str | None = None,
    due_date=...,
    evidence: str | None = None,
    at=None,
) -> Recommendation:
    """Follow-up: a new status and/or a public note (each one a line of the public
    history), and corrections of the text, the person responsible, the due date and the
    evidence. `at` back-dates the update (the demo, imports)."""
    _check_commune(commune, recommendation)
    recommendation = (
        Recommendation.objects.for_commune(commune).select_for_update().get(pk=recommendation.pk)
    )
    evidence = recommendation.evidence if evidence is None else evidence.strip()
    rules.check_recommendation_step(recommendation, status, note=note, evidence=evidence)
    changed = {}
    for field, value in (
        ("text", text),
        ("owner", owner),
        ("evidence", evidence),
        ("status", status),
    ):
        if value is not None and value.strip() != getattr(recommendation, field):
            changed[field] = value.strip()
    if due_date is not ... and due_date != recommendation.due_date:
        changed["due_date"] = due_date
    if "text" in changed and not changed["text"]:
        raise ValidationError({"text": _("Write the recommendation.")})
    for field, value in changed.items():
        setattr(recommendation, field, value)
    if changed:
        recommendation.save()
    note = (note or "").strip()
    if "status" in changed or note:
        RecommendationUpdate.unscoped.create(
            commune=commune,
            recommendation=recommendation,
            status=recommendation.status,
            note=note,
            by=actor if getattr(actor, "is_authenticated", False) else None,
            at=at or timezone.now(),
        )
    if changed or note:
        audit_record(
            commune=commune,
            actor=actor,
            action="recommendation.update",
            target=recommendation,
            data={"changed": {k: str(v) for k, v in changed.items()}, "note": note},
        )
    return recommendation
