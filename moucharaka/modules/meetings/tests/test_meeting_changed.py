"""meeting_changed: after staff edit a meeting, a new date, place or link raises the
calendar SEQUENCE and tells the registrants; more places promote the waiting list."""

from datetime import timedelta

import icalendar
from django.core import mail

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.meetings.models import Meeting, Registration
from moucharaka.modules.meetings.services import (
    meeting_changed,
    registration_create,
    schedule_of,
)


def edit(meeting, **changes):
    before, capacity = schedule_of(meeting), meeting.capacity
    for field, value in changes.items():
        setattr(meeting, field, value)
    meeting.save()
    return before, capacity


def test_a_new_date_tells_the_registrants_with_the_updated_invitation(
    commune_a, officer, meeting, citizen, django_capture_on_commit_callbacks
):
    registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    before, capacity = edit(
        meeting,
        starts_at=meeting.starts_at + timedelta(days=1),
        ends_at=meeting.ends_at + timedelta(days=1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        changed = meeting_changed(
            commune=commune_a,
            meeting=meeting,
            actor=officer,
            before=before,
            capacity_before=capacity,
        )
    assert changed.sequence == 1
    entry = AuditEntry.objects.for_commune(commune_a).get(action="meeting.reschedule")
    assert entry.data == {"changed": ["ends_at", "starts_at"]}
    [message] = mail.outbox
    assert message.to == [citizen.email]
    calendar = icalendar.Calendar.from_ical(message.attachments[0][1])
    [event] = calendar.walk("VEVENT")
    assert calendar["METHOD"] == "REQUEST" and event["SEQUENCE"] == 1
    assert event.start == changed.starts_at


def test_other_edits_change_nothing_for_calendars(commune_a, officer, meeting, citizen):
    registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    before, capacity = edit(meeting, summary="نص جديد")
    changed = meeting_changed(
        commune=commune_a, meeting=meeting, actor=officer, before=before, capacity_before=capacity
    )
    assert changed.sequence == 0 and mail.outbox == []


def test_a_draft_changes_quietly(commune_a, officer, meeting):
    Meeting.objects.for_commune(commune_a).filter(pk=meeting.pk).update(status="draft")
    meeting.refresh_from_db()
    before, capacity = edit(meeting, venue="قاعة أخرى")
    changed = meeting_changed(
        commune=commune_a, meeting=meeting, actor=officer, before=before, capacity_before=capacity
    )
    assert changed.sequence == 1 and mail.outbox == []


def test_more_places_go_to_the_people_waiting(commune_a, officer, meeting):
    people = [
        registration_create(
            commune=commune_a,
            meeting=meeting,
            name=f"P{n}",
            email=f"p{n}@example.ma",
            notify=False,
        )
        for n in range(5)
    ]
    assert [p.status for p in people] == ["confirmed"] * 3 + ["waiting"] * 2
    before, capacity = edit(meeting, capacity=4)
    meeting_changed(
        commune=commune_a, meeting=meeting, actor=officer, before=before, capacity_before=capacity
    )
    statuses = dict(Registration.objects.for_commune(commune_a).values_list("name", "status"))
    assert statuses == {
        "P0": "confirmed",
        "P1": "confirmed",
        "P2": "confirmed",
        "P3": "confirmed",
        "P4": "waiting",
    }
