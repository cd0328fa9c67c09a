import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.identity.cnie import cnie_hash
from moucharaka.core.ledger.models import Participation
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Basis
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_open, sign


@pytest.fixture
def setup(commune_a, cndp_a, mandatary, officer):
    petition = make_open(commune_a, mandatary)
    sheet = services.petition_paper_sheet_add(
        commune=commune_a, petition=petition, actor=officer, label="1"
    )
    return petition, sheet


def add(commune, petition, sheet, officer, cnie, **overrides):
    data = {
        "full_name": "Fatima",
        "address": "Douar",
        "basis": Basis.ACTIVITY,
        "declares_electoral_eligibility": True,
    }
    data.update(overrides)
    return services.petition_paper_signature_add(
        commune=commune, petition=petition, sheet=sheet, actor=officer, cnie=cnie, **data
    )


def test_it_adds_a_paper_signature(commune_a, setup, officer):
    petition, sheet = setup
    signature = add(commune_a, petition, sheet, officer, "PA1234")
    assert signature.channel == "paper" and signature.signer is None
    assert signature.entered_by == officer and signature.sheet == sheet
    petition.refresh_from_db()
    assert (petition.signature_count, petition.paper_signature_count) == (1, 1)
    row = Participation.objects.for_commune(commune_a).get(kind="petition_signed")
    assert row.channel == "paper" and row.person is None
    # The ledger key is a keyed hash for another purpose: it cannot be joined.
    assert row.person_key == cnie_hash("PA1234", purpose="ledger")
    assert row.person_key != signature.cnie_hash
    assert (
        AuditEntry.objects.for_commune(commune_a)
        .filter(action="petition.paper_signature_add")
        .exists()
    )


def test_it_deduplicates_paper_against_online(commune_a, setup, officer):
    petition, sheet = setup
    sign(commune_a, petition, cnie="ON1234")
    with pytest.raises(PetitionError) as excinfo:
        add(commune_a, petition, sheet, officer, "on 1234")
    assert excinfo.value.code == "duplicate_cnie"


def test_it_deduplicates_online_against_paper(commune_a, setup, officer):
    petition, sheet = setup
    add(commune_a, petition, sheet, officer, "PP1234")
    with pytest.raises(PetitionError):
        sign(commune_a, petition, cnie="PP1234")
    petition.refresh_from_db()
    assert petition.signature_count == 1


def test_it_refuses_a_sheet_of_another_petition(commune_a, setup, officer, mandatary):
    petition, _sheet = setup
    other = make_open(commune_a, mandatary, title="Autre")
    other_sheet = services.petition_paper_sheet_add(
        commune=commune_a, petition=other, actor=officer, label="9"
    )
    with pytest.raises(ValueError):
        add(commune_a, petition, other_sheet, officer, "PS1")


def test_it_is_for_the_petitions_officer_only(commune_a, setup, owner):
    petition, sheet = setup
    with pytest.raises(PermissionError):
        add(commune_a, petition, sheet, owner, "PS2")
