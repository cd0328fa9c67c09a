"""Rules of the charter's monitoring, each citing its source.

Source: the participation charter (seed 001, Ouezzane's draft, §13 "Monitoring and
evaluation"), which the other demo charters share; a commune's own charter may differ,
hence settings where a number is involved.
"""

from __future__ import annotations

import datetime

from django.conf import settings

from moucharaka.core.indicators.periods import ReportingPeriod, parse_period


def period_to_report(kind: str, today: datetime.date) -> ReportingPeriod:
    """Seed 001 §13.2: quarterly reports on progress and participation, and a
    comprehensive annual report. A report covers a finished period: the last quarter
    (or year) that ended before `today`."""
    if kind == "annual":
        return ReportingPeriod.year(today.year - 1)
    return ReportingPeriod.containing(today).previous()


def report_period_allowed(kind: str, period: ReportingPeriod, today: datetime.date) -> bool:
    """Seed 001 §13.2: a report describes a finished quarter or year, of its own kind."""
    wanted = "year" if kind == "annual" else "quarter"
    return period.kind == wanted and period.is_over(today)


def reports_due_today(today: datetime.date) -> list[str]:
    """Seed 001 §13.2: the quarterly report is prepared after each quarter, the annual
    one after each year. They are generated automatically on the CHARTER_REPORT_DAY-th
    day after the period ends (staff then write their sections and publish)."""
    day = settings.CHARTER_REPORT_DAY
    due = []
    if today.month in (1, 4, 7, 10) and today.day == day:
        due.append("quarterly")
        if today.month == 1:
            due.append("annual")
    return due


def target_due_on(period: str) -> datetime.date:
    """Seed 001 §13.1 (12): "objectives reached against the charter's timeline" — a
    target is due on the last day of the period it names."""
    return parse_period(period).last_day


def target_reached(*, direction: str, target: float, actual) -> bool | None:
    """Seed 001 §13.1 (12): reached when the measured value meets the target (at least,
    or at most for figures such as delays). None when the value cannot be measured
    (a module missing, a withheld count): such a target counts as not reached."""
    if not isinstance(actual, int | float):
        return None
    return actual >= target if direction == "at_least" else actual <= target
