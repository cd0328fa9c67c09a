"""The manifest's exports: meetings and recommendations, without personal data; the
attendance a published cell."""

from datetime import date, timedelta

from django.utils import timezone

from moucharaka.core.ledger.selectors import Period
from moucharaka.core.registry.manifests import registry
from moucharaka.modules.meetings.models import Meeting, Recommendation
from moucharaka.modules.meetings.services import (
    attendance_sheet_enter,
    minutes_save,
    registration_create,
)

from .factories import MeetingFactory, RecommendationFactory


def export(key, **kwargs):
    return list(registry.get("meetings").exports[key](**kwargs))


def test_meetings_export_without_drafts_nor_personal_data(
    commune_a, commune_b, past_meeting, meeting, officer
):
    MeetingFactory(commune=commune_a, status=Meeting.Status.DRAFT)
    MeetingFactory(commune=commune_b)
    registration_create(
        commune=commune_a, meeting=meeting, name="Amina", email="amina@example.ma", notify=False
    )
    attendance_sheet_enter(
        commune=commune_a,
        meeting=past_meeting,
        actor=officer,
        rows=[{"name": "سعاد", "gender": "female"}] * 6,
    )
    minutes_save(commune=commune_a, meeting=past_meeting, actor=officer, minutes="x", publish=True)
    RecommendationFactory(meeting=past_meeting, status=Recommendation.Status.IMPLEMENTED)
    RecommendationFactory(meeting=past_meeting)
    rows = export("meetings", commune=commune_a)
    assert [row["id"] for row in rows] == [past_meeting.pk, meeting.pk]
    past, upcoming = rows
    assert (past["attendees"], past["minutes_published"]) == (6, True)
    assert (past["recommendations"], past["implemented"]) == (2, 1)
    assert (upcoming["registered"], upcoming["attendees"], upcoming["places"]) == (1, None, 3)
    flat = repr(rows)
    assert "Amina" not in flat and "amina@example.ma" not in flat and "سعاد" not in flat
    assert past["starts_at"] == timezone.localtime(past_meeting.starts_at).replace(tzinfo=None)


def test_meetings_export_by_period(commune_a, past_meeting, meeting):
    now = timezone.now()
    period = Period(now - timedelta(days=7), now)
    assert [row["id"] for row in export("meetings", commune=commune_a, period=period)] == [
        past_meeting.pk
    ]


def test_recommendations_export(commune_a, past_meeting):
    RecommendationFactory(
        meeting=past_meeting, text="إحداث مجلس للشباب", owner="المكتب", due_date=date(2020, 1, 1)
    )
    RecommendationFactory(meeting=MeetingFactory(commune=commune_a, status="draft"))
    [row] = export("meeting_recommendations", commune=commune_a)
    assert row["text"] == "إحداث مجلس للشباب" and row["owner"] == "المكتب"
    assert row["overdue"] is True and row["meeting"] == past_meeting.title
