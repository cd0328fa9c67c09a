"""The meeting's public page: facts in Africa/Casablanca time, agenda, place and map
(without tiles), accessibility, registration state, and after the meeting its minutes,
documents, photos, recommendations and the attendance summary (5-person rule)."""

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from moucharaka.core.testing.images import jpeg_with_gps, upload
from moucharaka.modules.meetings.models import Meeting
from moucharaka.modules.meetings.services import (
    attendance_sheet_enter,
    document_add,
    minutes_save,
    photos_add,
    recommendation_create,
    recommendation_update,
    registration_create,
)

from .factories import AgendaItemFactory, MeetingFactory, RecommendationFactory
from .helpers import page_queries, url

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_shows_the_meeting_in_casablanca_time(client, commune_a, district_a, settings):
    settings.LEAFLET_CONFIG = {**settings.LEAFLET_CONFIG, "TILES": []}
    start = datetime(2030, 12, 7, 9, 30, tzinfo=ZoneInfo("Africa/Casablanca"))
    meeting = MeetingFactory(
        commune=commune_a,
        title="ورشة تشاورية",
        starts_at=start,
        ends_at=start.replace(hour=13, minute=0),
        district=district_a,
        latitude=Decimal("35.1932"),
        longitude=Decimal("-6.1557"),
        step_free_access=True,
        accessibility_notes="مقاعد محجوزة",
        capacity=30,
    )
    AgendaItemFactory(meeting=meeting, title="تقديم المشاركات والمشاركين", sort_order=0)
    response = client.get(url("detail", commune_a, pk=meeting.pk))
    assert response.status_code == 200
    body = response.content.decode()
    assert "7 دجنبر 2030" in body and "09:30–13:00" in body
    assert "تقديم المشاركات والمشاركين" in body and "مقاعد محجوزة" in body
    assert "المدينة العتيقة" in body
    # The map is an enhancement: the place is written out, tiles are not needed.
    assert 'data-lat="35.193200"' in body and "openstreetmap.org/?mlat=35.193200" in body
    assert '"tiles": []' in body
    assert response.context["registration_state"] == "open"
    assert response.context["places_left"] == 30
    assert response.context["form"] is not None


def test_french_readers_get_the_french_title(client, commune_a):
    meeting = MeetingFactory(commune=commune_a, title="ورشة", title_fr="Atelier")
    body = client.get(url("detail", commune_a, "fr", pk=meeting.pk)).content.decode()
    assert '<h1 id="meeting-title" lang="fr" dir="auto">Atelier</h1>' in body


def test_an_online_meeting_has_its_link_and_no_map(client, commune_a):
    meeting = MeetingFactory(
        commune=commune_a, mode=Meeting.Mode.ONLINE, venue="", online_url="https://meet.example/abc"
    )
    response = client.get(url("detail", commune_a, pk=meeting.pk))
    assert response.context["map_config"] is None
    assert 'href="https://meet.example/abc"' in response.content.decode()


def test_a_signed_in_registrant_sees_their_place_and_can_cancel(
    client, commune_a, meeting, citizen
):
    registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    client.force_login(citizen)
    response = client.get(url("detail", commune_a, pk=meeting.pk))
    assert response.context["form"] is None
    assert url("unregister", commune_a, pk=meeting.pk) in response.content.decode()


def test_after_the_meeting_it_shows_what_came_out_of_it(client, commune_a, past_meeting, officer):
    attendance_sheet_enter(
        commune=commune_a,
        meeting=past_meeting,
        actor=officer,
        rows=[{"gender": "female"}] * 6 + [{"gender": "male"}] * 2,
    )
    minutes_save(
        commune=commune_a,
        meeting=past_meeting,
        actor=officer,
        minutes="خلاصات الورشة",
        publish=True,
    )
    document_add(
        commune=commune_a,
        meeting=past_meeting,
        actor=officer,
        title="العرض",
        upload=SimpleUploadedFile("a.pdf", b"%PDF-1.4", content_type="application/pdf"),
    )
    photos_add(
        commune=commune_a,
        meeting=past_meeting,
        actor=officer,
        uploads=[upload(jpeg_with_gps())],
        caption="صورة جماعية",
    )
    recommendation = recommendation_create(
        commune=commune_a, meeting=past_meeting, actor=officer, text="إحداث مجلس للشباب"
    )
    recommendation_update(
        commune=commune_a,
        recommendation=recommendation,
        actor=officer,
        status="planned",
        note="في ميزانية السنة المقبلة",
    )
    response = client.get(url("detail", commune_a, pk=past_meeting.pk))
    body = response.content.decode()
    assert "خلاصات الورشة" in body and "العرض" in body and 'alt="صورة جماعية"' in body
    assert "إحداث مجلس للشباب" in body and "في ميزانية السنة المقبلة" in body
    assert "مبرمجة" in body  # the recommendation's status, in the feminine
    attendance = response.context["attendance"]
    assert attendance.published_total.value == 8
    assert [str(row["value"]) for row in attendance.published_tables[0]["rows"]] == ["–", "–"]
    assert response.context["form"] is None


def test_drafts_and_other_communes_meetings_are_not_found(client, commune_a, meeting_b):
    draft = MeetingFactory(commune=commune_a, status=Meeting.Status.DRAFT)
    assert client.get(url("detail", commune_a, pk=draft.pk)).status_code == 404
    assert client.get(url("detail", commune_a, pk=meeting_b.pk)).status_code == 404
    assert client.get(url("detail", meeting_b.commune, pk=meeting_b.pk)).status_code == 200


def test_the_page_runs_the_same_queries_for_2_or_many_rows(
    client, commune_a, past_meeting, officer
):
    def add(n):
        for i in range(n):
            AgendaItemFactory(meeting=past_meeting, sort_order=i)
            RecommendationFactory(meeting=past_meeting)
        attendance_sheet_enter(
            commune=commune_a, meeting=past_meeting, actor=officer, rows=[{"gender": "female"}] * n
        )

    add(2)
    few = page_queries(client, url("detail", commune_a, pk=past_meeting.pk))
    add(12)
    assert page_queries(client, url("detail", commune_a, pk=past_meeting.pk)) == few
    assert timezone.now() > past_meeting.starts_at + timedelta(hours=1)
