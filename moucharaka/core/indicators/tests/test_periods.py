import datetime

import pytest

from moucharaka.core.indicators.periods import ReportingPeriod, parse_period, recent_periods


def test_quarters_years_and_custom_ranges_have_casablanca_bounds():
    q4 = ReportingPeriod.quarter(2026, 4)
    assert (q4.first_day, q4.last_day) == (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31))
    start, end = q4.bounds
    assert start.isoformat() == "2026-10-01T00:00:00+01:00"
    assert end.isoformat() == "2027-01-01T00:00:00+01:00"
    assert ReportingPeriod.year(2025).bounds[1].date() == datetime.date(2026, 1, 1)


def test_previous_periods():
    assert ReportingPeriod.quarter(2026, 1).previous() == ReportingPeriod.quarter(2025, 4)
    assert ReportingPeriod.year(2026).previous() == ReportingPeriod.year(2025)
    custom = ReportingPeriod.custom(datetime.date(2026, 3, 1), datetime.date(2026, 3, 10))
    before = custom.previous()
    assert (before.first_day, before.last_day) == (
        datetime.date(2026, 2, 19),
        datetime.date(2026, 2, 28),
    )


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-Q3", ReportingPeriod.quarter(2026, 3)),
        ("2025", ReportingPeriod.year(2025)),
        (
            "2026-01-05..2026-02-20",
            ReportingPeriod.custom(datetime.date(2026, 1, 5), datetime.date(2026, 2, 20)),
        ),
    ],
)
def test_it_parses_what_the_slug_writes(value, expected):
    assert parse_period(value) == expected
    assert expected.slug == value


def test_the_default_is_the_last_finished_quarter():
    assert parse_period(None, today=datetime.date(2026, 12, 2)) == ReportingPeriod.quarter(2026, 3)
    assert parse_period("", today=datetime.date(2026, 2, 1)) == ReportingPeriod.quarter(2025, 4)


@pytest.mark.parametrize("value", ["2026-Q5", "20", "2026-03-01..2026-02-01", "x..y", "Q1"])
def test_it_refuses_what_is_not_a_period(value):
    with pytest.raises(ValueError):
        parse_period(value)


def test_recent_periods_offer_quarters_then_years():
    choices = recent_periods(today=datetime.date(2026, 12, 2), years=2)
    assert choices[0] == ReportingPeriod.quarter(2026, 4)
    assert choices[-2:] == [ReportingPeriod.year(2026), ReportingPeriod.year(2025)]
