"""attendance_check_in: a registrant ticked present once, with their ledger row."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.ledger.models import Channel, Participation
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.meetings.models import Attendee, Meeting
from moucharaka.modules.meetings.services import (
    ATTENDED,
    attendance_check_in,
    registration_cancel,
    registration_create,
)

from .factories import MeetingFactory


@pytest.fixture
def today(commune_a):
    """A meeting starting in an hour (check-in is open)."""
    start = timezone.now() + timedelta(hours=1)
    return MeetingFactory(commune=commune_a, starts_at=start, ends_at=start + timedelta(hours=2))


def test_an_account_holder_is_checked_in_with_their_consented_profile(
    commune_a, today, officer, district_a
):
    citizen = UserFactory(
        gender="female",
        birth_year=timezone.now().year - 25,
        district=district_a,
        stats_consent=True,
    )
    registration = registration_create(commune=commune_a, meeting=today, user=citizen, notify=False)
    attendee = attendance_check_in(commune=commune_a, registration=registration, actor=officer)
    assert (attendee.source, attendee.channel, attendee.user) == (
        "registration",
        "in_person",
        citizen,
    )
    assert (attendee.gender, attendee.age_band, attendee.district) == (
        "female",
        "18_29",
        district_a,
    )
    row = Participation.objects.for_commune(commune_a).get(kind=ATTENDED)
    assert (row.person, row.channel, row.object_id) == (citizen, Channel.IN_PERSON, str(today.pk))
    entry = AuditEntry.objects.for_commune(commune_a).get(action="meeting.check_in")
    assert entry.actor == officer and entry.data == {"registration": registration.pk}


def test_someone_without_an_account_keeps_their_key_and_consented_details(
    commune_a, today, officer
):
    registration = registration_create(
        commune=commune_a,
        meeting=today,
        name="Amina",
        phone="0612345678",
        notify=False,
        demographics={"gender": "female", "age_band": "30_44"},
    )
    attendance_check_in(commune=commune_a, registration=registration, actor=officer)
    row = Participation.objects.for_commune(commune_a).get(kind=ATTENDED)
    assert row.person is None and row.person_key == registration.contact_key
    assert (row.gender, row.age_band) == ("female", "30_44")


def test_online_meetings_count_online_and_hybrid_ones_as_chosen(commune_a, officer):
    start = timezone.now() + timedelta(minutes=30)
    hybrid = MeetingFactory(
        commune=commune_a,
        mode="hybrid",
        online_url="https://m.example/a",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )
    registration = registration_create(
        commune=commune_a,
        meeting=hybrid,
        name="Karim",
        email="k@example.ma",
        attendance="online",
        notify=False,
    )
    attendee = attendance_check_in(commune=commune_a, registration=registration, actor=officer)
    assert attendee.channel == Channel.ONLINE


def test_once_per_registration_and_not_for_a_cancelled_one(commune_a, today, officer, citizen):
    registration = registration_create(commune=commune_a, meeting=today, user=citizen, notify=False)
    attendance_check_in(commune=commune_a, registration=registration, actor=officer)
    with pytest.raises(ValidationError):
        attendance_check_in(commune=commune_a, registration=registration, actor=officer)
    other = registration_create(
        commune=commune_a, meeting=today, name="X", email="x@example.ma", notify=False
    )
    registration_cancel(commune=commune_a, registration=other)
    with pytest.raises(ValidationError):
        attendance_check_in(commune=commune_a, registration=other, actor=officer)
    assert Attendee.objects.for_commune(commune_a).count() == 1
    assert Participation.objects.for_commune(commune_a).filter(kind=ATTENDED).count() == 1


def test_check_in_waits_for_the_doors_to_open(commune_a, meeting, officer, citizen):
    registration = registration_create(
        commune=commune_a, meeting=meeting, user=citizen, notify=False
    )
    with pytest.raises(ValidationError):
        attendance_check_in(commune=commune_a, registration=registration, actor=officer)
    Meeting.objects.for_commune(commune_a).filter(pk=meeting.pk).update(
        status="cancelled", cancellation_reason="x"
    )
    assert not Attendee.objects.for_commune(commune_a).exists()
