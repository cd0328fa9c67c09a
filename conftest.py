"""The shared test base (DESIGN §3): two communes, with owner, member and outsider users.

- `owner`: administrator of commune A;
- `member`: editor of commune A;
- `outsider`: administrator of commune B — every staff view of A must 404 for them.
"""

import pytest
from django.core.cache import cache

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.testing.factories import CommuneFactory, UserFactory


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Real hashers cost ~0.5 s per user; tests check behaviour, not hash strength."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _files_in_a_temporary_folder(settings, tmp_path):
    """Uploads and generated files (photos, scans, reports) never land in var/."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media")},
        },
    }


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Tests write and read back inside one transaction that never commits, so the page
    cache would never see the write; its own tests switch it on."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: rate-limit counters (keyed by user ids that
    the database reuses from test to test) must not leak into the next test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def commune_a(db):
    return CommuneFactory(slug="commune-a", name_fr="Commune A", name_ar="الجماعة أ")


@pytest.fixture
def commune_b(db):
    return CommuneFactory(slug="commune-b", name_fr="Commune B", name_ar="الجماعة ب")


@pytest.fixture
def owner(commune_a):
    user = UserFactory(email="owner@a.ma")
    commune_role_grant(commune=commune_a, user=user, role=CoreRole.ADMINISTRATOR)
    return user


@pytest.fixture
def member(commune_a):
    user = UserFactory(email="member@a.ma")
    commune_role_grant(commune=commune_a, user=user, role=CoreRole.EDITOR)
    return user


@pytest.fixture
def outsider(commune_b):
    user = UserFactory(email="outsider@b.ma")
    commune_role_grant(commune=commune_b, user=user, role=CoreRole.ADMINISTRATOR)
    return user


@pytest.fixture
def citizen(db):
    return UserFactory(email="citizen@example.ma")
