import pytest

from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_draft, make_open


def test_it_lets_the_mandatary_edit_the_draft(commune_a, mandatary):
    petition = make_draft(commune_a, mandatary)
    services.petition_draft_update(
        commune=commune_a, petition=petition, actor=mandatary, title=" Nouveau titre "
    )
    petition.refresh_from_db()
    assert petition.title == "Nouveau titre"


def test_it_refuses_anyone_else(commune_a, mandatary, citizen):
    petition = make_draft(commune_a, mandatary)
    with pytest.raises(PermissionError):
        services.petition_draft_update(
            commune=commune_a, petition=petition, actor=citizen, title="x"
        )


def test_it_freezes_the_text_once_open(commune_a, cndp_a, mandatary):
    petition = make_open(commune_a, mandatary)
    with pytest.raises(PetitionError):
        services.petition_draft_update(
            commune=commune_a, petition=petition, actor=mandatary, title="x"
        )


def test_it_refuses_fields_that_are_not_the_text(commune_a, mandatary):
    petition = make_draft(commune_a, mandatary)
    with pytest.raises(ValueError):
        services.petition_draft_update(
            commune=commune_a, petition=petition, actor=mandatary, status="accepted"
        )


def test_it_refuses_another_communes_petition(commune_a, commune_b, mandatary):
    petition = make_draft(commune_a, mandatary)
    with pytest.raises(ValueError):
        services.petition_draft_update(
            commune=commune_b, petition=petition, actor=mandatary, title="x"
        )
