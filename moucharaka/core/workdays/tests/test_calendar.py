"""Moroccan working days over the real calendar (holidays package 0.109 for Morocco).

Counting rule (law 31.13, art. 16): the day of receipt is not counted; day 1 is the first
working day after it. Every expected date below was counted by hand on the calendar."""

import datetime

import pytest
from django.utils import translation

from moucharaka.core.workdays.calendar import (
    WorkingCalendar,
    add_working_days,
    calendar_for,
    is_working_day,
    national_holidays,
    next_working_day,
    working_days_between,
)
from moucharaka.core.workdays.models import CalendarDay

D = datetime.date


def entry(day, kind, reason="test"):
    return CalendarDay(day=day, kind=kind, reason=reason)


@pytest.fixture
def national():
    return WorkingCalendar(language="fr")


def test_it_lists_fixed_and_islamic_holidays_in_the_language_asked():
    arabic = national_holidays(2025, "ar")
    assert arabic[D(2025, 7, 30)] == ("عيد العرش", False)
    assert arabic[D(2025, 3, 31)] == ("عيد الفطر", True)  # estimated: moon sighting
    french = national_holidays(2025, "fr")
    assert french[D(2025, 8, 14)][0] == "Allégeance Oued Eddahab"
    assert french[D(2025, 1, 14)] == ("Nouvel an Amazigh", False)


def test_it_names_holidays_in_the_active_language():
    with translation.override("fr"):
        assert WorkingCalendar().closed_because(D(2025, 7, 30)).reason == "Fête du Trône"
    with translation.override("zgh"):  # no Tamazight names: Arabic, the official fallback
        assert WorkingCalendar().closed_because(D(2025, 7, 30)).reason == "عيد العرش"


def test_it_closes_weekends_and_public_holidays(national):
    assert national.is_working_day(D(2025, 7, 29))  # Tuesday
    assert not national.is_working_day(D(2025, 7, 30))  # Throne Day, a Wednesday
    assert not national.is_working_day(D(2025, 8, 2))  # Saturday
    assert not national.is_working_day(D(2025, 8, 3))  # Sunday
    assert national.closed_because(D(2025, 8, 3)).kind == "weekend"
    assert national.closed_because(D(2025, 8, 20)).kind == "holiday"
    assert national.closed_because(D(2025, 3, 31)).kind == "estimated"


def test_it_counts_twenty_working_days_across_throne_day_and_the_august_holidays(national):
    """Received Wednesday 23 July 2025: Throne Day (Wed 30 July), the Allegiance of Oued
    Eddahab (Thu 14 August), the Revolution of the King and the People (Wed 20 August) and
    Youth Day (Thu 21 August) are skipped with the weekends: the 20th working day is
    Tuesday 26 August, not Wednesday 20 August as in plain weekdays."""
    received = D(2025, 7, 23)
    due = national.add_working_days(received, 20)
    assert due == D(2025, 8, 26)
    assert national.working_days_between(received, due) == 20
    skipped = [d.day for d in national.non_working_days(received, due) if d.kind == "holiday"]
    assert skipped == [D(2025, 7, 30), D(2025, 8, 14), D(2025, 8, 20), D(2025, 8, 21)]


def test_it_counts_across_eid_al_fitr(national):
    """Received Friday 5 April 2024: Eid al-Fitr 1445 fell on Wednesday 10 and Thursday
    11 April 2024 (as the package estimates, and as Morocco observed it). Day 1 is Monday
    8 April; with 1 May (Labour Day) skipped too, the 20th working day is Wednesday 8 May
    instead of Friday 3 May on weekdays alone."""
    due = national.add_working_days(D(2024, 4, 5), 20)
    assert due == D(2024, 5, 8)
    assert not national.is_working_day(D(2024, 4, 10))
    assert not national.is_working_day(D(2024, 4, 11))
    assert not national.is_working_day(D(2024, 5, 1))


def test_it_follows_the_communes_correction_of_an_estimated_eid():
    """The package estimates Eid al-Fitr 1446 on Sunday 30 and Monday 31 March 2025;
    Morocco observed it on Monday 31 March, so its second day off was Tuesday 1 April.
    The commune records 1 April as a holiday and cancels 30 March (a Sunday, which stays
    a weekend day): a request received on Tuesday 18 March is then due a day later."""
    received = D(2025, 3, 18)
    estimated = WorkingCalendar(language="ar")
    assert estimated.add_working_days(received, 20) == D(2025, 4, 16)
    corrected = WorkingCalendar(
        [
            entry(D(2025, 3, 30), CalendarDay.Kind.WORKING, "not observed"),
            entry(D(2025, 4, 1), CalendarDay.Kind.HOLIDAY, "عيد الفطر"),
        ],
        language="ar",
    )
    assert not corrected.is_working_day(D(2025, 3, 30))  # a Sunday all the same
    assert not corrected.is_working_day(D(2025, 4, 1))
    assert corrected.closed_because(D(2025, 4, 1)).kind == "corrected"
    assert corrected.add_working_days(received, 20) == D(2025, 4, 17)


def test_a_working_entry_reopens_an_estimated_weekday_holiday():
    """Mawlid 1447 is estimated on Thursday 4 and Friday 5 September 2025; a commune
    that records the 4th as a working day counts it."""
    calendar = WorkingCalendar([entry(D(2025, 9, 4), CalendarDay.Kind.WORKING)], language="fr")
    assert calendar.is_working_day(D(2025, 9, 4))
    assert not calendar.is_working_day(D(2025, 9, 5))


def test_a_request_received_on_a_weekend_counts_from_monday(national):
    """Received Saturday 1 February 2025: day 1 is Monday 3 February and the 20th
    working day is Friday 28 February — the same as for a request received on Friday 31
    January, while one received on Monday 3 February is due on Monday 3 March."""
    assert national.add_working_days(D(2025, 2, 1), 20) == D(2025, 2, 28)
    assert national.add_working_days(D(2025, 2, 2), 20) == D(2025, 2, 28)
    assert national.add_working_days(D(2025, 1, 31), 20) == D(2025, 2, 28)
    assert national.add_working_days(D(2025, 2, 3), 20) == D(2025, 3, 3)
    assert national.add_working_days(D(2025, 2, 1), 1) == D(2025, 2, 3)


def test_a_local_closure_moves_the_deadline():
    received = D(2025, 2, 1)
    closed = WorkingCalendar([entry(D(2025, 2, 12), CalendarDay.Kind.LOCAL_CLOSURE, "moussem")])
    assert closed.add_working_days(received, 20) == D(2025, 3, 3)
    assert closed.closed_because(D(2025, 2, 12)).reason == "moussem"


def test_it_counts_working_days_between_two_dates_both_ways(national):
    assert national.working_days_between(D(2025, 8, 26), D(2025, 8, 26)) == 0
    assert national.working_days_between(D(2025, 8, 22), D(2025, 8, 25)) == 1  # Fri → Mon
    assert national.working_days_between(D(2025, 8, 26), D(2025, 8, 19)) == -3
    assert national.add_working_days(D(2025, 8, 26), 0) == D(2025, 8, 26)


def test_it_adds_calendar_days_carried_to_the_next_working_day(national):
    # 15 days after Friday 17 October 2025 is Saturday 1 November: carried to Monday 3.
    assert national.add_days(D(2025, 10, 17), 15) == D(2025, 11, 3)
    assert national.add_days(D(2025, 10, 16), 15) == D(2025, 10, 31)
    assert national.next_working_day(D(2025, 8, 20)) == D(2025, 8, 22)


def test_it_refuses_a_calendar_without_working_days():
    with pytest.raises(ValueError):
        WorkingCalendar(weekend=range(7)).next_working_day(D(2025, 1, 6))
    with pytest.raises(ValueError):
        WorkingCalendar().add_working_days(D(2025, 1, 6), -1)


def test_the_commune_functions_read_the_communes_calendar(commune_a, commune_b):
    CalendarDay.unscoped.create(
        commune=commune_a, day=D(2025, 2, 12), kind=CalendarDay.Kind.LOCAL_CLOSURE, reason="x"
    )
    assert add_working_days(commune_a, D(2025, 2, 1), 20) == D(2025, 3, 3)
    assert add_working_days(commune_b, D(2025, 2, 1), 20) == D(2025, 2, 28)
    assert add_working_days(None, D(2025, 2, 1), 20) == D(2025, 2, 28)
    assert not is_working_day(commune_a, D(2025, 2, 12))
    assert is_working_day(commune_b, D(2025, 2, 12))
    assert next_working_day(commune_a, D(2025, 2, 12)) == D(2025, 2, 13)
    assert working_days_between(commune_a, D(2025, 2, 1), D(2025, 3, 3)) == 20


def test_a_calendar_reads_the_commune_once(commune_a, django_assert_num_queries):
    with django_assert_num_queries(1):
        calendar = calendar_for(commune_a)
    with django_assert_num_queries(0):
        calendar.add_working_days(D(2025, 7, 23), 60)
