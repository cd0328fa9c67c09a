"""suggestion_assign: triage to a service, category or district corrections, audited."""

import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.suggestions.services import suggestion_assign

from .factories import ServiceFactory, SuggestionFactory


def test_it_assigns_and_audits_what_changed(commune_a, officer, service_a, district_a):
    suggestion = SuggestionFactory(commune=commune_a)
    assigned = suggestion_assign(
        commune=commune_a,
        suggestion=suggestion,
        actor=officer,
        assigned_service=service_a,
        category=suggestion.category,
        district=district_a,
    )
    assert assigned.assigned_service == service_a and assigned.district == district_a
    entry = AuditEntry.objects.for_commune(commune_a).get(action="suggestion.assign")
    assert set(entry.data["changed"]) == {"assigned_service", "district"}

    suggestion_assign(  # nothing changed: nothing recorded
        commune=commune_a,
        suggestion=assigned,
        actor=officer,
        assigned_service=service_a,
        category=assigned.category,
        district=district_a,
    )
    assert AuditEntry.objects.for_commune(commune_a).filter(action="suggestion.assign").count() == 1


def test_it_refuses_another_communes_service(commune_a, commune_b, officer):
    suggestion = SuggestionFactory(commune=commune_a)
    with pytest.raises(ValueError):
        suggestion_assign(
            commune=commune_a,
            suggestion=suggestion,
            actor=officer,
            assigned_service=ServiceFactory(commune=commune_b),
            category=suggestion.category,
            district=None,
        )
