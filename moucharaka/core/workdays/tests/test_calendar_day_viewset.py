"""The commune calendar's staff screens: scoped to the user's communes, administrators
edit, every staff member reads; the form refuses entries that change nothing."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from moucharaka.core.workdays.models import CalendarDay

D = datetime.date


@pytest.fixture
def rows(commune_a, commune_b):
    return (
        CalendarDay.unscoped.create(
            commune=commune_a, day=D(2026, 2, 11), kind="closure", reason="A"
        ),
        CalendarDay.unscoped.create(
            commune=commune_b, day=D(2026, 2, 12), kind="closure", reason="B"
        ),
    )


def test_it_lists_only_the_users_communes_days(client, member, rows):
    client.force_login(member)
    response = client.get(reverse("calendar_days:index"))
    assert response.status_code == 200
    assert [row.pk for row in response.context["object_list"]] == [rows[0].pk]


@pytest.mark.parametrize("view", ["edit", "delete", "inspect"])
def test_it_answers_404_for_another_communes_day(client, outsider, rows, view):
    client.force_login(outsider)
    assert client.get(reverse(f"calendar_days:{view}", args=[rows[0].pk])).status_code == 404


def test_an_editor_reads_but_does_not_edit(client, member, rows):
    client.force_login(member)
    assert client.get(reverse("calendar_days:add")).status_code == 302
    assert client.get(reverse("calendar_days:edit", args=[rows[0].pk])).status_code == 302


def test_the_administrator_records_a_closure_through_the_service(client, owner, commune_a):
    client.force_login(owner)
    response = client.post(
        reverse("calendar_days:add"),
        {"commune": commune_a.pk, "day": "2026-02-11", "kind": "closure", "reason": "Moussem"},
    )
    assert response.status_code == 302
    entry = CalendarDay.objects.for_commune(commune_a).get()
    assert entry.recorded_by == owner and entry.reason == "Moussem"


@pytest.mark.parametrize(
    "day, kind, error",
    [
        ("2026-02-11", "working", "There is no national public holiday on this day."),
        ("2026-07-30", "closure", "The offices are already closed on this day"),
        ("2026-02-14", "holiday", "The offices are already closed on this day"),  # Saturday
    ],
)
def test_the_form_refuses_entries_that_change_nothing(client, owner, commune_a, day, kind, error):
    client.force_login(owner)
    with translation.override("en"):
        response = client.post(
            reverse("calendar_days:add"),
            {"commune": commune_a.pk, "day": day, "kind": kind, "reason": "x"},
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not CalendarDay.objects.for_commune(commune_a).exists()


def test_the_administrator_cannot_write_in_another_commune(client, owner, commune_b):
    client.force_login(owner)
    response = client.post(
        reverse("calendar_days:add"),
        {"commune": commune_b.pk, "day": "2026-02-11", "kind": "closure", "reason": "x"},
    )
    assert response.status_code == 200
    assert not CalendarDay.objects.for_commune(commune_b).exists()


def test_the_year_view_shows_holidays_estimates_and_local_days(client, member, rows, commune_a):
    client.force_login(member)
    response = client.get(
        reverse("calendar_days:year"),
        {"commune": commune_a.pk, "year": 2026},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    html = response.content.decode()
    assert response.status_code == 200
    kinds = {item.day: item.kind for item in response.context["closed"]}
    assert kinds[D(2026, 7, 30)] == "holiday"
    assert kinds[D(2026, 3, 20)] == "estimated"
    assert kinds[D(2026, 2, 11)] == "closure"
    assert "A" in html


def test_the_year_view_never_shows_another_communes_days(client, member, rows, commune_b):
    client.force_login(member)
    response = client.get(reverse("calendar_days:year"), {"commune": commune_b.pk, "year": 2026})
    assert response.context["commune"].pk != commune_b.pk
    assert D(2026, 2, 12) not in {item.day for item in response.context["closed"]}


def test_citizens_have_no_calendar_screen(client, citizen):
    client.force_login(citizen)
    assert client.get(reverse("calendar_days:year")).status_code == 302
