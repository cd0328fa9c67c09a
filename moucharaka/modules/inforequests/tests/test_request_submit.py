"""Online requests (art. 14): acknowledged at once with a reference and the legal
deadline, recorded in the ledger, behind the CNDP gate (law 09-08)."""

import pytest
from django.utils import timezone

from moucharaka.core.identity.cnie import cnie_hash
from moucharaka.core.identity.services import CnieCollectionBlocked
from moucharaka.core.ledger.models import Participation
from moucharaka.core.notifications.models import Notification
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.core.workdays.models import CalendarDay
from moucharaka.modules.inforequests.models import InfoRequest, RequestEvent
from moucharaka.modules.inforequests.services import InfoRequestError

from .conftest import submit


def test_it_acknowledges_with_a_reference_and_the_legal_deadline(
    commune_a, cndp_a, requester, officer
):
    request = submit(commune_a, requester, cnie="ab 123 456")
    today = timezone.localdate()
    assert request.reference == f"DAI-{today.year}-0001"
    assert request.received_on == today and request.channel == "online"
    assert (
        request.due_on
        == request.first_due_on
        == calendar_for(commune_a).add_working_days(today, 20)
    )
    assert len(request.tracking_code) >= 16
    assert request.cnie_hash == cnie_hash("AB123456") and "123456" not in request.cnie_encrypted
    assert request.cnie_clear() == "AB123456"
    assert RequestEvent.objects.for_commune(commune_a).filter(kind="received").count() == 1
    mine = Notification.objects.get(recipient=requester, event="inforequests.received")
    assert request.reference in mine.title and request.tracking_code in mine.url
    assert Notification.objects.filter(recipient=officer, event="inforequests.received").exists()


def test_it_records_the_act_in_the_ledger(commune_a, cndp_a, requester):
    request = submit(commune_a, requester)
    row = Participation.objects.for_commune(commune_a).get(kind="info_requested")
    assert (row.person, row.module, row.channel) == (requester, "inforequests", "online")
    assert row.object_id == str(request.pk)


def test_it_numbers_requests_in_sequence_per_commune(
    commune_a, commune_b, cndp_a, cndp_b, requester
):
    first, second = submit(commune_a, requester), submit(commune_a, requester)
    other = submit(commune_b, requester)
    assert (first.number, second.number, other.number) == (1, 2, 1)


def test_an_urgent_request_is_due_in_three_working_days(commune_a, cndp_a, requester, officer):
    request = submit(
        commune_a,
        requester,
        urgent=True,
        urgency_ground="safety",
        urgency_justification="Un mur menace de s'effondrer sur l'école.",
    )
    today = timezone.localdate()
    assert request.due_on == calendar_for(commune_a).add_working_days(today, 3)
    urgent = Notification.objects.get(recipient=officer, event="inforequests.received")
    assert urgent.title.startswith("Urgent request")


def test_an_urgent_request_says_why(commune_a, cndp_a, requester):
    with pytest.raises(InfoRequestError) as error:
        submit(commune_a, requester, urgent=True, urgency_ground="safety")
    assert error.value.code == "urgency"
    assert not InfoRequest.objects.for_commune(commune_a).exists()


def test_an_answer_by_email_needs_an_address(commune_a, cndp_a, requester):
    with pytest.raises(InfoRequestError) as error:
        submit(commune_a, requester, email="", access_form="email")
    assert error.value.code == "email"
    assert submit(commune_a, requester, email="", access_form="on_site").pk


def test_it_refuses_to_collect_cnie_numbers_without_the_cndp_authorisation(
    commune_a, inforequests_on, requester
):
    with pytest.raises(CnieCollectionBlocked):
        submit(commune_a, requester)
    assert not InfoRequest.objects.for_commune(commune_a).exists()
    assert not Participation.objects.for_commune(commune_a).exists()


def test_the_deadline_follows_the_communes_calendar(commune_a, cndp_a, requester, owner):
    today = timezone.localdate()
    national = calendar_for(None).add_working_days(today, 20)
    closure = calendar_for(None).add_working_days(today, 3)
    CalendarDay.unscoped.create(commune=commune_a, day=closure, kind="closure", reason="x")
    request = submit(commune_a, requester)
    assert request.due_on > national
    assert request.due_on == calendar_for(commune_a).add_working_days(today, 20)


def test_a_commune_that_commits_to_answer_sooner(commune_a, cndp_a, requester):
    from moucharaka.core.registry.models import ModuleInstance

    ModuleInstance.objects.for_commune(commune_a).filter(key="inforequests").update(
        settings={"answer_days": 10}
    )
    request = submit(commune_a, requester)
    assert request.due_on == calendar_for(commune_a).add_working_days(timezone.localdate(), 10)
