"""registration_cancel: the place goes to the first person waiting, who is told."""

from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from moucharaka.modules.meetings.models import Meeting, Registration
from moucharaka.modules.meetings.services import registration_cancel, registration_create


def register(commune, meeting, n):
    return registration_create(
        commune=commune, meeting=meeting, name=f"P{n}", email=f"p{n}@example.ma", notify=False
    )


def test_cancelling_promotes_the_first_person_waiting(
    commune_a, meeting, django_capture_on_commit_callbacks
):
    people = [register(commune_a, meeting, n) for n in range(5)]
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = registration_cancel(commune=commune_a, registration=people[1])
    assert cancelled.status == Registration.Status.CANCELLED and cancelled.cancelled_at
    statuses = dict(Registration.objects.for_commune(commune_a).values_list("name", "status"))
    assert statuses == {
        "P0": "confirmed",
        "P1": "cancelled",
        "P2": "confirmed",
        "P3": "confirmed",
        "P4": "waiting",
    }
    [message] = mail.outbox
    assert message.to == ["p3@example.ma"]
    [event] = icalendar.Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")
    assert event["UID"] == f"{meeting.uid}@moucharaka"


def test_cancelling_a_waiting_place_promotes_nobody(commune_a, meeting):
    people = [register(commune_a, meeting, n) for n in range(5)]
    registration_cancel(commune=commune_a, registration=people[3])
    assert Registration.objects.for_commune(commune_a).filter(status="confirmed").count() == 3
    assert mail.outbox == []


def test_cancelling_twice_changes_nothing(commune_a, meeting):
    registration = register(commune_a, meeting, 0)
    registration_cancel(commune=commune_a, registration=registration)
    again = registration_cancel(commune=commune_a, registration=registration)
    assert again.status == Registration.Status.CANCELLED


def test_nothing_changes_once_the_meeting_started(commune_a, meeting):
    registration = register(commune_a, meeting, 0)
    started = timezone.now() - timedelta(minutes=5)
    Meeting.objects.for_commune(commune_a).filter(pk=meeting.pk).update(starts_at=started)
    with pytest.raises(ValidationError) as error:
        registration_cancel(commune=commune_a, registration=registration)
    assert error.value.code == "started"


def test_it_refuses_another_communes_registration(commune_b, commune_a, meeting):
    registration = register(commune_a, meeting, 0)
    with pytest.raises(ValueError):
        registration_cancel(commune=commune_b, registration=registration)
