"""Shared fixtures of the petitions tests: the module switched on in both communes, a
CNDP authorisation in commune A, a petitions officer and helpers to build petitions in
any state through the services."""

import datetime
import itertools

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from moucharaka.core.accounts.models import AssociationMembership, CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import AssociationFactory, UserFactory
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Basis, Petition

_numbers = itertools.count(100000)


def next_cnie(prefix="AB") -> str:
    return f"{prefix}{next(_numbers)}"


@pytest.fixture(autouse=True)
def in_english(settings):
    """Assertions read English messages (the source strings): URLs reversed here get
    the /en/ prefix and the back office falls back to English. Arabic and French pages
    are checked by test_translations.py and the browser journey."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def petitions_on(commune_a, commune_b):
    module_enable(commune=commune_a, key="petitions")
    module_enable(commune=commune_b, key="petitions")


@pytest.fixture
def cndp_a(commune_a, petitions_on):
    return CndpAuthorisation.unscoped.create(
        commune=commune_a,
        reference="A-GC-1/2025",
        granted_on=datetime.date(2020, 1, 1),
        scope="Pétitions",
    )


@pytest.fixture
def cndp_b(commune_b, petitions_on):
    return CndpAuthorisation.unscoped.create(
        commune=commune_b, reference="B-1", granted_on=datetime.date(2020, 1, 1), scope="x"
    )


@pytest.fixture
def officer(commune_a):
    user = UserFactory(email="officer@a.ma")
    commune_role_grant(commune=commune_a, user=user, role="petitions_officer")
    return user


@pytest.fixture
def officer_b(commune_b):
    user = UserFactory(email="officer@b.ma")
    commune_role_grant(commune=commune_b, user=user, role="petitions_officer")
    return user


@pytest.fixture
def president(commune_a):
    user = UserFactory(email="president@a.ma")
    commune_role_grant(commune=commune_a, user=user, role=CoreRole.PRESIDENT)
    return user


@pytest.fixture
def mandatary(db):
    return UserFactory(email="mandatary@example.ma", first_name="Amina", last_name="Alaoui")


def draft_data(**overrides):
    data = {
        "title": "Éclairage public du quartier",
        "requested_point": "Inscrire l'éclairage du quartier Jnane à l'ordre du jour.",
        "reasons": "Les rues sont sombres.",
        "objectives": "Sécurité des habitants.",
        "declares_within_powers": True,
        "declares_constants_respected": True,
        "mandatary_name": "Amina Alaoui",
        "mandatary_address": "12 rue des Orangers",
        "mandatary_phone": "0600000000",
    }
    data.update(overrides)
    return data


def make_draft(commune, mandatary, **overrides) -> Petition:
    return services.petition_draft_create(
        commune=commune, mandatary=mandatary, kind=Petition.Kind.CITIZENS, **draft_data(**overrides)
    )


def make_open(commune, mandatary, **overrides) -> Petition:
    petition = make_draft(commune, mandatary, **overrides)
    return services.petition_open(commune=commune, petition=petition, actor=mandatary)


def sign(commune, petition, signer=None, cnie=None, **overrides):
    return services.petition_sign(
        commune=commune,
        petition=petition,
        signer=signer or UserFactory(),
        full_name=overrides.pop("full_name", "Signataire"),
        cnie=cnie or next_cnie(),
        address=overrides.pop("address", "Quartier Jnane"),
        basis=overrides.pop("basis", Basis.RESIDENCE),
        declares_electoral_eligibility=overrides.pop("declares_electoral_eligibility", True),
    )


def fill(commune, petition, count):
    for _ in range(count):
        sign(commune, petition)
    petition.refresh_from_db()
    return petition


def make_deposited(commune, mandatary, threshold=3) -> Petition:
    petition = make_open(commune, mandatary)
    Petition.objects.for_commune(commune).filter(pk=petition.pk).update(threshold=threshold)
    petition.refresh_from_db()
    fill(commune, petition, threshold)
    return services.petition_deposit(commune=commune, petition=petition, actor=mandatary)


def make_association(commune, user, *, years=5, **fields):
    today = datetime.date.today()
    association = AssociationFactory(
        seat_commune=commune,
        registration_date=today.replace(year=today.year - years),
        **fields,
    )
    AssociationMembership.objects.create(
        association=association, user=user, role="representative", can_act=True
    )
    return association


def pdf_file(name="doc.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4 test", content_type="application/pdf")


def association_data(association, **overrides):
    data = draft_data(
        association=association,
        declares_related_activity=True,
        declares_good_standing=True,
        good_standing_document=pdf_file("standing.pdf"),
    )
    data.update(overrides)
    return data


def examine(commune, petition, actor, **overrides):
    data = dict(
        committees="Commission de l'urbanisme",
        examined_on=timezone.localdate(),
        report="Avis favorable, sous réserve du budget.",
    )
    data.update(overrides)
    return services.petition_committees_examine(
        commune=commune, petition=petition, actor=actor, **data
    )
