import pytest

from moucharaka.core.notifications.models import Notification
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Petition
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_deposited, make_draft, make_open, sign


def test_it_withdraws_and_tells_the_signatories(commune_a, cndp_a, mandatary, citizen):
    petition = make_open(commune_a, mandatary)
    sign(commune_a, petition, signer=citizen)
    services.petition_withdraw(commune=commune_a, petition=petition, actor=mandatary)
    petition.refresh_from_db()
    assert petition.status == Petition.Status.WITHDRAWN and petition.closed_at
    assert Notification.objects.filter(recipient=citizen, event="petitions.withdrawn").exists()


def test_it_withdraws_a_draft_quietly(commune_a, mandatary):
    petition = services.petition_withdraw(
        commune=commune_a, petition=make_draft(commune_a, mandatary), actor=mandatary
    )
    assert petition.status == Petition.Status.WITHDRAWN
    assert not petition.events.exists()


def test_it_refuses_after_deposit_or_for_others(commune_a, cndp_a, mandatary, citizen):
    deposited = make_deposited(commune_a, mandatary)
    with pytest.raises(PetitionError):
        services.petition_withdraw(commune=commune_a, petition=deposited, actor=mandatary)
    with pytest.raises(PermissionError):
        services.petition_withdraw(
            commune=commune_a, petition=make_open(commune_a, mandatary), actor=citizen
        )
