import pytest

from moucharaka.core.identity.cnie import decrypt_cnie
from moucharaka.core.identity.services import CnieCollectionBlocked
from moucharaka.core.ledger.models import Participation
from moucharaka.core.notifications.models import Notification
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Basis, Petition, PetitionEvent, Signature
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_draft, make_open, sign


@pytest.fixture
def petition(commune_a, cndp_a, mandatary):
    return make_open(commune_a, mandatary)


def test_it_records_an_online_signature(commune_a, petition, citizen):
    signature = sign(commune_a, petition, signer=citizen, cnie="ab 123456", full_name="Said")
    assert signature.channel == "online" and signature.signer == citizen
    assert decrypt_cnie(signature.cnie_encrypted) == "AB123456"
    assert "123456" not in signature.cnie_encrypted
    petition.refresh_from_db()
    assert petition.signature_count == 1 and petition.paper_signature_count == 0
    row = Participation.objects.for_commune(commune_a).get(kind="petition_signed")
    assert row.person == citizen and row.channel == "online" and row.module == "petitions"
    assert row.object_id == str(petition.pk)


def test_it_refuses_the_same_cnie_from_another_account(commune_a, petition):
    sign(commune_a, petition, cnie="K12345")
    with pytest.raises(PetitionError) as excinfo:
        sign(commune_a, petition, cnie="k 12345")
    assert excinfo.value.code == "duplicate_cnie"
    petition.refresh_from_db()
    assert petition.signature_count == 1
    assert Signature.objects.for_commune(commune_a).count() == 1


def test_it_refuses_a_second_signature_from_the_same_account(commune_a, petition, citizen):
    sign(commune_a, petition, signer=citizen)
    with pytest.raises(PetitionError) as excinfo:
        sign(commune_a, petition, signer=citizen)
    assert excinfo.value.code == "duplicate_account"


def test_it_allows_the_same_cnie_on_another_petition(commune_a, petition, mandatary):
    other = make_open(commune_a, mandatary, title="Autre")
    sign(commune_a, petition, cnie="K12345")
    sign(commune_a, other, cnie="K12345")


@pytest.mark.parametrize(
    "overrides, code",
    [
        ({"declares_electoral_eligibility": False}, "not_eligible"),
        ({"basis": "tourist"}, "not_eligible"),
        ({"cnie": "123"}, "invalid_cnie"),
        ({"address": " "}, "incomplete"),
    ],
)
def test_it_refuses_incomplete_or_ineligible_signatures(commune_a, petition, overrides, code):
    with pytest.raises(PetitionError) as excinfo:
        sign(commune_a, petition, **overrides)
    assert excinfo.value.code == code


def test_it_refuses_signatures_outside_the_collection(commune_a, cndp_a, mandatary):
    draft = make_draft(commune_a, mandatary)
    with pytest.raises(PetitionError) as excinfo:
        sign(commune_a, draft)
    assert excinfo.value.code == "not_open"


def test_a_deposit_that_committed_meanwhile_wins(commune_a, petition):
    """Online signing does not lock the petition up front: the page that shows the form
    may have read it before the mandatary deposited. Nothing of the signature stays."""
    Petition.objects.for_commune(commune_a).filter(pk=petition.pk).update(status="deposited")
    with pytest.raises(PetitionError) as excinfo:
        sign(commune_a, petition)  # `petition` still says "collecting"
    assert excinfo.value.code == "not_open"
    assert not Signature.objects.for_commune(commune_a).exists()
    assert not Participation.objects.for_commune(commune_a).filter(kind="petition_signed")
    petition.refresh_from_db()
    assert petition.signature_count == 0


def test_it_refuses_anonymous_signers(commune_a, petition):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionError):
        services.petition_sign(
            commune=commune_a,
            petition=petition,
            signer=AnonymousUser(),
            full_name="x",
            cnie="K1",
            address="x",
            basis=Basis.RESIDENCE,
            declares_electoral_eligibility=True,
        )


def test_it_stops_when_the_cndp_authorisation_ends(commune_a, petition, cndp_a):
    import datetime

    cndp_a.valid_until = datetime.date(2021, 1, 1)
    cndp_a.save()
    with pytest.raises(CnieCollectionBlocked):
        sign(commune_a, petition)


def test_it_tells_the_mandatary_when_the_threshold_is_reached(commune_a, petition, mandatary):
    Petition.objects.for_commune(commune_a).filter(pk=petition.pk).update(threshold=2)
    petition.refresh_from_db()
    sign(commune_a, petition)
    assert not PetitionEvent.objects.for_commune(commune_a).filter(kind="threshold").exists()
    sign(commune_a, petition)
    assert PetitionEvent.objects.for_commune(commune_a).filter(kind="threshold").exists()
    assert Notification.objects.filter(recipient=mandatary, event="petitions.threshold").exists()


def test_it_refuses_another_communes_petition(commune_b, petition):
    with pytest.raises(ValueError):
        sign(commune_b, petition)


def test_it_runs_a_bounded_number_of_queries(commune_a, petition, django_assert_max_num_queries):
    signer = UserFactory()
    # 13: the signature's checks and row, the counter, the ledger row and its rollup.
    with django_assert_max_num_queries(13):
        sign(commune_a, petition, signer=signer)
