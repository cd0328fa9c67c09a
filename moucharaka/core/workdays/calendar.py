"""Moroccan working days, for legal deadlines counted in them (law 31.13, arts. 16 and 19).

Rules, each with its source (status as in DOMAIN.md: [V] seen in a published source,
[P] partly confirmed, [U] to verify against the Bulletin officiel before a release):

- Law 31.13 on the right of access to information counts the answer deadline in
  "working days" (أيام العمل), art. 16 (20 working days, extension by 20) and art. 19
  (20 working days to complain to the head of the body) [V]. DOMAIN §6: working days
  exclude weekends and Moroccan public holidays, fixed and Islamic [V].
- Weekend: the public administrations and the territorial collectivities work Monday
  to Friday (decree 2.05.916 of 13 July 2005 on working hours) [P]. Saturday and Sunday
  are not working days: `settings.WORKDAYS_WEEKEND` (Monday = 0).
- Public holidays: the national paid public holidays, fixed (New Year, 11 January,
  Amazigh New Year since 2024, 1 May, Throne Day 30 July, 14 August, 20 and 21 August,
  6 and 18 November, ...) and Islamic (Eid al-Fitr, Eid al-Adha, Islamic New Year, the
  Prophet's Birthday) [P], as the `holidays` package lists them for Morocco.
- Islamic holidays follow the sighting of the moon: the package only estimates them.
  A commune's administrator records the official date (`CalendarDay`, kind "holiday")
  and cancels the holiday on the estimated day (kind "working": the weekend still
  applies); the commune's own local closures are recorded the same way (kind
  "closure"). The commune's entries win over the national holidays.
- Counting (art. 16: the deadline runs "from the receipt of the request"): the day of
  receipt is not counted; day 1 is the first working day after it. A request received
  on a Saturday, a Sunday or a holiday is therefore counted from the next working day,
  exactly like one received on the Friday before [P].
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import holidays
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

ONE_DAY = datetime.timedelta(days=1)
# A calendar in which no working day comes within ten years is a mistake, not a calendar.
MAX_SEARCH_DAYS = 3660

# The `holidays` package's languages for Morocco, by the platform's language codes.
# Tamazight has no holiday names there: Arabic, the official fallback (DESIGN §8).
HOLIDAY_LANGUAGES = {"ar": "ar", "fr": "fr", "en": "en_US", "zgh": "ar"}


def holiday_language(language: str | None = None) -> str:
    code = (language or translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return HOLIDAY_LANGUAGES.get(code, "ar")


@lru_cache(maxsize=64)
def national_holidays(year: int, language: str) -> dict[datetime.date, tuple[str, bool]]:
    """Morocco's public holidays of one year: {day: (name, estimated)}. `estimated` is
    True for Islamic holidays whose date the package computed, not an announced one.
    The language is always passed: the package answers in English otherwise."""
    named = holidays.Morocco(years=year, language=language, islamic_show_estimated=False)
    labelled = holidays.Morocco(years=year, language=language)
    return {day: (name, labelled.get(day) != name) for day, name in sorted(named.items())}


@dataclass(frozen=True)
class NonWorkingDay:
    """Why a day is not a working day. `kind`: "weekend", "holiday" (national, fixed
    or announced), "estimated" (national Islamic holiday, estimated date), "corrected"
    (a holiday's date recorded by the commune) or "closure" (local closure)."""

    day: datetime.date
    kind: str
    reason: str


@dataclass(frozen=True)
class _Entry:
    day: datetime.date
    closed: bool
    kind: str
    reason: str


class WorkingCalendar:
    """The working days of one commune (or the national calendar, with no entries).

    Build it once per page or job (`calendar_for(commune)`: one query) and ask it as
    many questions as needed; every answer is computed in memory."""

    def __init__(self, entries: Iterable = (), *, weekend=None, language: str | None = None):
        self._entries = {
            entry.day: _Entry(entry.day, entry.is_closed, entry.kind, entry.reason)
            for entry in entries
        }
        self.weekend = frozenset(settings.WORKDAYS_WEEKEND if weekend is None else weekend)
        self.language = holiday_language(language)

    # --- One day -----------------------------------------------------------------

    def holiday(self, day: datetime.date) -> tuple[str, bool] | None:
        """The national holiday on `day` as (name, estimated), ignoring the commune."""
        return national_holidays(day.year, self.language).get(day)

    def closed_because(self, day: datetime.date) -> NonWorkingDay | None:
        """None on a working day; otherwise why the offices are closed."""
        entry = self._entries.get(day)
        if entry is not None and entry.closed:
            kind = "closure" if entry.kind == "closure" else "corrected"
            return NonWorkingDay(day, kind, entry.reason)
        # A "working" entry cancels the national holiday of that day (an estimated date
        # that was not observed); the weekend still applies.
        holiday = None if entry is not None else self.holiday(day)
        if holiday is not None:
            name, estimated = holiday
            return NonWorkingDay(day, "estimated" if estimated else "holiday", name)
        if day.weekday() in self.weekend:
            return NonWorkingDay(day, "weekend", _("weekend"))
        return None

    def is_working_day(self, day: datetime.date) -> bool:
        return self.closed_because(day) is None

    # --- Counting ----------------------------------------------------------------

    def next_working_day(self, day: datetime.date) -> datetime.date:
        """`day` itself if it is a working day, else the first working day after it."""
        for _step in range(MAX_SEARCH_DAYS):
            if self.is_working_day(day):
                return day
            day += ONE_DAY
        raise ValueError("no working day within ten years: check the commune's calendar")

    def add_working_days(self, start: datetime.date, n: int) -> datetime.date:
        """The n-th working day after `start`, which is not counted (law 31.13 art. 16:
        the deadline runs from the receipt). `n = 0` gives `start` back."""
        if n < 0:
            raise ValueError("n must be zero or more")
        day = start
        for _counted in range(n):
            day = self.next_working_day(day + ONE_DAY)
        return day

    def working_days_between(self, start: datetime.date, end: datetime.date) -> int:
        """Working days after `start` up to and including `end`, so that
        `working_days_between(s, add_working_days(s, n)) == n`. Negative when `end` is
        before `start` (e.g. the working days by which a deadline was missed)."""
        if end < start:
            return -self.working_days_between(end, start)
        count, day = 0, start + ONE_DAY
        while day <= end:
            count += self.is_working_day(day)
            day += ONE_DAY
        return count

    def add_days(self, start: datetime.date, n: int) -> datetime.date:
        """`n` calendar days after `start`; a deadline that falls on a day the offices
        are closed is carried to the next working day."""
        return self.next_working_day(start + datetime.timedelta(days=n))

    def non_working_days(self, start: datetime.date, end: datetime.date) -> list[NonWorkingDay]:
        """Every closed day from `start` to `end` inclusive, in order."""
        days, day = [], start
        while day <= end:
            reason = self.closed_because(day)
            if reason is not None:
                days.append(reason)
            day += ONE_DAY
        return days


def calendar_for(commune, *, language: str | None = None) -> WorkingCalendar:
    """The commune's working calendar (one query); the national one for None."""
    if commune is None:
        return WorkingCalendar(language=language)
    from moucharaka.core.workdays.models import CalendarDay

    entries = CalendarDay.objects.for_commune(commune).only("day", "kind", "reason")
    return WorkingCalendar(list(entries), language=language)


def is_working_day(commune, day: datetime.date) -> bool:
    return calendar_for(commune).is_working_day(day)


def next_working_day(commune, day: datetime.date) -> datetime.date:
    return calendar_for(commune).next_working_day(day)


def add_working_days(commune, start: datetime.date, n: int) -> datetime.date:
    """The n-th working day after `start` in the commune (start not counted)."""
    return calendar_for(commune).add_working_days(start, n)


def working_days_between(commune, start: datetime.date, end: datetime.date) -> int:
    """Working days in the commune after `start` up to and including `end`."""
    return calendar_for(commune).working_days_between(start, end)
