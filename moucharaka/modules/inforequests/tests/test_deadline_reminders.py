"""Reminders before each deadline (arts. 16, 17, 19), sent once, by the daily Huey job."""

import datetime

import pytest
from django.utils import timezone

from moucharaka.core.notifications.models import Notification
from moucharaka.modules.inforequests import services, tasks
from moucharaka.modules.inforequests.models import InfoRequest

from .conftest import answer, register

D = datetime.date


def reminders(event="inforequests.deadline"):
    return Notification.objects.filter(event=event)


@pytest.fixture
def request_due_26_august(commune_a, cndp_a, officer):
    return register(commune_a, officer, D(2025, 7, 23))  # due Tue 26 August 2025


def test_it_reminds_the_officer_once_five_working_days_ahead(request_due_26_august, officer):
    assert services.deadline_reminders(today=D(2025, 8, 12)) == 0  # 7 working days left
    assert services.deadline_reminders(today=D(2025, 8, 18)) == 1  # 4 left
    note = reminders().get(recipient=officer)
    assert note.title.startswith("4 working days left") and "art. 16" in note.body
    assert services.deadline_reminders(today=D(2025, 8, 18)) == 0
    assert services.deadline_reminders(today=D(2025, 8, 22)) == 0
    assert reminders().count() == 1


def test_the_extended_deadline_is_reminded_again(commune_a, request_due_26_august):
    services.deadline_reminders(today=D(2025, 8, 19))
    InfoRequest.objects.for_commune(commune_a).filter(pk=request_due_26_august.pk).update(
        due_on=D(2025, 9, 25), extended_at=timezone.now()
    )
    assert services.deadline_reminders(today=D(2025, 9, 19)) == 1
    request_due_26_august.refresh_from_db()
    assert request_due_26_august.reminders_sent == ["2025-08-26", "2025-09-25"]


def test_an_urgent_request_is_reminded_the_working_day_before(commune_a, cndp_a, officer):
    register(
        commune_a,
        officer,
        D(2025, 7, 28),
        urgent=True,
        urgency_ground="life",
        urgency_justification="x",
    )  # due Fri 1 August 2025
    assert services.deadline_reminders(today=D(2025, 7, 29)) == 0
    assert services.deadline_reminders(today=D(2025, 7, 31)) == 1


def test_answered_requests_are_not_reminded(commune_a, request_due_26_august, officer):
    answer(commune_a, request_due_26_august, officer)
    assert services.deadline_reminders(today=D(2025, 8, 19)) == 0


def test_the_president_is_reminded_of_a_complaint(
    commune_a, request_due_26_august, officer, president
):
    services.complaint_file(
        commune=commune_a,
        request=request_due_26_august,
        text="Rien reçu.",
        actor=officer,
        channel="desk",
        filed_on=D(2025, 9, 1),
    )  # the president's deadline: Tue 16 September 2025
    assert services.deadline_reminders(today=D(2025, 9, 10)) == 1
    assert reminders("inforequests.complaint_deadline").filter(recipient=president).exists()
    assert services.deadline_reminders(today=D(2025, 9, 11)) == 0


def test_the_daily_job_runs_the_reminders(request_due_26_august):
    tasks.inforequests_daily.call_local()  # today: the request is long past its deadline
    assert reminders().count() == 0
