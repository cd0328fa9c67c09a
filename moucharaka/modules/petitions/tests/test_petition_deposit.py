import datetime

import pytest
from django.utils import timezone

from moucharaka.core.ledger.models import Participation
from moucharaka.core.notifications.models import Notification
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Petition, PetitionEvent
from moucharaka.modules.petitions.services import PetitionError

from .conftest import (
    association_data,
    fill,
    make_association,
    make_deposited,
    make_open,
    sign,
)


def open_with_threshold(commune, mandatary, threshold):
    petition = make_open(commune, mandatary)
    Petition.objects.for_commune(commune).filter(pk=petition.pk).update(threshold=threshold)
    petition.refresh_from_db()
    return petition


def test_it_deposits_with_a_receipt_and_starts_the_clock(
    commune_a, cndp_a, mandatary, officer, president, citizen
):
    petition = open_with_threshold(commune_a, mandatary, 2)
    sign(commune_a, petition, signer=citizen)
    fill(commune_a, petition, 1)
    petition = services.petition_deposit(commune=commune_a, petition=petition, actor=mandatary)
    today = timezone.localdate()
    assert petition.status == Petition.Status.DEPOSITED
    assert petition.receipt_number == f"{today.year}/0001"
    assert petition.decision_deadline == services.rules.decision_deadline(today)
    assert PetitionEvent.objects.for_commune(commune_a).filter(kind="deposited").exists()
    filed = Participation.objects.for_commune(commune_a).get(kind="petition_filed")
    assert filed.person == mandatary
    notified = set(
        Notification.objects.filter(event="petitions.deposited").values_list(
            "recipient__email", flat=True
        )
    )
    signers = set(petition.signatures.exclude(signer=None).values_list("signer__email", flat=True))
    assert citizen.email in signers and len(signers) == 2
    assert notified == {mandatary.email, officer.email, president.email} | signers


def test_it_numbers_receipts_in_sequence(commune_a, cndp_a, mandatary):
    first = make_deposited(commune_a, mandatary, threshold=1)
    second = make_deposited(commune_a, mandatary, threshold=1)
    assert first.receipt_number.endswith("/0001")
    assert second.receipt_number.endswith("/0002")


def test_it_refuses_below_the_threshold(commune_a, cndp_a, mandatary):
    petition = open_with_threshold(commune_a, mandatary, 3)
    fill(commune_a, petition, 2)
    with pytest.raises(PetitionError) as excinfo:
        services.petition_deposit(commune=commune_a, petition=petition, actor=mandatary)
    assert excinfo.value.code == "threshold"


def test_it_applies_a_shorter_commune_deadline(commune_a, cndp_a, mandatary):
    ModuleInstance.objects.for_commune(commune_a).filter(key="petitions").update(
        settings={"decision_months": 2}
    )
    petition = make_deposited(commune_a, mandatary, threshold=1)
    assert petition.decision_deadline == services.rules.add_months(timezone.localdate(), 2)


def test_it_lets_only_the_mandatary_deposit(commune_a, cndp_a, mandatary, citizen):
    petition = open_with_threshold(commune_a, mandatary, 1)
    fill(commune_a, petition, 1)
    with pytest.raises(PermissionError):
        services.petition_deposit(commune=commune_a, petition=petition, actor=citizen)


def test_it_deposits_an_association_petition_after_checking_it_again(
    commune_a, petitions_on, mandatary
):
    association = make_association(commune_a, mandatary)
    petition = services.petition_draft_create(
        commune=commune_a,
        mandatary=mandatary,
        kind=Petition.Kind.ASSOCIATION,
        **association_data(association),
    )
    petition = services.petition_deposit(commune=commune_a, petition=petition, actor=mandatary)
    assert petition.status == Petition.Status.DEPOSITED


def test_it_checks_the_associations_age_on_the_day_of_deposit(commune_a, petitions_on, mandatary):
    association = make_association(commune_a, mandatary)
    petition = services.petition_draft_create(
        commune=commune_a,
        mandatary=mandatary,
        kind=Petition.Kind.ASSOCIATION,
        **association_data(association),
    )
    association.registration_date = timezone.localdate() - datetime.timedelta(days=365)
    association.save()
    with pytest.raises(PetitionError) as excinfo:
        services.petition_deposit(commune=commune_a, petition=petition, actor=mandatary)
    assert excinfo.value.code == "association"


def test_it_refuses_a_representative_who_lost_the_mandate(commune_a, petitions_on, mandatary):
    from moucharaka.core.accounts.models import AssociationMembership

    association = make_association(commune_a, mandatary)
    petition = services.petition_draft_create(
        commune=commune_a,
        mandatary=mandatary,
        kind=Petition.Kind.ASSOCIATION,
        **association_data(association),
    )
    AssociationMembership.objects.filter(user=mandatary).update(can_act=False)
    with pytest.raises(PetitionError):
        services.petition_deposit(commune=commune_a, petition=petition, actor=mandatary)
