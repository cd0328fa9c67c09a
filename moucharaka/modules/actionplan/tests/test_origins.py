"""What projects came from: any module's item, linked through a generic relation that
the registry lists (this module imports none of them); hidden items are not shown; staff
find items by number or by title words."""

import pytest
from django.urls import reverse

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.registry.services import module_enable
from moucharaka.modules.actionplan import selectors, services
from moucharaka.modules.actionplan.models import Origin
from moucharaka.modules.suggestions.tests.factories import SuggestionFactory

from .factories import ProjectFactory

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def suggestions_on(commune_a, commune_b):
    module_enable(commune=commune_a, key="suggestions")
    module_enable(commune=commune_b, key="suggestions")


def suggestion_source():
    return next(s for s in selectors.origin_sources() if s["module"] == "suggestions")


def test_the_sources_come_from_the_registry():
    sources = {source["module"] for source in selectors.origin_sources()}
    assert {"suggestions", "petitions"} <= sources and "actionplan" not in sources


def test_it_links_once_and_audits(axis, manager, suggestions_on):
    project = ProjectFactory(axis=axis)
    suggestion = SuggestionFactory(commune=axis.commune, title="إصلاح الإنارة العمومية")
    first = services.origin_link(
        commune=axis.commune,
        project=project,
        target=suggestion,
        module="suggestions",
        actor=manager,
    )
    again = services.origin_link(
        commune=axis.commune,
        project=project,
        target=suggestion,
        module="suggestions",
        actor=manager,
    )
    assert first == again and first.label == "إصلاح الإنارة العمومية" and first.target == suggestion
    assert (
        AuditEntry.objects.for_commune(axis.commune).filter(action="project.origin_link").count()
        == 1
    )
    services.origin_unlink(commune=axis.commune, origin=first, actor=manager)
    assert not Origin.objects.for_commune(axis.commune).exists()


def test_it_refuses_another_communes_item(axis, manager, commune_b, suggestions_on):
    project = ProjectFactory(axis=axis)
    elsewhere = SuggestionFactory(commune=commune_b)
    with pytest.raises(ValueError):
        services.origin_link(
            commune=axis.commune,
            project=project,
            target=elsewhere,
            module="suggestions",
            actor=manager,
        )


def test_hidden_or_deleted_items_are_not_shown(axis, manager, suggestions_on):
    project = ProjectFactory(axis=axis)
    shown = SuggestionFactory(commune=axis.commune, title="ظاهر")
    hidden = SuggestionFactory(commune=axis.commune, title="مخفي")
    gone = SuggestionFactory(commune=axis.commune, title="محذوف")
    for target in (shown, hidden, gone):
        services.origin_link(
            commune=axis.commune,
            project=project,
            target=target,
            module="suggestions",
            actor=manager,
        )
    type(hidden).objects.for_commune(axis.commune).filter(pk=hidden.pk).update(is_hidden=True)
    type(gone).objects.for_commune(axis.commune).filter(pk=gone.pk).delete()
    entries = selectors.origin_entries(Origin.objects.for_commune(axis.commune), axis.commune.pk)
    assert [(e.origin.label, e.target) for e in entries] == [
        ("ظاهر", shown),
        ("مخفي", None),
        ("محذوف", None),
    ]
    assert entries[0].url == shown.get_absolute_url()


def test_staff_find_items_by_number_or_title_words(axis, suggestions_on, commune_b):
    lighting = SuggestionFactory(commune=axis.commune, title="إصلاح الإنارة العمومية")
    SuggestionFactory(commune=axis.commune, title="حديقة")
    SuggestionFactory(commune=axis.commune, title="الإنارة مخفية", is_hidden=True)
    SuggestionFactory(commune=commune_b, title="الانارة في جماعة أخرى")
    source = suggestion_source()
    assert selectors.origin_candidates(commune=axis.commune, source=source, query="الانارة") == [
        lighting
    ]
    assert selectors.origin_candidates(
        commune=axis.commune, source=source, query=f"#{lighting.pk}"
    ) == [lighting]
    assert selectors.origin_candidates(commune=axis.commune, source=source, query="مستشفى") == []


def test_the_staff_screen_links_and_unlinks(client, axis, manager, suggestions_on):
    project = ProjectFactory(axis=axis)
    suggestion = SuggestionFactory(commune=axis.commune, title="ملعب القرب")
    client.force_login(manager)
    screen = reverse("actionplan_projects:origins", args=[project.pk])
    source = suggestion_source()["key"]
    found = client.get(screen, {"source": source, "q": "ملعب"})
    assert found.status_code == 200 and "ملعب القرب" in found.content.decode()
    prefix = f"link-{suggestion.pk}"
    client.post(
        screen,
        {
            "prefix": prefix,
            f"{prefix}-source": source,
            f"{prefix}-target_id": suggestion.pk,
            f"{prefix}-proposer": "associations",
        },
    )
    origin = Origin.objects.for_commune(axis.commune).get()
    assert (origin.target, origin.proposer, origin.module) == (
        suggestion,
        "associations",
        "suggestions",
    )
    client.post(screen, {"unlink": origin.pk})
    assert not Origin.objects.for_commune(axis.commune).exists()


def test_the_staff_screen_answers_404_for_another_commune(client, axis, outsider, suggestions_on):
    project = ProjectFactory(axis=axis)
    client.force_login(outsider)
    screen = reverse("actionplan_projects:origins", args=[project.pk])
    assert client.get(screen).status_code == 404
    assert client.post(screen, {"unlink": "1"}).status_code == 404
