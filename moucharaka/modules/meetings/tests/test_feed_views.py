"""The iCalendar feeds, per commune and per meeting, parsed back with `icalendar`."""

from datetime import timedelta

import icalendar
import pytest
from django.utils import timezone

from moucharaka.modules.meetings.models import Meeting

from .factories import AgendaItemFactory, MeetingFactory
from .helpers import page_queries, url

pytestmark = pytest.mark.usefixtures("module_on")


def test_the_commune_feed_lists_its_public_meetings(client, commune_a, meeting, meeting_b):
    AgendaItemFactory(meeting=meeting, title="الافتتاح")
    MeetingFactory(commune=commune_a, status=Meeting.Status.DRAFT, title="مسودة")
    long_ago = timezone.now() - timedelta(days=800)
    MeetingFactory(commune=commune_a, starts_at=long_ago, ends_at=long_ago + timedelta(hours=1))
    response = client.get(url("feed", commune_a, "fr"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "Rencontres citoyennes — Commune A"
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"{meeting.uid}@moucharaka"
    assert "الافتتاح" in str(event["DESCRIPTION"])
    assert event.start == meeting.starts_at


def test_the_meeting_feed(client, commune_a, meeting, meeting_b):
    response = client.get(url("meeting_feed", commune_a, pk=meeting.pk))
    [event] = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == meeting.title
    assert client.get(url("meeting_feed", commune_a, pk=meeting_b.pk)).status_code == 404


def test_the_feed_runs_the_same_queries_for_2_or_many_meetings(client, commune_a):
    for meeting in MeetingFactory.create_batch(2, commune=commune_a):
        AgendaItemFactory(meeting=meeting)
    few = page_queries(client, url("feed", commune_a))
    for meeting in MeetingFactory.create_batch(10, commune=commune_a):
        AgendaItemFactory(meeting=meeting)
    assert page_queries(client, url("feed", commune_a)) == few
