"""The module plugs in through its manifest alone (DESIGN §4)."""

from moucharaka.core.accounts.roles import role_choices
from moucharaka.core.registry.manifests import registry
from moucharaka.modules.suggestions.models import Suggestion


def test_it_registers_the_module():
    manifest = registry.get("suggestions")
    assert manifest.urls == "moucharaka.modules.suggestions.urls"
    assert manifest.ledger_kinds == ["suggestion_submitted", "suggestion_supported"]
    assert set(manifest.indicators) == {
        "suggestions_submitted",
        "suggestions_answered_share",
        "suggestions_median_days_to_answer",
        "suggestions_mean_answer_rating",
        "suggestions_would_participate_again",
        "suggestions_implemented",
    }
    assert "suggestions" in manifest.exports
    assert manifest.searchables == [Suggestion]
    assert manifest.seeders and manifest.settings_form
    assert ("suggestions_officer", manifest.roles["suggestions_officer"]) in role_choices()


def test_suggestions_take_the_core_comments():
    assert Suggestion.comments_module == "suggestions"
