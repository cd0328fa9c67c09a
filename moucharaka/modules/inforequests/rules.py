"""Legal rules of requests for information, each citing its article of law 31.13 on the
right of access to information (DOMAIN §6; in force since 12 March 2019).

Status as in DOMAIN.md: [V] seen in a published source; [P] partly confirmed; [U] to be
verified against the Bulletin officiel before a release. Every number is a setting with
the legal default (moucharaka/settings.py, "Requests for information"); a commune may
commit to answer sooner (`effective_answer_days`), never later.

Deadlines counted in working days use the commune's working calendar
(`moucharaka.core.workdays`): weekends, national public holidays (fixed and Islamic),
the commune's local closures and its corrections of estimated Islamic holidays. The day
of receipt is not counted (art. 16: the deadline runs from the receipt).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.conf import settings

from moucharaka.core.identity.cnie import CNIE_PATTERN
from moucharaka.core.text import normalize_arabic
from moucharaka.core.workdays.calendar import WorkingCalendar

# --- Deadlines to answer -------------------------------------------------------------


def legal_answer_days() -> int:
    """Art. 16 [V]: the commune answers within 20 working days of the receipt."""
    return settings.INFOREQUESTS_ANSWER_WORKING_DAYS


def effective_answer_days(commune_setting: int | None = None) -> int:
    """Art. 16 [V]: a commune may commit to answer sooner (tighten), never later; a
    longer period set by the commune is ignored."""
    legal = legal_answer_days()
    if commune_setting and 0 < commune_setting < legal:
        return commune_setting
    return legal


def urgent_due_on(calendar: WorkingCalendar, start: datetime.date, days: int) -> datetime.date:
    """Art. 17 [V]: `days` after `start` on the urgent track. The article says "days"
    where art. 16 says "working days": by default they are counted as working days;
    INFOREQUESTS_URGENT_CALENDAR_DAYS counts calendar days instead, a deadline falling
    on a closed day being carried to the next working day [U]."""
    if settings.INFOREQUESTS_URGENT_CALENDAR_DAYS:
        return calendar.add_days(start, days)
    return calendar.add_working_days(start, days)


def first_due_on(
    calendar: WorkingCalendar,
    received_on: datetime.date,
    *,
    urgent: bool,
    answer_days: int | None = None,
) -> datetime.date:
    """Art. 16 [V]: 20 working days from the receipt (the day of receipt not counted,
    so a request received on a weekend or a holiday counts from the next working day).
    Art. 17 [V]: 3 days when the information is needed urgently to protect a person's
    life, safety or freedom."""
    if urgent:
        return urgent_due_on(calendar, received_on, settings.INFOREQUESTS_URGENT_DAYS)
    return calendar.add_working_days(received_on, answer_days or legal_answer_days())


def extended_due_on(
    calendar: WorkingCalendar, first_due: datetime.date, *, urgent: bool
) -> datetime.date:
    """Art. 16 [V]: the deadline may be extended once by a period equal to the legal
    one, 20 working days after the first deadline. Urgent requests: by 3 more days
    (INFOREQUESTS_URGENT_EXTENSION_DAYS) [U]."""
    if urgent:
        return urgent_due_on(calendar, first_due, settings.INFOREQUESTS_URGENT_EXTENSION_DAYS)
    return calendar.add_working_days(first_due, settings.INFOREQUESTS_EXTENSION_WORKING_DAYS)


def extension_refused_because(
    *, pending: bool, extended: bool, first_due: datetime.date, today: datetime.date
) -> str | None:
    """Art. 16 [V]: the extension is possible once, while the request is unanswered,
    and the requester must be told of it and of its reasons before the first deadline
    expires. Returns why the extension is not possible ("answered", "already_extended",
    "too_late"), or None when it is."""
    if not pending:
        return "answered"
    if extended:
        return "already_extended"
    if today > first_due:
        return "too_late"
    return None


def is_overdue(*, due_on: datetime.date, responded: bool, today: datetime.date) -> bool:
    """Arts. 16–17 [V] (and art. 19 for the head's answer): past the deadline without
    a response. The deadline day itself is still in time."""
    return not responded and today > due_on


def answered_in_time(*, due_on: datetime.date, responded_on: datetime.date | None) -> bool:
    """Arts. 16–17 [V]: a response (answer, partial answer or reasoned refusal) on or
    before the deadline in force (extended or not)."""
    return responded_on is not None and responded_on <= due_on


def reminder_due(
    calendar: WorkingCalendar, *, due_on: datetime.date, today: datetime.date, urgent: bool
) -> bool:
    """Arts. 16–17 [V]: staff are reminded before each deadline expires, when
    INFOREQUESTS_REMINDER_WORKING_DAYS working days or fewer are left (urgent requests:
    INFOREQUESTS_URGENT_REMINDER_WORKING_DAYS). The caller sends it once per deadline."""
    lead = (
        settings.INFOREQUESTS_URGENT_REMINDER_WORKING_DAYS
        if urgent
        else settings.INFOREQUESTS_REMINDER_WORKING_DAYS
    )
    return today <= due_on and calendar.working_days_between(today, due_on) <= lead


# --- Refusals ------------------------------------------------------------------------


def refusal_problems(*, grounds: list[str], details: str, published: bool) -> list[str]:
    """Art. 18 [V]: a refusal, total or partial, is written and reasoned: at least one
    legal ground (arts. 7 and 18) and the reasons in words. When the ground is that the
    information is already published, the answer says where (`published`: the register
    entry is given). Returns the codes of what is missing: "grounds", "details",
    "published"."""
    from moucharaka.modules.inforequests.models import RefusalGround

    problems = []
    if not grounds or any(g not in RefusalGround.values for g in grounds):
        problems.append("grounds")
    if not details.strip():
        problems.append("details")
    if RefusalGround.ALREADY_PUBLISHED in grounds and not published:
        problems.append("published")
    return problems


# --- Complaints ----------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """Days on which something may be done, `opens_on` to `closes_on` inclusive."""

    opens_on: datetime.date
    closes_on: datetime.date

    def contains(self, day: datetime.date) -> bool:
        return self.opens_on <= day <= self.closes_on


def complaint_window(
    calendar: WorkingCalendar,
    *,
    due_on: datetime.date,
    responded_on: datetime.date | None,
) -> Window:
    """Art. 19 [V]: the requester may complain to the head of the commune within 20
    working days (INFOREQUESTS_COMPLAINT_WORKING_DAYS) of the expiry of the deadline to
    answer, or of the receipt of the answer (a response, even a late one, opens a new
    window from its date)."""
    days = settings.INFOREQUESTS_COMPLAINT_WORKING_DAYS
    if responded_on is not None:
        return Window(responded_on, calendar.add_working_days(responded_on, days))
    return Window(due_on + datetime.timedelta(days=1), calendar.add_working_days(due_on, days))


def head_due_on(calendar: WorkingCalendar, filed_on: datetime.date) -> datetime.date:
    """Art. 19 [U]: the head of the commune examines the complaint and tells the
    requester of the decision within 15 days of its receipt (INFOREQUESTS_HEAD_ANSWER_DAYS;
    calendar days, a deadline falling on a closed day being carried to the next working
    day)."""
    return calendar.add_days(filed_on, settings.INFOREQUESTS_HEAD_ANSWER_DAYS)


def cdai_window(
    calendar: WorkingCalendar,
    *,
    head_due_on: datetime.date,
    head_answered_on: datetime.date | None,
) -> Window:
    """Art. 20 [U]: then the requester may complain to the commission on the right of
    access to information (CDAI) within 30 days (INFOREQUESTS_CDAI_COMPLAINT_DAYS) of the
    head's answer or of the expiry of the head's deadline; the CDAI decides within 30
    days (INFOREQUESTS_CDAI_DECISION_DAYS). Art. 21: its decision may be appealed before
    the administrative court."""
    days = settings.INFOREQUESTS_CDAI_COMPLAINT_DAYS
    if head_answered_on is not None:
        return Window(head_answered_on, calendar.add_days(head_answered_on, days))
    return Window(head_due_on + datetime.timedelta(days=1), calendar.add_days(head_due_on, days))


# --- Publication ---------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Moroccan phone numbers: 06/07/05 + 8 digits, or +212 / 00212, with or without spaces.
_PHONE = re.compile(r"(?<!\d)(?:\+212|00212|0)\s*[5-7](?:[\s.-]?\d){8}(?!\d)")
# CNIE numbers as people write them: capitals, digits, perhaps a space ("AB 123456").
_CNIE_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}\s?\d{4,6}(?![A-Za-z0-9])")


def personal_data_found(text: str, *, names: list[str]) -> list[str]:
    """Law 31.13 art. 7 [V] and law 09-08: what the commune publishes of an answer holds
    no personal data. Finds what looks like a CNIE number, an e-mail address, a phone
    number or one of `names` (the requester's), and returns the kinds found ("cnie",
    "email", "phone", "name"). A check, not a guarantee: the staff still read the text."""
    found = []
    if any(
        CNIE_PATTERN.match(token.replace(" ", "").upper()) for token in _CNIE_TOKEN.findall(text)
    ):
        found.append("cnie")
    if _EMAIL.search(text):
        found.append("email")
    if _PHONE.search(text):
        found.append("phone")
    folded = normalize_arabic(text)
    if any(name.strip() and normalize_arabic(name) in folded for name in names):
        found.append("name")
    return found
