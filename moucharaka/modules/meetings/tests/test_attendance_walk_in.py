"""attendance_walk_in: someone who came without registering, details all optional."""

from datetime import timedelta

import pytest
from django.utils import timezone

from moucharaka.core.ledger.models import Channel, Participation
from moucharaka.modules.meetings.services import ATTENDED, attendance_walk_in

from .factories import MeetingFactory


@pytest.fixture
def under_way(commune_a):
    start = timezone.now() - timedelta(minutes=30)
    return MeetingFactory(commune=commune_a, starts_at=start, ends_at=start + timedelta(hours=2))


def test_it_records_a_walk_in_with_the_details_given(commune_a, under_way, officer, district_a):
    attendee = attendance_walk_in(
        commune=commune_a,
        meeting=under_way,
        actor=officer,
        name="  Fatima ",
        demographics={
            "gender": "female",
            "age_band": "",
            "district": district_a,
            "disability": True,
        },
    )
    assert (attendee.name, attendee.source, attendee.recorded_by) == ("Fatima", "walk_in", officer)
    row = Participation.objects.for_commune(commune_a).get(kind=ATTENDED)
    assert row.person is None and row.person_key == "" and row.channel == Channel.IN_PERSON
    assert (row.gender, row.age_band, row.district, row.disability) == (
        "female",
        "",
        district_a,
        True,
    )


def test_nothing_is_required(commune_a, under_way, officer):
    attendee = attendance_walk_in(commune=commune_a, meeting=under_way, actor=officer)
    assert attendee.name == "" and attendee.gender == "" and attendee.disability is None


def test_it_refuses_another_communes_district_and_meeting(
    commune_a, under_way, officer, district_b, meeting_b
):
    with pytest.raises(ValueError):
        attendance_walk_in(
            commune=commune_a,
            meeting=under_way,
            actor=officer,
            demographics={"district": district_b},
        )
    with pytest.raises(ValueError):
        attendance_walk_in(commune=commune_a, meeting=meeting_b, actor=officer)
    assert not Participation.objects.for_commune(commune_a).exists()
