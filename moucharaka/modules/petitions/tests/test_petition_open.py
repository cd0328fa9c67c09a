import pytest

from moucharaka.core.identity.services import CnieCollectionBlocked
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Petition, PetitionEvent
from moucharaka.modules.petitions.services import PetitionError

from .conftest import association_data, make_association, make_draft


def test_it_opens_with_the_communes_threshold(commune_a, cndp_a, mandatary):
    petition = services.petition_open(
        commune=commune_a, petition=make_draft(commune_a, mandatary), actor=mandatary
    )
    assert petition.status == Petition.Status.COLLECTING
    assert petition.threshold == 200  # commune A: 50,000 inhabitants
    assert petition.opened_at is not None
    assert PetitionEvent.objects.for_commune(commune_a).get().kind == "opened"


def test_it_applies_a_tightened_threshold(commune_a, cndp_a, mandatary):
    ModuleInstance.objects.for_commune(commune_a).filter(key="petitions").update(
        settings={"threshold": 250}
    )
    petition = services.petition_open(
        commune=commune_a, petition=make_draft(commune_a, mandatary), actor=mandatary
    )
    assert petition.threshold == 250


def test_it_ignores_a_loosened_threshold(commune_a, cndp_a, mandatary):
    ModuleInstance.objects.for_commune(commune_a).filter(key="petitions").update(
        settings={"threshold": 10}
    )
    petition = services.petition_open(
        commune=commune_a, petition=make_draft(commune_a, mandatary), actor=mandatary
    )
    assert petition.threshold == 200


def test_it_stays_blocked_without_a_cndp_authorisation(commune_a, petitions_on, mandatary):
    petition = make_draft(commune_a, mandatary)
    with pytest.raises(CnieCollectionBlocked):
        services.petition_open(commune=commune_a, petition=petition, actor=mandatary)
    petition.refresh_from_db()
    assert petition.status == Petition.Status.DRAFT


def test_it_lets_only_the_mandatary_open_it(commune_a, cndp_a, mandatary, citizen):
    with pytest.raises(PermissionError):
        services.petition_open(
            commune=commune_a, petition=make_draft(commune_a, mandatary), actor=citizen
        )


def test_it_does_not_open_association_petitions_for_signatures(commune_a, cndp_a, mandatary):
    association = make_association(commune_a, mandatary)
    petition = services.petition_draft_create(
        commune=commune_a,
        mandatary=mandatary,
        kind=Petition.Kind.ASSOCIATION,
        **association_data(association),
    )
    with pytest.raises(PetitionError):
        services.petition_open(commune=commune_a, petition=petition, actor=mandatary)
