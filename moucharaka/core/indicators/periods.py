"""Reporting periods: quarters and years (what the charter reports on, §13.2) and custom
ranges, in the commune's time (Africa/Casablanca), half-open `[start, end)`."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

QUARTER, YEAR, CUSTOM = "quarter", "year", "custom"


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(), tzinfo=timezone.get_default_timezone())


@dataclass(frozen=True)
class ReportingPeriod:
    kind: str
    first_day: datetime.date
    last_day: datetime.date  # inclusive, as people say it

    @classmethod
    def quarter(cls, year: int, quarter: int) -> ReportingPeriod:
        if quarter not in (1, 2, 3, 4):
            raise ValueError("a quarter is 1 to 4")
        first = datetime.date(year, 3 * quarter - 2, 1)
        following = datetime.date(year + quarter // 4, 3 * quarter % 12 + 1, 1)
        return cls(QUARTER, first, following - datetime.timedelta(days=1))

    @classmethod
    def year(cls, year: int) -> ReportingPeriod:
        return cls(YEAR, datetime.date(year, 1, 1), datetime.date(year, 12, 31))

    @classmethod
    def custom(cls, first_day: datetime.date, last_day: datetime.date) -> ReportingPeriod:
        if last_day < first_day:
            raise ValueError("a period ends after it starts")
        return cls(CUSTOM, first_day, last_day)

    @classmethod
    def containing(cls, day: datetime.date, kind: str = QUARTER) -> ReportingPeriod:
        if kind == YEAR:
            return cls.year(day.year)
        return cls.quarter(day.year, (day.month - 1) // 3 + 1)

    @property
    def number(self) -> int:
        """The quarter's number (1–4)."""
        return (self.first_day.month - 1) // 3 + 1

    @property
    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """The `(start, end)` aware datetimes the selectors take."""
        return _midnight(self.first_day), _midnight(self.last_day + datetime.timedelta(days=1))

    def previous(self) -> ReportingPeriod:
        """The period before: the previous quarter or year, or a custom range of the same
        length just before."""
        if self.kind == QUARTER:
            year, quarter = (
                (self.first_day.year, self.number - 1)
                if self.number > 1
                else (
                    self.first_day.year - 1,
                    4,
                )
            )
            return ReportingPeriod.quarter(year, quarter)
        if self.kind == YEAR:
            return ReportingPeriod.year(self.first_day.year - 1)
        length = self.last_day - self.first_day
        last = self.first_day - datetime.timedelta(days=1)
        return ReportingPeriod.custom(last - length, last)

    def is_over(self, today: datetime.date | None = None) -> bool:
        return self.last_day < (today or timezone.localdate())

    @property
    def slug(self) -> str:
        """What `?period=` carries: 2026-Q3, 2026, or 2026-01-05..2026-02-20."""
        if self.kind == QUARTER:
            return f"{self.first_day.year}-Q{self.number}"
        if self.kind == YEAR:
            return str(self.first_day.year)
        return f"{self.first_day.isoformat()}..{self.last_day.isoformat()}"

    def __str__(self) -> str:
        if self.kind == QUARTER:
            return _("Quarter %(number)s of %(year)s") % {
                "number": self.number,
                "year": self.first_day.year,
            }
        if self.kind == YEAR:
            return _("Year %(year)s") % {"year": self.first_day.year}
        return _("%(first)s to %(last)s") % {
            "first": date_format(self.first_day, "DATE_FORMAT"),
            "last": date_format(self.last_day, "DATE_FORMAT"),
        }


def parse_period(value: str | None, *, today: datetime.date | None = None) -> ReportingPeriod:
    """A period from `?period=`; the last finished quarter when absent. Raises ValueError
    on a value that is not a period."""
    today = today or timezone.localdate()
    if not value:
        return ReportingPeriod.containing(today).previous()
    if ".." in value:
        first, last = value.split("..", 1)
        return ReportingPeriod.custom(
            datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
        )
    if "-Q" in value:
        year, quarter = value.split("-Q", 1)
        return ReportingPeriod.quarter(int(year), int(quarter))
    if value.isdigit() and len(value) == 4:
        return ReportingPeriod.year(int(value))
    raise ValueError(f"not a period: {value!r}")


def recent_periods(*, today: datetime.date | None = None, years: int = 3) -> list[ReportingPeriod]:
    """Choices for a period menu: the current and previous quarters and years."""
    today = today or timezone.localdate()
    quarter = ReportingPeriod.containing(today)
    choices = []
    for _i in range(4 * years):
        choices.append(quarter)
        quarter = quarter.previous()
    return choices + [ReportingPeriod.year(today.year - n) for n in range(years)]
