import datetime

import pytest

from moucharaka.core.testing.factories import AssociationFactory, CommuneFactory
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Petition
from moucharaka.modules.petitions.services import PetitionError

from .conftest import association_data, draft_data, make_association, pdf_file


def test_it_creates_a_private_citizens_draft(commune_a, mandatary):
    petition = services.petition_draft_create(
        commune=commune_a,
        mandatary=mandatary,
        kind=Petition.Kind.CITIZENS,
        attachments=[("Plan", pdf_file("plan.pdf"))],
        **draft_data(title="  Éclairage  "),
    )
    assert petition.status == Petition.Status.DRAFT
    assert petition.title == "Éclairage"
    assert petition.mandatary == mandatary
    assert petition.threshold is None and petition.signature_count == 0
    assert petition.attachments.get().title == "Plan"


def test_it_requires_the_declarations_of_arts_121_and_122(commune_a, mandatary):
    with pytest.raises(PetitionError) as excinfo:
        services.petition_draft_create(
            commune=commune_a,
            mandatary=mandatary,
            kind=Petition.Kind.CITIZENS,
            **draft_data(declares_within_powers=False),
        )
    assert excinfo.value.code == "declarations"


def test_it_creates_an_association_petition(commune_a, mandatary):
    association = make_association(commune_a, mandatary)
    petition = services.petition_draft_create(
        commune=commune_a,
        mandatary=mandatary,
        kind=Petition.Kind.ASSOCIATION,
        **association_data(association),
    )
    assert petition.association == association
    assert petition.good_standing_document.name.startswith("petitions/standing/")


def test_it_refuses_a_member_who_may_not_act(commune_a, mandatary, citizen):
    association = make_association(commune_a, mandatary)
    with pytest.raises(PetitionError) as excinfo:
        services.petition_draft_create(
            commune=commune_a,
            mandatary=citizen,
            kind=Petition.Kind.ASSOCIATION,
            **association_data(association),
        )
    assert excinfo.value.code == "not_mandated"


def test_it_says_what_fails_for_the_association(commune_a, mandatary):
    association = make_association(commune_a, mandatary, years=1)
    association.seat_commune = CommuneFactory()
    association.save()
    with pytest.raises(PetitionError) as excinfo:
        services.petition_draft_create(
            commune=commune_a,
            mandatary=mandatary,
            kind=Petition.Kind.ASSOCIATION,
            **association_data(association, good_standing_document=None),
        )
    message = str(excinfo.value.message)
    assert "3" in message and "branch" in message and "supporting document" in message


def test_it_keeps_kind_and_association_consistent(commune_a, mandatary):
    with pytest.raises(ValueError):
        services.petition_draft_create(
            commune=commune_a,
            mandatary=mandatary,
            kind=Petition.Kind.CITIZENS,
            **draft_data(
                association=AssociationFactory(registration_date=datetime.date(2010, 1, 1))
            ),
        )
