"""The charter indicators the manifest registers: meetings held (by type), attendees,
registrants, women's and youth shares, districts reached, recommendations implemented."""

from datetime import timedelta

import pytest
from django.utils import timezone

from moucharaka.core.ledger.selectors import Cell, Period
from moucharaka.core.registry.manifests import registry
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.meetings import selectors
from moucharaka.modules.meetings.models import Meeting, Recommendation
from moucharaka.modules.meetings.services import attendance_sheet_enter, registration_create

from .factories import MeetingFactory, RecommendationFactory

NOW = timezone.now()
PERIOD = Period(NOW - timedelta(days=30), NOW + timedelta(days=30))


def indicator(key):
    return registry.get("meetings").indicators[key].compute


def held(commune, **fields):
    start = NOW - timedelta(days=2)
    return MeetingFactory(
        commune=commune, starts_at=start, ends_at=start + timedelta(hours=2), **fields
    )


def sheet(meeting, officer, rows):
    attendance_sheet_enter(commune=meeting.commune, meeting=meeting, actor=officer, rows=rows)


def test_meetings_held_count_published_meetings_that_took_place(commune_a, commune_b):
    held(commune_a, kind=Meeting.Kind.HEARING)
    held(commune_a)
    held(commune_a, status=Meeting.Status.CANCELLED, cancellation_reason="x")
    held(commune_a, status=Meeting.Status.DRAFT)
    MeetingFactory(commune=commune_a)  # in the period, but not held yet
    held(commune_b)
    assert indicator("meetings_held")(commune=commune_a, period=PERIOD) == 2
    assert indicator("meetings_held_hearing")(commune=commune_a, period=PERIOD) == 1
    assert indicator("meetings_held_steering")(commune=commune_a, period=PERIOD) == 0
    assert indicator("meetings_held")(communes=[commune_a, commune_b], period=PERIOD) == 3


def test_attendees_and_registrants_are_unique_people_under_the_5_rule(commune_a, officer):
    meeting = held(commune_a)
    sheet(meeting, officer, [{"gender": "female"}] * 4)
    assert indicator("meetings_attendees")(commune=commune_a, period=PERIOD) == Cell(None)
    sheet(meeting, officer, [{"gender": "male"}] * 3)
    assert indicator("meetings_attendees")(commune=commune_a, period=PERIOD) == Cell(7)
    upcoming = MeetingFactory(commune=commune_a, capacity=None)
    for _ in range(5):
        registration_create(commune=commune_a, meeting=upcoming, user=UserFactory(), notify=False)
    assert indicator("meetings_registrants")(commune=commune_a, period=PERIOD) == Cell(5)


def test_womens_share_needs_both_groups_to_be_publishable(commune_a, officer):
    meeting = held(commune_a)
    sheet(meeting, officer, [{"gender": "female"}] * 6 + [{"gender": "male"}] * 4)
    assert indicator("meetings_women_share")(commune=commune_a, period=PERIOD) is None
    # Three people whose gender is not known: a small cell, which the ledger's secondary
    # suppression protects by withholding the women too (the total would tell it).
    sheet(meeting, officer, [{"gender": "male"}] * 5 + [{"age_band": "18_29"}] * 3)
    assert indicator("meetings_women_share")(commune=commune_a, period=PERIOD) is None
    sheet(meeting, officer, [{"age_band": "18_29"}] * 2)
    share = indicator("meetings_women_share")(commune=commune_a, period=PERIOD)
    assert share == pytest.approx(6 / 15)  # those whose gender is not known are left out


def test_youth_share_counts_attendees_under_30(commune_a, officer):
    meeting = held(commune_a)
    rows = [{"age_band": "u18"}] * 2 + [{"age_band": "18_29"}] * 4 + [{"age_band": "45_59"}] * 5
    sheet(meeting, officer, rows + [{"gender": "female"}])
    assert indicator("meetings_youth_share")(commune=commune_a, period=PERIOD) == pytest.approx(
        6 / 11
    )


def test_districts_reached(commune_a, officer, district_a):
    meeting = held(commune_a)
    assert indicator("meetings_districts_reached")(commune=commune_a, period=PERIOD) == 0
    sheet(meeting, officer, [{"district": district_a}] * 2 + [{"gender": "male"}])
    assert indicator("meetings_districts_reached")(commune=commune_a, period=PERIOD) == 1


def test_share_of_recommendations_implemented(commune_a):
    meeting = held(commune_a)
    assert (
        indicator("meetings_recommendations_implemented")(commune=commune_a, period=PERIOD) is None
    )
    RecommendationFactory(meeting=meeting, status=Recommendation.Status.IMPLEMENTED)
    RecommendationFactory(meeting=meeting, status=Recommendation.Status.PLANNED)
    RecommendationFactory(meeting=meeting)
    RecommendationFactory(meeting=MeetingFactory(commune=commune_a))  # not held yet
    share = indicator("meetings_recommendations_implemented")(commune=commune_a, period=PERIOD)
    assert share == pytest.approx(1 / 3)


def test_every_indicator_says_what_it_measures():
    manifest = registry.get("meetings")
    charter = {key: i.charter for key, i in manifest.indicators.items()}
    assert charter["meetings_held"] == (3,) and charter["meetings_attendees"] == (4,)
    assert charter["meetings_women_share"] == (5,) and charter["meetings_youth_share"] == (5,)
    assert charter["meetings_districts_reached"] == (5,)
    assert charter["meetings_recommendations_implemented"] == (13, 14)
    assert all(i.label and i.unit for i in manifest.indicators.values())
    assert selectors.meetings_held_of_kind("hearing").__name__ == "meetings_held_hearing"
