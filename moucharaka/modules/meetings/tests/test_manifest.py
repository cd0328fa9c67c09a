"""The module plugs in through its manifest alone (DESIGN §4)."""

from moucharaka.core.accounts.roles import role_choices
from moucharaka.core.registry.manifests import registry
from moucharaka.modules.meetings.models import Meeting


def test_it_registers_the_module():
    manifest = registry.get("meetings")
    assert manifest.urls == "moucharaka.modules.meetings.urls"
    assert manifest.ledger_kinds == ["meeting_registered", "meeting_attended"]
    assert {"meetings", "meeting_recommendations"} <= set(manifest.exports)
    assert {
        "meetings_held",
        "meetings_attendees",
        "meetings_registrants",
        "meetings_women_share",
        "meetings_youth_share",
        "meetings_districts_reached",
        "meetings_recommendations_implemented",
    } <= set(manifest.indicators)
    assert {f"meetings_held_{kind}" for kind in Meeting.Kind.values} <= set(manifest.indicators)
    assert manifest.searchables == [Meeting] and manifest.seeders
    assert ("meetings_officer", manifest.roles["meetings_officer"]) in role_choices()
