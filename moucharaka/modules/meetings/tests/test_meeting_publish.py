"""meeting_publish: a draft becomes public once it says where; audited; idempotent."""

import pytest
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.meetings.models import Meeting
from moucharaka.modules.meetings.services import meeting_publish

from .factories import MeetingFactory


def test_it_publishes_a_draft(commune_a, officer):
    draft = MeetingFactory(commune=commune_a, status=Meeting.Status.DRAFT, published_at=None)
    published = meeting_publish(commune=commune_a, meeting=draft, actor=officer)
    assert published.status == Meeting.Status.PUBLISHED and published.published_at
    assert AuditEntry.objects.for_commune(commune_a).filter(action="meeting.publish").count() == 1
    meeting_publish(commune=commune_a, meeting=published, actor=officer)  # nothing more
    assert AuditEntry.objects.for_commune(commune_a).filter(action="meeting.publish").count() == 1


def test_it_refuses_a_meeting_that_does_not_say_where(commune_a, officer):
    online = MeetingFactory(
        commune=commune_a, status=Meeting.Status.DRAFT, mode=Meeting.Mode.ONLINE, online_url=""
    )
    with pytest.raises(ValidationError) as error:
        meeting_publish(commune=commune_a, meeting=online, actor=officer)
    assert "online_url" in error.value.message_dict
    online.refresh_from_db()
    assert online.status == Meeting.Status.DRAFT


def test_it_does_not_publish_a_cancelled_meeting_or_another_communes(commune_a, officer, meeting_b):
    cancelled = MeetingFactory(
        commune=commune_a, status=Meeting.Status.CANCELLED, cancellation_reason="x"
    )
    with pytest.raises(ValidationError):
        meeting_publish(commune=commune_a, meeting=cancelled, actor=officer)
    with pytest.raises(ValueError):
        meeting_publish(commune=commune_a, meeting=meeting_b, actor=officer)
