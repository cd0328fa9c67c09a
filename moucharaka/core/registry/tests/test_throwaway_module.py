"""A module the core has never heard of plugs in through its manifest alone.

The throw-away module lives in this test package (`throwaway/`): its own URLconf, view,
seeder, ledger kind and staff role. Registering its manifest and rebuilding the URLconf is
all it takes for `/<lang>/<commune>/throwaway/` to exist for the communes that switch it
on — and only for them. This is the proof that the core names no module.
"""

import importlib
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import clear_url_caches, resolve, reverse
from django.utils import translation

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.ledger.models import Participation
from moucharaka.core.registry.manifests import RegistryError, registry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.registry.selectors import enabled_modules, module_is_enabled
from moucharaka.core.registry.services import module_enable
from moucharaka.core.registry.tests.throwaway.manifest import build_manifest
from moucharaka.core.registry.tests.throwaway.manifest import seed as throwaway_seed


def reload_urlconf():
    """The root URLconf builds one include per registered module when imported."""
    clear_url_caches()
    importlib.reload(importlib.import_module(settings.ROOT_URLCONF))
    clear_url_caches()


@pytest.fixture
def throwaway():
    with registry.temporarily(build_manifest()) as manifest:
        reload_urlconf()
        yield manifest
    reload_urlconf()  # back to the URLconf without the throw-away module


def test_404_until_the_commune_enables_it(client, commune_a, throwaway):
    with translation.override("ar"):  # the route exists: the 404 is the commune's choice
        assert resolve("/ar/commune-a/throwaway/").namespace == "module-throwaway"
    assert client.get("/ar/commune-a/throwaway/").status_code == 404
    assert not module_is_enabled(commune_a, "throwaway")


def test_enabled_commune_serves_it_in_every_language(client, commune_a, commune_b, throwaway):
    module_enable(commune=commune_a, key="throwaway")

    response = client.get("/ar/commune-a/throwaway/")
    assert response.status_code == 200
    assert response.content.decode() == "hello commune-a"
    response = client.get("/fr/commune-a/throwaway/")
    assert response.status_code == 200
    assert response.content.decode() == "hello commune-a"

    # Not switched on there, or no such commune: the module does not exist.
    assert client.get("/ar/commune-b/throwaway/").status_code == 404
    assert client.get("/fr/commune-b/throwaway/").status_code == 404
    assert client.get("/ar/nonexistent/throwaway/").status_code == 404


def test_inactive_commune_is_404_even_with_the_module_enabled(client, commune_a, throwaway):
    module_enable(commune=commune_a, key="throwaway")
    commune_a.is_active = False
    commune_a.save(update_fields=["is_active"])
    assert client.get("/ar/commune-a/throwaway/").status_code == 404


def test_unpublished_instance_is_404(client, commune_a, throwaway):
    module_enable(commune=commune_a, key="throwaway")
    ModuleInstance.objects.for_commune(commune_a).filter(key="throwaway").update(is_published=False)
    assert client.get("/ar/commune-a/throwaway/").status_code == 404
    assert enabled_modules(commune_a) == []

    module_enable(commune=commune_a, key="throwaway")  # enabling again republishes it
    assert client.get("/ar/commune-a/throwaway/").status_code == 200


def test_urls_reverse_under_the_module_namespace(commune_a, throwaway):
    with translation.override("fr"):
        url = reverse("module-throwaway:index", kwargs={"commune_slug": "commune-a"})
    assert url == "/fr/commune-a/throwaway/"


def test_enabled_modules_lists_it(commune_a, commune_b, throwaway):
    instance = module_enable(commune=commune_a, key="throwaway")
    assert enabled_modules(commune_a) == [instance]
    assert instance.manifest is throwaway
    assert instance.weight == throwaway.weight
    assert enabled_modules(commune_b) == []


def test_enabling_is_audited(commune_a, owner, throwaway):
    instance = module_enable(commune=commune_a, key="throwaway", actor=owner)
    entry = AuditEntry.objects.for_commune(commune_a).get(action="module.enable")
    assert entry.actor == owner
    assert entry.target_type == "registry.moduleinstance"
    assert entry.target_id == str(instance.pk)
    assert "Throwaway" in entry.target_repr


def test_its_seeder_ledger_kind_and_role_come_through_the_registry(commune_a, throwaway):
    seeders = [seed for manifest in registry for seed in manifest.seeders]
    assert throwaway_seed in seeders
    for seed in seeders:  # as the demo seeder does
        seed(commune=commune_a, stdout=StringIO())
    rows = Participation.objects.for_commune(commune_a).filter(module="throwaway")
    assert list(rows.values_list("kind", flat=True)) == ["throwaway_done"]

    assert registry.roles()["throwaway_officer"] == "Throwaway officer"
    from moucharaka.core.accounts.roles import role_choices

    assert ("throwaway_officer", "Throwaway officer") in role_choices()


def test_gone_once_unregistered(client, commune_a):
    """After the fixture's teardown the module's URLs and instances are inert."""
    manifest = build_manifest()
    with registry.temporarily(manifest):
        reload_urlconf()
        module_enable(commune=commune_a, key="throwaway")
        assert client.get("/ar/commune-a/throwaway/").status_code == 200
    reload_urlconf()
    # The instance row stays, but its code is gone: not listed, not served.
    assert ModuleInstance.objects.for_commune(commune_a).filter(key="throwaway").exists()
    assert enabled_modules(commune_a) == []
    assert not module_is_enabled(commune_a, "throwaway")
    assert client.get("/ar/commune-a/throwaway/").status_code == 404
    with pytest.raises(RegistryError, match="unknown module"):
        module_enable(commune=commune_a, key="throwaway")


def test_core_imports_no_module():
    """The core may not import a participation module (DESIGN §4)."""
    core = Path(__file__).resolve().parents[2]
    offenders = [
        str(path.relative_to(core))
        for path in core.rglob("*.py")
        if "tests" not in path.relative_to(core).parts
        and "moucharaka.modules" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
