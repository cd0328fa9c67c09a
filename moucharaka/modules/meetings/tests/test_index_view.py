"""The public calendar: upcoming and past lists, the month view, filters by type and
district, no drafts, other communes' meetings never, and bounded queries."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory
from moucharaka.modules.meetings.models import Meeting
from moucharaka.modules.meetings.services import registration_create

from .factories import MeetingFactory
from .helpers import page_queries, url

pytestmark = pytest.mark.usefixtures("module_on")


def listed(response) -> list[str]:
    return [m.title for m in response.context["page_obj"].object_list]


def test_it_lists_upcoming_public_meetings_soonest_first(
    client, commune_a, meeting, meeting_b, past_meeting
):
    soon = MeetingFactory(
        commune=commune_a,
        title="قريبا",
        starts_at=timezone.now() + timedelta(days=1),
        ends_at=timezone.now() + timedelta(days=1, hours=1),
    )
    MeetingFactory(commune=commune_a, title="مسودة", status=Meeting.Status.DRAFT)
    MeetingFactory(
        commune=commune_a, title="ملغى", status=Meeting.Status.CANCELLED, cancellation_reason="x"
    )
    response = client.get(url("index", commune_a))
    assert response.status_code == 200
    assert listed(response) == [soon.title, meeting.title, "ملغى"]
    body = response.content.decode()
    assert "مسودة" not in body and meeting_b.title not in body and past_meeting.title not in body
    past = client.get(url("index", commune_a), {"when": "past"})
    assert listed(past) == [past_meeting.title]


def test_it_filters_by_type_and_district(client, commune_a, district_a, meeting):
    hearing = MeetingFactory(commune=commune_a, kind=Meeting.Kind.HEARING, district=district_a)
    index = url("index", commune_a)
    assert listed(client.get(index, {"kind": "hearing"})) == [hearing.title]
    assert listed(client.get(index, {"district": district_a.pk})) == [hearing.title]
    # A stale or tampered filter is ignored, not an error.
    assert len(listed(client.get(index, {"kind": "nope", "district": "999999"}))) == 2


def test_the_month_view_puts_meetings_on_their_local_day(client, commune_a):
    tz = timezone.get_current_timezone()
    late = datetime(2025, 3, 14, 23, 30, tzinfo=tz)  # 22:30 UTC on some days: local day counts
    MeetingFactory(
        commune=commune_a, title="لقاء ليلي", starts_at=late, ends_at=late + timedelta(hours=1)
    )
    MeetingFactory(
        commune=commune_a,
        title="لقاء أبريل",
        starts_at=late + timedelta(days=30),
        ends_at=late + timedelta(days=30, hours=1),
    )
    response = client.get(url("index", commune_a, "fr"), {"view": "month", "month": "2025-03"})
    assert response.status_code == 200
    days = {
        day.date: [m.title for m in day.meetings]
        for week in response.context["weeks"]
        for day in week
    }
    assert days[late.date()] == ["لقاء ليلي"]
    assert sum(len(titles) for titles in days.values()) == 1
    weeks = response.context["weeks"]
    assert weeks[0][0].date.weekday() == 0  # weeks start on Monday
    body = response.content.decode()
    assert "mars 2025" in body and "month=2025-02" in body and "month=2025-04" in body


def test_a_bad_month_shows_this_month(client, commune_a):
    response = client.get(url("index", commune_a), {"view": "month", "month": "2025-13"})
    assert response.context["month"] == timezone.localdate().replace(day=1)


def test_it_answers_404_where_the_module_is_off(client, db):
    elsewhere = CommuneFactory(slug="ailleurs")
    assert client.get(url("index", elsewhere)).status_code == 404
    module_enable(commune=elsewhere, key="meetings")
    assert client.get(url("index", elsewhere)).status_code == 200


def test_the_list_runs_the_same_queries_for_2_or_many_meetings(client, commune_a):
    for _ in range(2):
        registration_create(
            commune=commune_a,
            meeting=MeetingFactory(commune=commune_a),
            name="x",
            email=f"{_}@example.ma",
            notify=False,
        )
    few = page_queries(client, url("index", commune_a))
    MeetingFactory.create_batch(15, commune=commune_a)
    assert page_queries(client, url("index", commune_a)) == few
    month = url("index", commune_a) + "?view=month"
    few = page_queries(client, month)
    MeetingFactory.create_batch(5, commune=commune_a, starts_at=timezone.now() + timedelta(hours=1))
    assert page_queries(client, month) == few
