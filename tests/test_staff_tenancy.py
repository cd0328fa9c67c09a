"""Every core staff screen is scoped to the user's communes: listings show only their
rows and any URL of another commune's object answers 404."""

import pytest
from django.urls import reverse

from moucharaka.core.accounts.models import CommuneRole, CoreRole
from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.audit.services import audit_record
from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.core.registry.models import ModuleInstance

OBJECT_VIEWS = ["edit", "delete", "inspect", "history"]


@pytest.fixture
def fake_module():
    manifest = ModuleManifest(
        key="fakemodule", label="Fake", urls="moucharaka.core.testing.empty_urls"
    )
    with registry.temporarily(manifest):
        yield manifest


@pytest.fixture
def rows(commune_a, commune_b, owner, outsider, fake_module):
    instance_a = ModuleInstance.unscoped.create(commune=commune_a, key="fakemodule")
    instance_b = ModuleInstance.unscoped.create(commune=commune_b, key="fakemodule")
    return {
        "module_instances": (instance_a, instance_b),
        "commune_roles": (
            CommuneRole.objects.for_commune(commune_a).get(user=owner),
            CommuneRole.objects.for_commune(commune_b).get(user=outsider),
        ),
        "audit_entries": (
            audit_record(commune=commune_a, actor=owner, action="test", target=instance_a),
            audit_record(commune=commune_b, actor=outsider, action="test", target=instance_b),
        ),
    }


@pytest.mark.parametrize("viewset", ["module_instances", "commune_roles", "audit_entries"])
def test_it_lists_only_the_users_commune(client, owner, rows, viewset):
    mine, theirs = rows[viewset]
    client.force_login(owner)
    response = client.get(reverse(f"{viewset}:index"))
    assert response.status_code == 200
    listed = {obj.pk for obj in response.context["object_list"]}
    assert mine.pk in listed
    assert theirs.pk not in listed


@pytest.mark.parametrize("view", OBJECT_VIEWS)
@pytest.mark.parametrize("viewset", ["module_instances", "commune_roles", "audit_entries"])
def test_it_answers_404_for_another_communes_object(client, outsider, rows, viewset, view):
    mine_for_a, _ = rows[viewset]
    client.force_login(outsider)
    response = client.get(reverse(f"{viewset}:{view}", args=[mine_for_a.pk]))
    if viewset == "audit_entries" and view == "edit":
        # Nobody may edit the audit trail: refused before the object is even looked up.
        assert response.status_code == 302
    else:
        assert response.status_code == 404


def test_it_lets_the_owner_edit_their_module_and_audits_it(client, owner, rows):
    instance_a, _ = rows["module_instances"]
    client.force_login(owner)
    url = reverse("module_instances:edit", args=[instance_a.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"commune": instance_a.commune_id, "key": "fakemodule", "weight": 5}
    )
    assert response.status_code == 302
    instance_a.refresh_from_db()
    assert instance_a.is_published is False and instance_a.weight == 5
    entry = AuditEntry.objects.for_commune(instance_a.commune).get(action="moduleinstance.edit")
    assert entry.actor == owner
    assert set(entry.data["changed"]) == {"is_published", "weight"}


def test_it_refuses_a_commune_the_user_does_not_work_for(client, owner, commune_b, rows):
    client.force_login(owner)
    response = client.post(
        reverse("module_instances:add"), {"commune": commune_b.pk, "key": "fakemodule", "weight": 1}
    )
    assert response.status_code == 200  # the form is shown again with an error
    assert "commune" in response.context["form"].errors


def test_it_grants_roles_through_the_service(client, owner, commune_a, citizen):
    client.force_login(owner)
    response = client.post(
        reverse("commune_roles:add"),
        {"commune": commune_a.pk, "user": citizen.pk, "role": "moderator"},
    )
    assert response.status_code == 302
    assert CommuneRole.objects.for_commune(commune_a).filter(user=citizen).exists()
    assert citizen.groups.filter(name="Commune staff").exists()
    assert AuditEntry.objects.for_commune(commune_a).filter(action="role.grant").exists()


def test_it_keeps_role_management_from_editors(client, member, rows):
    client.force_login(member)
    response = client.get(reverse("commune_roles:index"))
    assert response.status_code in (302, 403)


def test_it_keeps_citizens_out_of_the_back_office(client, citizen):
    client.force_login(citizen)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert CoreRole.EDITOR  # roles exist but the citizen holds none
