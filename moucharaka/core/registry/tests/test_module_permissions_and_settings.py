"""Generic hooks for modules: model permissions per staff role
(`ModuleManifest.register_permissions`) and per-commune settings (`settings_form`)."""

import pytest
from django import forms
from django.contrib.auth.models import Group

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.manifests import ModuleManifest, RegistryError, registry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.registry.selectors import module_settings
from moucharaka.core.testing.factories import UserFactory


class FakeSettingsForm(forms.Form):
    target_days = forms.IntegerField(initial=30)
    label = forms.CharField(required=False)


@pytest.fixture
def fake_module():
    manifest = ModuleManifest(
        key="fakesettings",
        label="Fake",
        urls="moucharaka.core.testing.empty_urls",
        settings_form=f"{__name__}.FakeSettingsForm",
    )
    manifest.register_role("fake_officer", "Fake officer")
    manifest.register_permissions("fake_officer", ["audit.view_auditentry"])
    manifest.register_permissions("moderator", ["registry.view_moduleinstance"])
    with registry.temporarily(manifest):
        yield manifest


def test_it_gives_a_roles_holders_the_modules_permissions(commune_a, fake_module):
    user = UserFactory()
    commune_role_grant(commune=commune_a, user=user, role="fake_officer")
    assert user.has_perm("audit.view_auditentry")
    group = Group.objects.get(name="Module permissions: fake_officer")
    assert list(group.permissions.values_list("codename", flat=True)) == ["view_auditentry"]
    assert registry.permissions_for("moderator") == ["registry.view_moduleinstance"]
    assert registry.permissions_for("editor") == []


def test_it_refuses_a_malformed_permission():
    manifest = ModuleManifest(key="badperm", label="Bad", urls="x")
    with pytest.raises(RegistryError):
        manifest.register_permissions("moderator", ["view_auditentry"])


def test_settings_fall_back_to_the_forms_defaults(commune_a, fake_module):
    assert module_settings(commune_a, "fakesettings") == {"target_days": 30}
    ModuleInstance.unscoped.create(
        commune=commune_a, key="fakesettings", settings={"target_days": 10, "label": "x"}
    )
    assert module_settings(commune_a, "fakesettings") == {"target_days": 10, "label": "x"}
    assert module_settings(commune_a, "unknown") == {}
