"""The module plugs in through its manifest alone (DESIGN §4)."""

from moucharaka.core.accounts.roles import role_choices
from moucharaka.core.registry.manifests import registry
from moucharaka.modules.actionplan.models import Project


def test_it_registers_the_module():
    manifest = registry.get("actionplan")
    assert manifest.urls == "moucharaka.modules.actionplan.urls"
    assert manifest.ledger_kinds == ["project_followed"]
    assert {
        "actionplan_projects_completed",
        "actionplan_projects_late",
        "actionplan_on_time_share",
        "actionplan_budget_execution",
        "actionplan_projects_from_proposals",
        "actionplan_completed_from_proposals",
    } <= set(manifest.indicators)
    assert "projects" in manifest.exports
    assert manifest.searchables == [Project]
    assert manifest.seeders and manifest.settings_form
    assert ("actionplan_manager", manifest.roles["actionplan_manager"]) in role_choices()


def test_projects_take_the_core_comments():
    assert Project.comments_module == "actionplan"
