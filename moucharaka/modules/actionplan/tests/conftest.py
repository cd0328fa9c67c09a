"""Shared fixtures of the action-programme tests: the module switched on in both
communes, an adopted programme of commune A with one axis, a district, and the
programme's manager."""

import pytest

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import DistrictFactory, UserFactory
from moucharaka.modules.actionplan.permissions import MANAGER

from .factories import AxisFactory, ProgrammeFactory


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def module_on(commune_a, commune_b):
    module_enable(commune=commune_a, key="actionplan")
    module_enable(commune=commune_b, key="actionplan")


@pytest.fixture
def programme(commune_a):
    return ProgrammeFactory(commune=commune_a)


@pytest.fixture
def axis(programme):
    return AxisFactory(
        programme=programme, code="1", name_ar="البنيات التحتية", name_fr="Infrastructures"
    )


@pytest.fixture
def district_a(commune_a):
    return DistrictFactory(commune=commune_a, name_ar="المدينة العتيقة", name_fr="Médina")


@pytest.fixture
def manager(commune_a):
    user = UserFactory(email="manager@a.ma", display_name="Manager A")
    commune_role_grant(commune=commune_a, user=user, role=MANAGER)
    return user
