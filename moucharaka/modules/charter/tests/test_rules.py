import datetime

import pytest

from moucharaka.core.indicators.periods import ReportingPeriod
from moucharaka.modules.charter import rules


def test_a_report_covers_the_last_finished_quarter_or_year():
    today = datetime.date(2026, 12, 2)
    assert rules.period_to_report("quarterly", today) == ReportingPeriod.quarter(2026, 3)
    assert rules.period_to_report("annual", today) == ReportingPeriod.year(2025)
    january = datetime.date(2027, 1, 5)
    assert rules.period_to_report("quarterly", january) == ReportingPeriod.quarter(2026, 4)


def test_only_finished_periods_of_the_right_kind_are_reported_on():
    today = datetime.date(2026, 12, 2)
    assert rules.report_period_allowed("quarterly", ReportingPeriod.quarter(2026, 3), today)
    assert not rules.report_period_allowed("quarterly", ReportingPeriod.quarter(2026, 4), today)
    assert not rules.report_period_allowed("quarterly", ReportingPeriod.year(2025), today)
    assert rules.report_period_allowed("annual", ReportingPeriod.year(2025), today)
    assert not rules.report_period_allowed("annual", ReportingPeriod.year(2026), today)


@pytest.mark.parametrize(
    "today, due",
    [
        (datetime.date(2027, 1, 5), ["quarterly", "annual"]),
        (datetime.date(2026, 4, 5), ["quarterly"]),
        (datetime.date(2026, 10, 5), ["quarterly"]),
        (datetime.date(2026, 4, 6), []),
        (datetime.date(2026, 5, 5), []),
    ],
)
def test_reports_are_due_on_the_configured_day_after_each_quarter(today, due, settings):
    settings.CHARTER_REPORT_DAY = 5
    assert rules.reports_due_today(today) == due


def test_a_target_is_due_at_the_end_of_its_period():
    assert rules.target_due_on("2026") == datetime.date(2026, 12, 31)
    assert rules.target_due_on("2026-Q2") == datetime.date(2026, 6, 30)


@pytest.mark.parametrize(
    "direction, target, actual, reached",
    [
        ("at_least", 100, 120, True),
        ("at_least", 100, 100, True),
        ("at_least", 100, 99, False),
        ("at_most", 30, 12.5, True),
        ("at_most", 30, 31, False),
        ("at_least", 100, None, None),
    ],
)
def test_a_target_is_reached_when_the_measure_meets_it(direction, target, actual, reached):
    assert rules.target_reached(direction=direction, target=target, actual=actual) is reached
