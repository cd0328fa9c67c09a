"""The module's settings (target delay to answer) through the core's settings screen."""

import pytest
from django.urls import reverse

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.modules.suggestions.selectors import answer_target_days

pytestmark = pytest.mark.usefixtures("module_on")


def instance(commune):
    return ModuleInstance.objects.for_commune(commune).get(key="suggestions")


def test_it_defaults_to_thirty_days(commune_a):
    assert answer_target_days(commune_a) == 30


def test_the_administrator_sets_the_target(client, owner, commune_a):
    client.force_login(owner)
    settings_url = reverse("module_instances:settings", args=[instance(commune_a).pk])
    response = client.get(settings_url)
    assert response.status_code == 200
    assert response.context["form"].initial["answer_target_days"] == 30

    response = client.post(settings_url, {"answer_target_days": "500"})
    assert response.status_code == 200 and response.context["form"].errors

    assert client.post(settings_url, {"answer_target_days": "15"}).status_code == 302
    assert answer_target_days(commune_a) == 15
    assert instance(commune_a).settings == {"answer_target_days": 15}
    assert (
        AuditEntry.objects.for_commune(commune_a).filter(action="moduleinstance.settings").exists()
    )


def test_other_communes_and_other_roles_cannot(client, outsider, member, commune_a):
    settings_url = reverse("module_instances:settings", args=[instance(commune_a).pk])
    client.force_login(outsider)
    assert client.get(settings_url).status_code == 404
    client.force_login(member)  # an editor
    assert client.post(settings_url, {"answer_target_days": "1"}).status_code == 302
    assert answer_target_days(commune_a) == 30
