"""Shared fixtures of the meetings tests: the module switched on in both communes, a
district in each, a meetings officer of commune A, and meetings to work on."""

from datetime import timedelta

import pytest
from django.utils import timezone

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import DistrictFactory, UserFactory
from moucharaka.modules.meetings.permissions import OFFICER

from .factories import MeetingFactory


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploaded documents and photos go to a throw-away directory."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def module_on(commune_a, commune_b):
    module_enable(commune=commune_a, key="meetings")
    module_enable(commune=commune_b, key="meetings")


@pytest.fixture
def district_a(commune_a):
    return DistrictFactory(commune=commune_a, name_ar="المدينة العتيقة", name_fr="Médina")


@pytest.fixture
def district_b(commune_b):
    return DistrictFactory(commune=commune_b, name_ar="حي آخر", name_fr="Autre quartier")


@pytest.fixture
def officer(commune_a):
    user = UserFactory(email="officer@a.ma", display_name="Officer A")
    commune_role_grant(commune=commune_a, user=user, role=OFFICER)
    return user


@pytest.fixture
def meeting(commune_a):
    """A published meeting of commune A, in ten days, with 3 places."""
    return MeetingFactory(commune=commune_a, capacity=3)


@pytest.fixture
def past_meeting(commune_a):
    start = timezone.now() - timedelta(days=3)
    return MeetingFactory(commune=commune_a, starts_at=start, ends_at=start + timedelta(hours=2))


@pytest.fixture
def meeting_b(commune_b):
    return MeetingFactory(commune=commune_b, title="لقاء الجماعة ب")
