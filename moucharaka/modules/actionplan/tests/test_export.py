"""The manifest's export: one row per project of the published programmes, budget totals,
whether it came from proposals; no personal data; a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moucharaka.core.registry.manifests import registry
from moucharaka.core.registry.services import module_enable
from moucharaka.modules.actionplan import services
from moucharaka.modules.suggestions.tests.factories import SuggestionFactory

from .factories import AxisFactory, BudgetLineFactory, ProgrammeFactory, ProjectFactory

pytestmark = pytest.mark.usefixtures("module_on")


def rows(**kwargs):
    return list(registry.get("actionplan").exports["projects"](**kwargs))


def test_it_exports_the_published_projects_with_their_totals(axis, manager, commune_b):
    module_enable(commune=axis.commune, key="suggestions")
    project = ProjectFactory(axis=axis, code="1.1", title="الطرق")
    BudgetLineFactory(project=project, year=2022, planned=100, committed=80, spent=60)
    BudgetLineFactory(project=project, year=2023, planned=50, committed=0, spent=0)
    for _ in range(2):
        services.origin_link(
            commune=axis.commune,
            project=project,
            target=SuggestionFactory(commune=axis.commune),
            module="suggestions",
            actor=manager,
        )
    hidden = ProgrammeFactory(
        commune=axis.commune, start_year=2028, end_year=2033, is_published=False
    )
    ProjectFactory(axis=AxisFactory(programme=hidden))
    ProjectFactory(axis=AxisFactory(programme=ProgrammeFactory(commune=commune_b)))
    (row,) = rows(commune=axis.commune)
    assert (row["code"], row["title"], row["planned"], row["committed"], row["spent"]) == (
        "1.1",
        "الطرق",
        150,
        80,
        60,
    )
    assert row["from_proposals"] is True
    assert len(rows(communes=[axis.commune, commune_b])) == 2


def test_it_runs_a_fixed_number_of_queries(axis):
    for _ in range(3):
        ProjectFactory(axis=axis)
    with CaptureQueriesContext(connection) as few:
        rows(commune=axis.commune)
    for _ in range(30):
        ProjectFactory(axis=axis)
    with CaptureQueriesContext(connection) as many:
        rows(commune=axis.commune)
    assert len(many) == len(few)
