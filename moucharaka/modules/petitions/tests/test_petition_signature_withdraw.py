import pytest

from moucharaka.core.ledger.models import Participation
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Signature
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_deposited, make_open, sign


def test_it_deletes_the_signature_and_lowers_the_count(commune_a, cndp_a, mandatary, citizen):
    petition = make_open(commune_a, mandatary)
    sign(commune_a, petition, signer=citizen, cnie="K12345")
    sign(commune_a, petition)
    services.petition_signature_withdraw(commune=commune_a, petition=petition, signer=citizen)
    petition.refresh_from_db()
    assert petition.signature_count == 1
    assert not Signature.objects.for_commune(commune_a).filter(signer=citizen).exists()
    # The withdrawn signature leaves the ledger too: one signatory left.
    signed = Participation.objects.for_commune(commune_a).filter(kind="petition_signed")
    assert signed.count() == 1 and not signed.filter(person=citizen).exists()
    # The person may sign again with the same number.
    sign(commune_a, petition, signer=citizen, cnie="K12345")


def test_it_says_when_there_is_nothing_to_withdraw(commune_a, cndp_a, mandatary, citizen):
    petition = make_open(commune_a, mandatary)
    with pytest.raises(PetitionError) as excinfo:
        services.petition_signature_withdraw(commune=commune_a, petition=petition, signer=citizen)
    assert excinfo.value.code == "not_signed"


def test_it_refuses_after_deposit(commune_a, cndp_a, mandatary):
    petition = make_deposited(commune_a, mandatary)
    signer = Signature.objects.for_commune(commune_a).filter(petition=petition).first().signer
    with pytest.raises(PetitionError) as excinfo:
        services.petition_signature_withdraw(commune=commune_a, petition=petition, signer=signer)
    assert excinfo.value.code == "closed"
