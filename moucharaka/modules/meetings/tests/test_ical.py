"""ical: invitations and feeds are valid iCalendar, read back with the `icalendar` library:
local times in Africa/Casablanca, a stable UID, the agenda, the place and the link."""

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import icalendar
from django.core.mail import EmailMessage

from moucharaka.modules.meetings import ical
from moucharaka.modules.meetings.models import Meeting

from .factories import AgendaItemFactory, MeetingFactory

CASABLANCA = ZoneInfo("Africa/Casablanca")


def test_an_invitation_carries_the_meeting_in_local_time(commune_a, district_a):
    start = datetime(2025, 12, 7, 9, 30, tzinfo=CASABLANCA)
    meeting = MeetingFactory(
        commune=commune_a,
        title="ورشة تشاورية",
        title_fr="Atelier de concertation",
        starts_at=start,
        ends_at=start.replace(hour=13),
        venue="قاعة الاجتماعات",
        address="شارع محمد الخامس",
        district=district_a,
        latitude=Decimal("35.193200"),
        longitude=Decimal("-6.155700"),
        summary="التشاور حول الميثاق",
    )
    AgendaItemFactory(meeting=meeting, title="الافتتاح", title_fr="Ouverture", sort_order=0)
    AgendaItemFactory(meeting=meeting, title="النقاش", sort_order=1)

    calendar = icalendar.Calendar.from_ical(
        ical.invitation(meeting, language="fr", attendee="amina@example.ma")
    )
    assert calendar["METHOD"] == "REQUEST" and calendar["VERSION"] == "2.0"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Africa/Casablanca"]
    [event] = calendar.walk("VEVENT")
    assert event.start == start and event.end == start.replace(hour=13)
    assert event["DTSTART"].params["TZID"] == "Africa/Casablanca"
    assert str(event["SUMMARY"]) == "Atelier de concertation"
    assert str(event["UID"]) == f"{meeting.uid}@moucharaka" and event["SEQUENCE"] == 0
    assert str(event["LOCATION"]) == "قاعة الاجتماعات, شارع محمد الخامس (Médina)"
    assert event["GEO"].latitude == 35.1932 and event["GEO"].longitude == -6.1557
    description = str(event["DESCRIPTION"])
    assert "Ordre du jour :\n1. Ouverture\n2. النقاش" in description
    assert description.endswith(f"/fr/commune-a/meetings/{meeting.pk}/")
    assert str(event["URL"]).startswith("http://127.0.0.1:8000/fr/commune-a/meetings/")
    assert str(event["ATTENDEE"]) == "mailto:amina@example.ma"
    assert str(event["ORGANIZER"]) == "mailto:no-reply@moucharaka.invalid"
    assert event["STATUS"] == "CONFIRMED"


def test_an_online_meeting_gives_its_link_as_the_place(commune_a):
    meeting = MeetingFactory(
        commune=commune_a, mode=Meeting.Mode.ONLINE, venue="", online_url="https://meet.example/abc"
    )
    [event] = icalendar.Calendar.from_ical(ical.invitation(meeting, language="ar")).walk("VEVENT")
    assert str(event["LOCATION"]) == "https://meet.example/abc"
    assert "https://meet.example/abc" in str(event["DESCRIPTION"])
    assert "GEO" not in event


def test_a_feed_lists_meetings_and_marks_cancelled_ones(commune_a):
    kept = MeetingFactory(commune=commune_a)
    dropped = MeetingFactory(
        commune=commune_a, status=Meeting.Status.CANCELLED, cancellation_reason="عطلة", sequence=2
    )
    content = ical.feed([kept, dropped], name="Rencontres — Commune A", language="fr")
    calendar = icalendar.Calendar.from_ical(content)
    assert "METHOD" not in calendar and calendar["X-WR-CALNAME"] == "Rencontres — Commune A"
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert events[f"{kept.uid}@moucharaka"]["STATUS"] == "CONFIRMED"
    cancelled = events[f"{dropped.uid}@moucharaka"]
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] == 2
    assert "عطلة" in str(cancelled["DESCRIPTION"])
    assert content.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\nEND:VCALENDAR\r\n" in content


def test_a_cancellation_is_a_calendar_cancel(commune_a):
    meeting = MeetingFactory(
        commune=commune_a, status=Meeting.Status.CANCELLED, cancellation_reason="x"
    )
    filename, content, mimetype = ical.invitation_attachment(meeting, language="ar")
    assert filename == "invitation.ics"
    assert mimetype == "text/calendar; method=CANCEL"
    assert icalendar.Calendar.from_ical(content)["METHOD"] == "CANCEL"


def test_the_invitation_is_a_well_formed_mime_part(commune_a):
    meeting = MeetingFactory(commune=commune_a, title="ورشة")
    message = EmailMessage("s", "body", "a@example.ma", ["b@example.ma"])
    message.attach(*ical.invitation_attachment(meeting, language="ar"))
    [part] = [p for p in message.message().walk() if p.get_content_type() == "text/calendar"]
    assert part.get_param("method") == "REQUEST" and part.get_content_charset() == "utf-8"
    assert str(part).count("charset") == 1
    calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
    assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == "ورشة"
