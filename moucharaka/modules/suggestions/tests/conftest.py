"""Shared fixtures of the suggestions tests: the module switched on in both communes, a
category, a district and a service in each, an officer and a moderator of commune A."""

import pytest

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import DistrictFactory, UserFactory
from moucharaka.modules.suggestions.permissions import OFFICER

from .factories import CategoryFactory, ServiceFactory


@pytest.fixture(autouse=True)
def _fast_and_clean(settings, tmp_path):
    """Uploaded photos go to a throw-away directory; passwords hash fast (the query-count
    tests create hundreds of people)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def module_on(commune_a, commune_b):
    module_enable(commune=commune_a, key="suggestions")
    module_enable(commune=commune_b, key="suggestions")


@pytest.fixture
def category_a(commune_a):
    return CategoryFactory(commune=commune_a, name_ar="الإنارة العمومية", name_fr="Éclairage")


@pytest.fixture
def category_b(commune_b):
    return CategoryFactory(commune=commune_b, name_ar="النظافة", name_fr="Propreté")


@pytest.fixture
def district_a(commune_a):
    return DistrictFactory(commune=commune_a, name_ar="المدينة العتيقة", name_fr="Médina")


@pytest.fixture
def district_b(commune_b):
    return DistrictFactory(commune=commune_b)


@pytest.fixture
def service_a(commune_a):
    return ServiceFactory(commune=commune_a, name_ar="المصلحة التقنية", name_fr="Service technique")


@pytest.fixture
def officer(commune_a):
    user = UserFactory(email="officer@a.ma", display_name="Officer A")
    commune_role_grant(commune=commune_a, user=user, role=OFFICER)
    return user


@pytest.fixture
def moderator(commune_a):
    user = UserFactory(email="moderator@a.ma")
    commune_role_grant(commune=commune_a, user=user, role=CoreRole.MODERATOR)
    return user


@pytest.fixture
def supporter(db):
    return UserFactory(email="supporter@example.ma")
