"""The registry's own rules: keys, clashes, order, roles (no database needed)."""

import pytest

from moucharaka.core.registry.manifests import (
    SHARED_LEDGER_KINDS,
    ModuleManifest,
    ModuleRegistry,
    RegistryError,
    registry,
)


def manifest(key, **kwargs):
    return ModuleManifest(key=key, label=key.title(), urls=f"example.{key}.urls", **kwargs)


@pytest.fixture
def fresh():
    return ModuleRegistry()


@pytest.mark.parametrize(
    "key",
    ["", "a", "Petitions", "petitions!", "1petitions", "pétitions", "pe-titions", "x" * 32],
)
def test_bad_keys_are_refused(fresh, key):
    with pytest.raises(RegistryError, match="invalid module key"):
        fresh.register(manifest(key) if key else ModuleManifest(key=key, label="", urls=""))
    assert fresh.keys() == []


@pytest.mark.parametrize("key", ["ab", "petitions", "budget2", "x" * 31])
def test_good_keys_are_accepted(fresh, key):
    fresh.register(manifest(key))
    assert key in fresh
    assert fresh.get(key).key == key


def test_duplicate_key_is_refused(fresh):
    first = fresh.register(manifest("petitions"))
    with pytest.raises(RegistryError, match="already registered"):
        fresh.register(manifest("petitions", weight=1))
    assert fresh.get("petitions") is first


def test_ledger_kind_of_another_module_is_refused(fresh):
    fresh.register(manifest("petitions", ledger_kinds=["petition_signed", "petition_filed"]))
    with pytest.raises(RegistryError, match="petition_signed"):
        fresh.register(manifest("motions", ledger_kinds=["motion_filed", "petition_signed"]))
    assert "motions" not in fresh


def test_shared_kind_comment_posted_is_allowed(fresh):
    assert "comment_posted" in SHARED_LEDGER_KINDS
    fresh.register(manifest("petitions", ledger_kinds=["petition_signed", "comment_posted"]))
    fresh.register(manifest("surveys", ledger_kinds=["survey_answered", "comment_posted"]))
    assert fresh.keys() == ["petitions", "surveys"]


def test_shared_kind_questionnaire_answered_is_allowed(fresh):
    """The core questionnaire engine's kind: every module that owns questionnaires lists
    it (consultations now; surveys, meetings, trainings later)."""
    assert "questionnaire_answered" in SHARED_LEDGER_KINDS
    fresh.register(manifest("consultations", ledger_kinds=["questionnaire_answered"]))
    fresh.register(manifest("surveys", ledger_kinds=["questionnaire_answered"]))
    assert fresh.keys() == ["consultations", "surveys"]


def test_ordered_by_weight_then_key(fresh):
    fresh.register(manifest("surveys", weight=30))
    fresh.register(manifest("petitions", weight=10))
    fresh.register(manifest("meetings", weight=30))
    fresh.register(manifest("budget"))  # default weight 100
    assert fresh.keys() == ["petitions", "meetings", "surveys", "budget"]
    assert [m.key for m in fresh] == fresh.keys()


def test_roles_are_aggregated(fresh):
    petitions = manifest("petitions")
    petitions.register_role("petitions_officer", "Petitions officer")
    surveys = manifest("surveys")
    surveys.register_role("survey_manager", "Survey manager")
    surveys.register_role("survey_analyst", "Survey analyst")
    fresh.register(petitions)
    fresh.register(surveys)
    fresh.register(manifest("news"))
    assert fresh.roles() == {
        "petitions_officer": "Petitions officer",
        "survey_manager": "Survey manager",
        "survey_analyst": "Survey analyst",
    }


def test_role_of_another_module_is_refused(fresh):
    petitions = manifest("petitions")
    petitions.register_role("officer", "Petitions officer")
    surveys = manifest("surveys")
    surveys.register_role("officer", "Survey officer")
    fresh.register(petitions)
    with pytest.raises(RegistryError, match="officer"):
        fresh.register(surveys)
    assert fresh.roles() == {"officer": "Petitions officer"}


def test_indicator_registered_twice_is_refused():
    petitions = manifest("petitions")
    petitions.register_indicator("filed", lambda **kw: 0, primary=True)
    with pytest.raises(RegistryError, match="twice"):
        petitions.register_indicator("filed", lambda **kw: 1)
    assert petitions.indicators["filed"].primary is True


def test_temporarily_unregisters_even_after_an_error(fresh):
    with pytest.raises(RuntimeError):
        with fresh.temporarily(manifest("petitions")) as registered:
            assert fresh.get("petitions") is registered
            raise RuntimeError
    assert "petitions" not in fresh
    fresh.register(manifest("petitions"))  # the key is free again


def test_unregister_unknown_key_is_harmless(fresh):
    fresh.unregister("nothing")
    assert fresh.keys() == []


def test_the_global_registry_holds_only_installed_modules():
    # Autodiscovery imports installed apps' manifests only; the test package's
    # throw-away module is not an app and is registered only inside its own tests.
    assert "throwaway" not in registry


def test_it_describes_indicators_with_unit_and_charter_numbers():
    manifest = ModuleManifest(key="petitions", label="Petitions", urls="x")
    manifest.register_indicator("filed", lambda **kw: 0, unit="count", charter=(1,))
    assert manifest.indicators["filed"].charter == (1,)
    with pytest.raises(RegistryError, match="unknown unit"):
        manifest.register_indicator("late", lambda **kw: 0, unit="percent")
    with pytest.raises(RegistryError, match="numbered 1 to 14"):
        manifest.register_indicator("other", lambda **kw: 0, charter=(15,))
