"""Requests received at the desk, by post or by e-mail, entered by the information officer
with their channel and date of receipt (art. 14): the deadline runs from the receipt,
over the real calendar."""

import datetime

import pytest
from django.utils import timezone

from moucharaka.core.identity.cnie import cnie_hash
from moucharaka.core.ledger.models import Participation
from moucharaka.modules.inforequests import services
from moucharaka.modules.inforequests.services import InfoRequestError

from .conftest import register, request_data

D = datetime.date


def test_a_request_received_before_throne_day_is_due_after_the_august_holidays(
    commune_a, cndp_a, officer
):
    request = register(commune_a, officer, D(2025, 7, 23), channel="post")
    assert (request.received_on, request.first_due_on, request.due_on) == (
        D(2025, 7, 23),
        D(2025, 8, 26),
        D(2025, 8, 26),
    )
    assert request.entered_by == officer and request.channel == "post"
    assert request.reference.startswith(f"DAI-{timezone.localdate().year}-")


def test_a_request_received_before_eid_al_fitr(commune_a, cndp_a, officer):
    assert register(commune_a, officer, D(2024, 4, 5)).due_on == D(2024, 5, 8)


def test_a_request_received_on_a_saturday_by_email(commune_a, cndp_a, officer):
    request = register(commune_a, officer, D(2025, 2, 1), channel="email")
    assert request.due_on == D(2025, 2, 28)


def test_it_records_the_requester_in_the_ledger_by_keyed_hash(commune_a, cndp_a, officer):
    register(commune_a, officer, D(2025, 7, 23), cnie="DK445566")
    row = Participation.objects.for_commune(commune_a).get(kind="info_requested")
    assert row.person is None and row.channel == "in_person"
    assert row.person_key == cnie_hash("DK445566", purpose="ledger")


def test_it_emails_the_acknowledgement_to_a_requester_without_an_account(
    commune_a, cndp_a, officer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = register(commune_a, officer, timezone.localdate(), email="walkin@example.ma")
    sent = [m for m in mailoutbox if m.to == ["walkin@example.ma"]]
    assert len(sent) == 1 and request.reference in sent[0].subject
    assert request.tracking_code in sent[0].body


def test_the_date_of_receipt_cannot_be_in_the_future(commune_a, cndp_a, officer):
    with pytest.raises(InfoRequestError):
        register(commune_a, officer, timezone.localdate() + datetime.timedelta(days=1))


def test_online_is_not_a_desk_channel(commune_a, cndp_a, officer):
    with pytest.raises(InfoRequestError):
        register(commune_a, officer, timezone.localdate(), channel="online")


@pytest.mark.parametrize("who", ["owner", "officer_b", "requester"])
def test_only_the_communes_information_officer_registers(commune_a, cndp_a, who, request):
    with pytest.raises(PermissionError):
        services.request_register(
            commune=commune_a,
            actor=request.getfixturevalue(who),
            channel="desk",
            received_on=timezone.localdate(),
            details=services.RequestDetails(**request_data()),
        )
