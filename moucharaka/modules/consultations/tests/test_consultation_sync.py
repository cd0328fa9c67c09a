"""Followers hear of the opening and the closing when the dates come — from the periodic
task or from the first page view, whichever comes first — and each only once, however
many run at the same time."""

from datetime import timedelta

import pytest
from django.utils import timezone

from moucharaka.core.notifications.models import Notification
from moucharaka.modules.consultations import services, tasks
from moucharaka.modules.consultations.models import Consultation

from .conftest import make_consultation
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def announced(commune_a, officer, citizen):
    consultation = make_consultation(commune_a, officer, phase="announced")
    services.follower_add(consultation=consultation, user=citizen)
    return consultation


def move(consultation, **deltas):
    now = timezone.now()
    Consultation.objects.for_commune(consultation.commune).filter(pk=consultation.pk).update(
        **{field: now + delta for field, delta in deltas.items()}
    )
    consultation.refresh_from_db()


def events(user):
    return list(Notification.objects.filter(recipient=user).values_list("event", flat=True))


def test_nothing_is_sent_before_the_opening(announced, citizen):
    assert services.consultations_sync_due() == 0
    assert events(citizen) == []


def test_the_periodic_task_tells_of_the_opening_once(announced, citizen):
    move(announced, opens_at=timedelta(minutes=-5), closes_at=timedelta(days=14))
    tasks.consultations_phases.call_local()
    tasks.consultations_phases.call_local()
    services.consultation_sync(consultation=announced)
    assert events(citizen) == ["consultation_opened"]


def test_a_page_view_sends_what_is_due_if_it_comes_first(client, commune_a, announced, citizen):
    move(announced, opens_at=timedelta(minutes=-3), closes_at=timedelta(days=14))
    client.get(url("detail", commune_a, pk=announced.pk))
    assert events(citizen) == ["consultation_opened"]
    move(announced, closes_at=timedelta(minutes=-1))
    client.get(url("detail", commune_a, pk=announced.pk))
    client.get(url("detail", commune_a, pk=announced.pk))
    assert sorted(events(citizen)) == ["consultation_closed", "consultation_opened"]


def test_a_consultation_past_its_closing_is_not_announced_as_open(announced, citizen):
    move(announced, opens_at=timedelta(days=-20), closes_at=timedelta(minutes=-1))
    services.consultations_sync_due()
    assert events(citizen) == ["consultation_closed"]


def test_two_runs_at_once_send_once(announced, citizen):
    move(announced, opens_at=timedelta(minutes=-5), closes_at=timedelta(days=14))
    stale = Consultation.objects.for_commune(announced.commune).get(pk=announced.pk)
    services.consultation_sync(consultation=announced)
    services.consultation_sync(consultation=stale)  # read before the first one claimed it
    assert events(citizen) == ["consultation_opened"]


def test_drafts_tell_no_one(commune_a, officer, citizen):
    draft = make_consultation(commune_a, officer, phase="draft")
    services.follower_add(consultation=draft, user=citizen)
    move(draft, opens_at=timedelta(days=-1), closes_at=timedelta(days=13))
    assert services.consultation_sync(consultation=draft) == []
