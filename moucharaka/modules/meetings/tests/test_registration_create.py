"""registration_create: with or without an account, the waiting list when full, once per
person, the ledger row, and the confirmation e-mail with its calendar invitation."""

from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from moucharaka.core.ledger.models import Channel, Participation
from moucharaka.core.notifications.models import Notification
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.meetings.models import Meeting, Registration
from moucharaka.modules.meetings.services import (
    REGISTERED,
    AlreadyRegistered,
    contact_key,
    registration_cancel,
    registration_create,
)

from .factories import AgendaItemFactory, MeetingFactory


def anonymous(commune, meeting, n=0, **kwargs):
    kwargs.setdefault("name", f"Personne {n}")
    kwargs.setdefault("email", f"p{n}@example.ma")
    return registration_create(commune=commune, meeting=meeting, **kwargs)


def test_a_signed_in_citizen_is_confirmed_and_gets_the_invitation(
    commune_a, meeting, citizen, django_capture_on_commit_callbacks
):
    AgendaItemFactory(meeting=meeting, title="الافتتاح")
    with django_capture_on_commit_callbacks(execute=True):
        registration = registration_create(
            commune=commune_a, meeting=meeting, user=citizen, language="ar"
        )
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.name == "" and registration.contact_key == ""
    assert Notification.objects.get(event="meetings.registered").recipient == citizen
    [message] = mail.outbox
    assert message.to == [citizen.email]
    assert meeting.title in message.subject
    filename, content, mimetype = message.attachments[0]
    assert filename == "invitation.ics" and "method=REQUEST" in mimetype
    calendar = icalendar.Calendar.from_ical(content)
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == meeting.title
    assert "الافتتاح" in str(event["DESCRIPTION"])
    assert str(event["ATTENDEE"]) == f"mailto:{citizen.email}"

    row = Participation.objects.for_commune(commune_a).get(kind=REGISTERED)
    assert (row.person, row.person_key, row.channel) == (citizen, "", Channel.ONLINE)
    assert (row.object_type, row.object_id) == ("meetings.meeting", str(meeting.pk))


def test_someone_without_an_account_gets_the_link_to_cancel(
    commune_a, meeting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registration = anonymous(
            commune_a, meeting, email="Amina@Example.ma", phone="0612345678", language="fr"
        )
    assert registration.email == "amina@example.ma" and registration.phone == "0612345678"
    assert registration.contact_key == contact_key(email="amina@example.ma")
    [message] = mail.outbox
    assert message.to == ["amina@example.ma"]
    assert message.subject.startswith("Inscription confirmée")
    assert f"/fr/commune-a/meetings/registrations/{registration.pk}/" in message.body
    row = Participation.objects.for_commune(commune_a).get(kind=REGISTERED)
    assert row.person is None and row.person_key == registration.contact_key


def test_a_phone_is_enough_and_nothing_is_mailed(commune_a, meeting):
    registration = anonymous(commune_a, meeting, email="", phone="+212 6 12 34 56 78")
    assert registration.phone == "0612345678" and mail.outbox == []


def test_details_for_statistics_are_kept_only_when_given_with_consent(
    commune_a, meeting, district_a
):
    given = {"gender": "female", "age_band": "18_29", "district": district_a, "disability": False}
    registration = anonymous(commune_a, meeting, demographics=given, notify=False)
    assert (registration.gender, registration.age_band, registration.district) == (
        "female",
        "18_29",
        district_a,
    )
    row = Participation.objects.for_commune(commune_a).get(kind=REGISTERED)
    assert (row.gender, row.age_band, row.district, row.disability) == (
        "female",
        "18_29",
        district_a,
        False,
    )


def test_an_account_holders_details_come_from_their_profile_only(commune_a, meeting, district_a):
    citizen = UserFactory(gender="male", stats_consent=True)
    registration_create(
        commune=commune_a,
        meeting=meeting,
        user=citizen,
        notify=False,
        demographics={"gender": "female"},
    )
    row = Participation.objects.for_commune(commune_a).get(kind=REGISTERED)
    assert row.gender == "male"


def test_a_full_meeting_puts_people_on_the_waiting_list(
    commune_a, meeting, django_capture_on_commit_callbacks
):
    for n in range(3):
        anonymous(commune_a, meeting, n, notify=False)
    with django_capture_on_commit_callbacks(execute=True):
        waiting = anonymous(commune_a, meeting, 9)
    assert waiting.status == Registration.Status.WAITING
    [message] = mail.outbox
    assert "waiting list" in message.subject.lower() or "الانتظار" in message.subject
    # The ledger counts registering, waiting list included.
    assert Participation.objects.for_commune(commune_a).filter(kind=REGISTERED).count() == 4


def test_once_per_person_and_again_after_cancelling(commune_a, meeting, citizen):
    first = registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    with pytest.raises(AlreadyRegistered):
        registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    anonymous(commune_a, meeting, 1, notify=False)
    with pytest.raises(AlreadyRegistered):
        anonymous(commune_a, meeting, 1, email="P1@EXAMPLE.MA", notify=False)
    registration_cancel(commune=commune_a, registration=first)
    again = registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    assert again.pk == first.pk and again.status == Registration.Status.CONFIRMED
    assert again.queued_at > first.queued_at


def test_it_refuses_closed_meetings_and_incomplete_contacts(commune_a, meeting, past_meeting):
    with pytest.raises(ValidationError) as error:
        anonymous(commune_a, past_meeting)
    assert error.value.code == "closed"
    open_to_all = MeetingFactory(commune=commune_a, registration_enabled=False)
    with pytest.raises(ValidationError) as error:
        anonymous(commune_a, open_to_all)
    assert error.value.code == "closed"
    draft = MeetingFactory(commune=commune_a, status=Meeting.Status.DRAFT)
    with pytest.raises(ValidationError):
        anonymous(commune_a, draft)
    with pytest.raises(ValidationError) as error:
        anonymous(commune_a, meeting, email="", phone="")
    assert "email" in error.value.message_dict
    assert not Registration.objects.for_commune(commune_a).exists()


def test_the_attendance_choice_follows_the_meeting(commune_a):
    online = MeetingFactory(commune=commune_a, mode="online", online_url="https://m.example/x")
    hybrid = MeetingFactory(commune=commune_a, mode="hybrid", online_url="https://m.example/y")
    assert anonymous(commune_a, online, attendance="in_person", notify=False).attendance == "online"
    assert anonymous(commune_a, hybrid, attendance="online", notify=False).attendance == "online"


def test_registration_closes_when_the_commune_said(commune_a):
    closing = MeetingFactory(
        commune=commune_a, registration_closes_at=timezone.now() - timedelta(minutes=1)
    )
    with pytest.raises(ValidationError) as error:
        anonymous(commune_a, closing)
    assert error.value.code == "closed"


def test_it_refuses_another_communes_meeting(commune_a, meeting_b):
    with pytest.raises(ValueError):
        anonymous(commune_a, meeting_b)
