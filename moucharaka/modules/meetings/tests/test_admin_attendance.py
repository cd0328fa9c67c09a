"""Attendance in the back office: registrants checked in at the door, walk-ins, a paper
sheet typed in as rows, and the summary (raw counts with what the public sees)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from moucharaka.core.ledger.models import Participation
from moucharaka.modules.meetings.models import Attendee
from moucharaka.modules.meetings.services import (
    ATTENDED,
    attendance_sheet_enter,
    registration_create,
)

from .factories import MeetingFactory
from .helpers import page_queries

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def today(commune_a):
    start = timezone.now() + timedelta(minutes=30)
    return MeetingFactory(commune=commune_a, starts_at=start, ends_at=start + timedelta(hours=2))


def test_staff_check_registrants_in_at_the_door(client, officer, commune_a, today, citizen):
    registration = registration_create(commune=commune_a, meeting=today, user=citizen, notify=False)
    client.force_login(officer)
    page = client.get(reverse("meetings:attendance", args=[today.pk]))
    assert page.status_code == 200 and page.context["check_in_open"]
    check_in = reverse("meetings:check_in", args=[today.pk, registration.pk])
    assert client.get(check_in).status_code == 405
    response = client.post(check_in)
    assert response.status_code == 302 and response["Location"].endswith(f"#r{registration.pk}")
    assert Attendee.objects.for_commune(commune_a).get().registration == registration
    client.post(check_in)  # twice: refused with a message, nothing more recorded
    assert Participation.objects.for_commune(commune_a).filter(kind=ATTENDED).count() == 1
    page = client.get(reverse("meetings:attendance", args=[today.pk]))
    assert page.context["summary"].total == 1


def test_walk_ins_are_added_one_after_the_other(client, officer, commune_a, today, district_a):
    client.force_login(officer)
    walk_in = reverse("meetings:walk_in", args=[today.pk])
    response = client.post(
        walk_in,
        {
            "name": "",
            "gender": "female",
            "age_band": "",
            "district": district_a.pk,
            "disability": "",
        },
    )
    assert response.status_code == 302 and response["Location"] == walk_in
    attendee = Attendee.objects.for_commune(commune_a).get()
    assert (attendee.source, attendee.gender, attendee.district) == (
        "walk_in",
        "female",
        district_a,
    )


def test_a_paper_sheet_is_typed_in_as_rows(client, officer, commune_a, past_meeting, district_a):
    client.force_login(officer)
    sheet = reverse("meetings:sheet", args=[past_meeting.pk])
    page = client.get(sheet)
    assert page.status_code == 200 and len(page.context["form"].forms) == 20
    assert len(client.get(sheet + "?rows=40").context["form"].forms) == 40
    data = {
        "rows-TOTAL_FORMS": "3",
        "rows-INITIAL_FORMS": "0",
        "rows-MIN_NUM_FORMS": "0",
        "rows-MAX_NUM_FORMS": "200",
    }
    rows = [
        {
            "name": "سعاد",
            "gender": "female",
            "age_band": "18_29",
            "district": district_a.pk,
            "disability": "no",
        },
        {"name": "", "gender": "", "age_band": "", "district": "", "disability": ""},
        {"name": "", "gender": "male", "age_band": "60p", "district": "", "disability": "yes"},
    ]
    for n, row in enumerate(rows):
        data.update({f"rows-{n}-{key}": value for key, value in row.items()})
    response = client.post(sheet, data)
    assert response.status_code == 302
    assert response["Location"] == reverse("meetings:attendance", args=[past_meeting.pk])
    recorded = Attendee.objects.for_commune(commune_a).order_by("id")
    assert [(a.source, a.gender, a.age_band, a.disability) for a in recorded] == [
        ("sheet", "female", "18_29", False),
        ("sheet", "male", "60p", True),
    ]


def test_a_sheet_before_the_meeting_is_refused_with_a_message(client, officer, meeting):
    client.force_login(officer)
    data = {"rows-TOTAL_FORMS": "1", "rows-INITIAL_FORMS": "0", "rows-0-gender": "female"}
    response = client.post(reverse("meetings:sheet", args=[meeting.pk]), data)
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]]


def test_the_summary_shows_raw_counts_and_published_cells(client, officer, commune_a, past_meeting):
    attendance_sheet_enter(
        commune=commune_a,
        meeting=past_meeting,
        actor=officer,
        rows=[{"gender": "female"}] * 6 + [{"gender": "male"}] * 2,
    )
    client.force_login(officer)
    body = client.get(reverse("meetings:attendance", args=[past_meeting.pk])).content.decode()
    assert "<td>6</td><td>–</td>" in body and "<td>2</td><td>–</td>" in body


def test_another_communes_registration_is_not_found(
    client, officer, commune_b, meeting, today, meeting_b
):
    other = registration_create(
        commune=commune_b, meeting=meeting_b, name="X", email="x@example.ma", notify=False
    )
    client.force_login(officer)
    response = client.post(reverse("meetings:check_in", args=[today.pk, other.pk]))
    assert response.status_code == 404


def test_the_attendance_page_runs_the_same_queries_for_2_or_many(client, officer, commune_a, today):
    def register(n, start):
        for i in range(start, start + n):
            registration_create(
                commune=commune_a,
                meeting=today,
                name=f"P{i}",
                email=f"p{i}@example.ma",
                notify=False,
            )

    client.force_login(officer)
    page = reverse("meetings:attendance", args=[today.pk])
    register(2, 0)
    few = page_queries(client, page)
    register(10, 2)
    assert page_queries(client, page) == few
