"""Business rules of citizen meetings, each with the source it comes from.

Pure functions over models and values: no writes. `check_*` functions raise
`ValidationError` (keyed by form field where one applies); `may_*` and the state
functions answer questions. No law sets how a commune runs its citizen meetings: the
rules come from the participation charter (seed 001) and the module's specification
(issue 6); each says which.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from moucharaka.core.ledger.models import AgeBand
from moucharaka.core.maps.places import check_location  # noqa: F401 (a place in Morocco)
from moucharaka.modules.meetings.models import Meeting, Recommendation

Mode = Meeting.Mode
RStatus = Recommendation.Status

# Issue 6: attendance is recorded at the door. Doors open a little before the start; a
# check-in days ahead would be a mistake. Paper sheets are typed in afterwards, any time.
CHECK_IN_OPENS_BEFORE = timedelta(hours=2)

# Youth, for the "youth share" indicator: the ledger's age bands under 30. Morocco's
# integrated youth policy counts 15–34 [U]; the ledger's bands (DESIGN §6) cut at 30,
# so "under 30" is the closest we can publish without changing the bands.
YOUTH_BANDS = (AgeBand.UNDER_18, AgeBand.AGE_18_29)

# Documents published after a meeting: office and PDF files, as the CMS accepts
# (settings.WAGTAILDOCS_EXTENSIONS), at most 20 MB each.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_PHOTOS_PER_UPLOAD = 10

# Issue 6: a recommendation's follow-up "updated over time and shown publicly". It is
# studied, then planned (or not retained, with a reason), carried out, implemented
# (with evidence). Seed 001 §12.3: the commune answers every proposal "seriously,
# clearly and publicly" — so no silent closing.
ALLOWED_RECOMMENDATION_STEPS: dict[str, frozenset[str]] = {
    RStatus.UNDER_STUDY: frozenset({RStatus.PLANNED, RStatus.IN_PROGRESS, RStatus.NOT_RETAINED}),
    RStatus.PLANNED: frozenset({RStatus.IN_PROGRESS, RStatus.IMPLEMENTED, RStatus.NOT_RETAINED}),
    RStatus.IN_PROGRESS: frozenset({RStatus.IMPLEMENTED, RStatus.NOT_RETAINED}),
    RStatus.IMPLEMENTED: frozenset(),
    RStatus.NOT_RETAINED: frozenset({RStatus.UNDER_STUDY}),  # reconsidered, publicly
}

# Law 09-08 (DOMAIN §7 [V]: retention limited to the purpose; art. 3 [P]): the name,
# e-mail address, phone and needs of people who registered without an account serve to
# run the meeting; they are deleted this long after it ended (settings, default 90 days).
PURGED_NAME = "—"

# Moroccan phone numbers (ANRT numbering plan): 0 then 5, 6, 7 or 8 and eight digits;
# +212 / 00212 replace the leading 0.
PHONE_PATTERN = re.compile(r"^0[5-8]\d{8}$")


class RegistrationState:
    """What a visitor can do about registering (see `registration_state`)."""

    NOT_NEEDED = "not_needed"  # open to all, no registration
    OPEN = "open"
    WAITING_LIST = "waiting_list"  # full: new registrations wait for a place
    CLOSED = "closed"  # registration closed, meeting started or over
    CANCELLED = "cancelled"
    UNPUBLISHED = "unpublished"


def registration_state(meeting: Meeting, *, confirmed: int, now: datetime) -> str:
    """Issue 6: "registration … with a waiting list when full". Registration closes at
    `registration_closes_at` if the commune set it, otherwise when the meeting starts."""
    if meeting.is_cancelled:
        return RegistrationState.CANCELLED
    if not meeting.is_published:
        return RegistrationState.UNPUBLISHED
    if not meeting.registration_enabled:
        return RegistrationState.NOT_NEEDED
    closes_at = meeting.registration_closes_at or meeting.starts_at
    if now >= min(closes_at, meeting.starts_at):
        return RegistrationState.CLOSED
    if meeting.capacity is not None and confirmed >= meeting.capacity:
        return RegistrationState.WAITING_LIST
    return RegistrationState.OPEN


def accepts_registrations(state: str) -> bool:
    return state in (RegistrationState.OPEN, RegistrationState.WAITING_LIST)


def places_left(meeting: Meeting, *, confirmed: int) -> int | None:
    """None when there is no limit."""
    if meeting.capacity is None:
        return None
    return max(meeting.capacity - confirmed, 0)


def check_schedule(starts_at, ends_at, registration_closes_at=None) -> None:
    """A meeting ends after it starts; registration cannot close after the start."""
    errors = {}
    if starts_at and ends_at and ends_at <= starts_at:
        errors["ends_at"] = _("The meeting must end after it starts.")
    if starts_at and registration_closes_at and registration_closes_at > starts_at:
        errors["registration_closes_at"] = _("Registration must close before the meeting starts.")
    if errors:
        raise ValidationError(errors)


def check_publishable(meeting: Meeting) -> None:
    """Issue 6: the public page says where: a place for a meeting in person, a link
    for an online one, both for a hybrid one. Seed 001 §12.3 commits the commune to
    "times and places suitable for all", which people can only judge if told."""
    errors = {}
    if meeting.has_place and not (meeting.venue.strip() or meeting.address.strip()):
        errors["venue"] = _("Say where the meeting takes place before publishing it.")
    if meeting.has_link and not meeting.online_url:
        errors["online_url"] = _("Give the online link before publishing the meeting.")
    if errors:
        raise ValidationError(errors)


def check_cancellation(meeting: Meeting, reason: str, now: datetime) -> None:
    """Registrants are told why (issue 6: "registrants notified on … cancellation");
    a meeting that has taken place cannot be cancelled any more."""
    if meeting.is_cancelled:
        raise ValidationError(_("This meeting is already cancelled."))
    check_not_over(meeting, now)
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Give the reason: registrants will read it.")})


def check_not_over(meeting: Meeting, now: datetime) -> None:
    if meeting.has_ended(now):
        raise ValidationError(_("This meeting has already taken place."))


def normalize_phone(phone: str) -> str:
    """ "+212 6 12-34-56-78" → "0612345678"; "" when it is not a Moroccan number."""
    digits = re.sub(r"[\s\-./()]", "", phone or "")
    if digits.startswith("+212"):
        digits = "0" + digits[4:]
    elif digits.startswith("00212"):
        digits = "0" + digits[5:]
    return digits if PHONE_PATTERN.match(digits) else ""


def check_contact(*, user, name: str, email: str, phone: str) -> None:
    """Issue 6: "registration (signed-in, or name + phone/email for people without an
    account)". A phone number is checked against the Moroccan numbering plan."""
    if getattr(user, "is_authenticated", False):
        return
    errors = {}
    if not (name or "").strip():
        errors["name"] = _("Give your name.")
    if phone and not normalize_phone(phone):
        errors["phone"] = _("Give a Moroccan phone number, e.g. 0612345678.")
    if not (email or "").strip() and not (phone or "").strip():
        errors["email"] = _("Give an e-mail address or a phone number.")
    if errors:
        raise ValidationError(errors)


def may_cancel_registration(meeting: Meeting, now: datetime) -> bool:
    """Until the meeting starts (afterwards there is nothing left to free)."""
    return not meeting.is_cancelled and not meeting.has_started(now)


def check_attendance(meeting: Meeting, now: datetime, *, from_sheet: bool = False) -> None:
    """Attendance is recorded for a published meeting once its doors open
    (CHECK_IN_OPENS_BEFORE); sheets typed in later are fine."""
    if not meeting.is_published:
        raise ValidationError(_("Attendance is recorded only for a published meeting."))
    opens = meeting.starts_at - CHECK_IN_OPENS_BEFORE
    if now < opens and not from_sheet:
        raise ValidationError(_("Attendance can be recorded from two hours before the start."))
    if from_sheet and now < meeting.starts_at:
        raise ValidationError(_("A paper attendance sheet is entered after the meeting starts."))


def check_minutes(meeting: Meeting, now: datetime, *, minutes: str, publish: bool) -> None:
    """The minutes (محضر) report what happened: published only once the meeting has
    started, and never empty."""
    if publish and not (minutes or "").strip():
        raise ValidationError({"minutes": _("Write the minutes before publishing them.")})
    if publish and not meeting.has_started(now):
        raise ValidationError(_("Minutes are published once the meeting has taken place."))


def check_recommendation_step(
    recommendation: Recommendation, to_status: str, *, note: str, evidence: str
) -> None:
    """The follow-up steps above (issue 6; seed 001 §12.3)."""
    current = recommendation.status
    if to_status != current and to_status not in ALLOWED_RECOMMENDATION_STEPS.get(current, ()):
        raise ValidationError(
            {
                "status": _("A recommendation cannot go from “%(from)s” to “%(to)s”.")
                % {
                    "from": RStatus(current).label,
                    "to": RStatus(to_status).label if to_status in RStatus.values else to_status,
                }
            }
        )
    if to_status == RStatus.NOT_RETAINED and to_status != current and not (note or "").strip():
        raise ValidationError({"note": _("Say publicly why the recommendation is not retained.")})
    if to_status == RStatus.IMPLEMENTED and not (evidence or "").strip():
        raise ValidationError({"evidence": _("Say what shows that it is implemented.")})


def is_overdue(recommendation: Recommendation, today) -> bool:
    """Past its due date and not closed."""
    return (
        recommendation.due_date is not None
        and recommendation.due_date < today
        and not recommendation.is_closed
    )


def purge_cutoff(now: datetime, retention_days: int) -> datetime:
    """Law 09-08 (see PURGED_NAME): meetings that ended before this moment have their
    registrants' contact details deleted."""
    return now - timedelta(days=retention_days)
