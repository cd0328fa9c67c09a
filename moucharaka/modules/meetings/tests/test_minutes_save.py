"""minutes_save: written, published once the meeting took place, registrants told once."""

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.notifications.models import Notification
from moucharaka.modules.meetings.models import Meeting
from moucharaka.modules.meetings.services import minutes_save, registration_create

from .factories import MeetingFactory


def test_it_publishes_the_minutes_and_tells_the_registrants_once(
    commune_a, officer, citizen, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(commune=commune_a)
    registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    Meeting.objects.for_commune(commune_a).filter(pk=meeting.pk).update(
        starts_at=meeting.starts_at.replace(year=meeting.starts_at.year - 1),
        ends_at=meeting.ends_at.replace(year=meeting.ends_at.year - 1),
    )
    meeting.refresh_from_db()
    minutes_save(commune=commune_a, meeting=meeting, actor=officer, minutes="مسودة", publish=False)
    meeting.refresh_from_db()
    assert meeting.minutes == "مسودة" and not meeting.minutes_published

    with django_capture_on_commit_callbacks(execute=True):
        saved = minutes_save(
            commune=commune_a, meeting=meeting, actor=officer, minutes=" المحضر ", publish=True
        )
    first = saved.minutes_published_at
    assert saved.minutes == "المحضر" and first is not None
    assert Notification.objects.get(event="meetings.minutes").recipient == citizen

    again = minutes_save(
        commune=commune_a, meeting=saved, actor=officer, minutes="المحضر المصحح", publish=True
    )
    assert again.minutes_published_at == first
    assert Notification.objects.filter(event="meetings.minutes").count() == 1
    hidden = minutes_save(
        commune=commune_a, meeting=again, actor=officer, minutes="x", publish=False
    )
    assert hidden.minutes_published_at is None


def test_it_refuses_empty_or_early_minutes(commune_a, officer, meeting, past_meeting):
    with pytest.raises(ValidationError):
        minutes_save(
            commune=commune_a, meeting=past_meeting, actor=officer, minutes=" ", publish=True
        )
    with pytest.raises(ValidationError):
        minutes_save(commune=commune_a, meeting=meeting, actor=officer, minutes="x", publish=True)
