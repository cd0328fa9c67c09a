"""meeting_cancel: with a reason; every registrant told, with the calendar's CANCEL."""

import icalendar
import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.modules.meetings.models import Meeting
from moucharaka.modules.meetings.services import (
    meeting_cancel,
    registration_cancel,
    registration_create,
)


def test_it_cancels_and_tells_every_registrant_with_a_calendar_cancel(
    commune_a, officer, meeting, citizen, django_capture_on_commit_callbacks
):
    registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    registration_create(
        commune=commune_a,
        meeting=meeting,
        name="Karim",
        email="karim@example.ma",
        notify=False,
        language="fr",
    )
    gone = registration_create(
        commune=commune_a, meeting=meeting, name="Nadia", email="nadia@example.ma", notify=False
    )
    registration_cancel(commune=commune_a, registration=gone)

    with django_capture_on_commit_callbacks(execute=True):
        cancelled = meeting_cancel(
            commune=commune_a, meeting=meeting, actor=officer, reason="القاعة غير متاحة"
        )

    assert cancelled.status == Meeting.Status.CANCELLED and cancelled.sequence == 1
    assert cancelled.cancellation_reason == "القاعة غير متاحة"
    entry = AuditEntry.objects.for_commune(commune_a).get(action="meeting.cancel")
    assert entry.actor == officer and entry.data == {"reason": "القاعة غير متاحة"}
    assert Notification.objects.get(event="meetings.cancelled").recipient == citizen
    assert sorted(m.to[0] for m in mail.outbox) == [citizen.email, "karim@example.ma"]
    french = next(m for m in mail.outbox if m.to == ["karim@example.ma"])
    assert french.subject.startswith("Rencontre annulée")
    assert "القاعة غير متاحة" in french.body
    filename, content, mimetype = french.attachments[0]
    assert mimetype.startswith("text/calendar; method=CANCEL")
    calendar = icalendar.Calendar.from_ical(content)
    assert calendar["METHOD"] == "CANCEL"
    [event] = calendar.walk("VEVENT")
    assert event["STATUS"] == "CANCELLED" and event["SEQUENCE"] == 1
    assert event["UID"] == f"{meeting.uid}@moucharaka"


def test_it_needs_a_reason_and_a_meeting_not_over(commune_a, officer, meeting, past_meeting):
    with pytest.raises(ValidationError):
        meeting_cancel(commune=commune_a, meeting=meeting, actor=officer, reason="")
    with pytest.raises(ValidationError):
        meeting_cancel(commune=commune_a, meeting=past_meeting, actor=officer, reason="x")
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.PUBLISHED


def test_it_cancels_a_draft_without_telling_anyone(commune_a, officer, meeting):
    Meeting.objects.for_commune(commune_a).filter(pk=meeting.pk).update(status="draft")
    meeting.refresh_from_db()
    meeting_cancel(commune=commune_a, meeting=meeting, actor=officer, reason="Reporté")
    assert mail.outbox == [] and not Notification.objects.exists()
