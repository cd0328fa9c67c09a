"""A commentable object without a test-only model: `ModuleInstance` (a TenantModel) opts
in for the duration of a test, under a temporarily registered module "testing". The
"testing" instance of a commune is both the switch that enables the module there and the
object people comment on."""

import pytest

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.comments.models import Comment
from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.testing.factories import UserFactory

MODULE = "testing"


@pytest.fixture
def testing_module(monkeypatch):
    monkeypatch.setattr(ModuleInstance, "comments_module", MODULE, raising=False)
    manifest = ModuleManifest(
        key=MODULE, label="Testing", urls="moucharaka.core.testing.empty_urls"
    )
    with registry.temporarily(manifest):
        yield manifest


@pytest.fixture
def target_a(commune_a, testing_module):
    return ModuleInstance.unscoped.create(commune=commune_a, key=MODULE)


@pytest.fixture
def target_b(commune_b, testing_module):
    return ModuleInstance.unscoped.create(commune=commune_b, key=MODULE)


@pytest.fixture
def author(db):
    return UserFactory(email="author@example.ma", display_name="Fatima Zahra")


@pytest.fixture
def moderator(commune_a):
    user = UserFactory(email="moderator@a.ma")
    commune_role_grant(commune=commune_a, user=user, role=CoreRole.MODERATOR)
    return user


def make_comment(target, *, author=None, body="Un commentaire", parent=None, **extra) -> Comment:
    """A comment row written directly (tests of reads and of moderation)."""
    from django.contrib.contenttypes.models import ContentType

    return Comment.unscoped.create(
        commune_id=target.commune_id,
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
        author=author,
        body=body,
        parent=parent,
        module=MODULE,
        **extra,
    )
