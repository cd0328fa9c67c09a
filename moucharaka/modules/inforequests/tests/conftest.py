"""Shared fixtures of the requests-for-information tests: the module switched on in both
communes, CNDP authorisations, an information officer and a president in commune A, and
helpers that build requests in any state through the services."""

import datetime
import itertools

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.inforequests import services
from moucharaka.modules.inforequests.models import InfoRequest

D = datetime.date
_numbers = itertools.count(100000)


def next_cnie(prefix="IR") -> str:
    return f"{prefix}{next(_numbers)}"


@pytest.fixture(autouse=True)
def in_english(settings):
    """Assertions read English messages (the source strings); Arabic and French pages
    are checked by test_translations.py and the browser journey."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media_files(settings, tmp_path):
    """Answer documents (private) and published documents (public) go to temporary
    folders."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media"), "base_url": "/media/"},
        },
    }


@pytest.fixture
def inforequests_on(commune_a, commune_b):
    module_enable(commune=commune_a, key="inforequests")
    module_enable(commune=commune_b, key="inforequests")


@pytest.fixture
def cndp_a(commune_a, inforequests_on):
    return CndpAuthorisation.unscoped.create(
        commune=commune_a, reference="A-1", granted_on=D(2020, 1, 1), scope="Accès à l'info"
    )


@pytest.fixture
def cndp_b(commune_b, inforequests_on):
    return CndpAuthorisation.unscoped.create(
        commune=commune_b, reference="B-1", granted_on=D(2020, 1, 1), scope="x"
    )


@pytest.fixture
def officer(commune_a):
    user = UserFactory(email="officer@a.ma")
    commune_role_grant(commune=commune_a, user=user, role="information_officer")
    return user


@pytest.fixture
def officer_b(commune_b):
    user = UserFactory(email="officer@b.ma")
    commune_role_grant(commune=commune_b, user=user, role="information_officer")
    return user


@pytest.fixture
def president(commune_a):
    user = UserFactory(email="president@a.ma")
    commune_role_grant(commune=commune_a, user=user, role=CoreRole.PRESIDENT)
    return user


@pytest.fixture
def requester(db):
    return UserFactory(email="requester@example.ma", first_name="Salma", last_name="Bennani")


def request_data(**overrides) -> dict:
    data = {
        "full_name": "Salma Bennani",
        "cnie": next_cnie(),
        "address": "12 rue des Orangers",
        "email": "salma@example.ma",
        "phone": "0612345678",
        "subject": "Budget 2025 de la commune",
        "information_sought": "Le budget adopté pour 2025, par chapitre.",
        "access_form": "email",
    }
    data.update(overrides)
    return data


def submit(commune, requester, **overrides) -> InfoRequest:
    details = services.RequestDetails(**request_data(**overrides))
    return services.request_submit(commune=commune, requester=requester, details=details)


def register(commune, officer, received_on, *, channel="desk", **overrides) -> InfoRequest:
    return services.request_register(
        commune=commune,
        actor=officer,
        channel=channel,
        received_on=received_on,
        details=services.RequestDetails(**request_data(**overrides)),
    )


def days_ago(n: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=n)


def answer(commune, request, officer, **overrides) -> InfoRequest:
    data = {"outcome": "answered", "text": "Le budget est joint."}
    data.update(overrides)
    return services.request_respond(commune=commune, request=request, actor=officer, **data)


def pdf_file(name="budget.pdf", content=b"%PDF-1.4 budget"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")
