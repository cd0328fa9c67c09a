"""The charter indicators of the action programme (charter §13.1, indicators 7 and
12–14): projects by status, late, completed on time, budget execution, projects from
proposals; for one commune or several."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from moucharaka.core.registry.manifests import registry
from moucharaka.modules.actionplan import selectors, services
from moucharaka.modules.suggestions.tests.factories import SuggestionFactory

from .factories import AxisFactory, BudgetLineFactory, ProgrammeFactory, ProjectFactory

pytestmark = pytest.mark.usefixtures("module_on")

TZ = ZoneInfo("Africa/Casablanca")
YEAR_2024 = (datetime(2024, 1, 1, tzinfo=TZ), datetime(2025, 1, 1, tzinfo=TZ))


def compute(key, **kwargs):
    return registry.get("actionplan").indicators[key].compute(period=YEAR_2024, **kwargs)


@pytest.fixture
def data(programme, commune_b, manager):
    axis = AxisFactory(programme=programme)
    on_time = ProjectFactory(
        axis=axis, status="completed", end_date=date(2024, 6, 30), completed_on=date(2024, 6, 1)
    )
    ProjectFactory(
        axis=axis, status="completed", end_date=date(2024, 3, 31), completed_on=date(2024, 9, 1)
    )
    ProjectFactory(
        axis=axis, status="completed", end_date=date(2023, 3, 31), completed_on=date(2023, 3, 1)
    )
    ProjectFactory(axis=axis, status="in_progress", end_date=date(2024, 5, 1))
    ProjectFactory(axis=axis, status="planned")
    cancelled = ProjectFactory(axis=axis, status="cancelled")
    BudgetLineFactory(project=on_time, year=2024, planned=1000, committed=800, spent=600)
    BudgetLineFactory(project=on_time, year=2023, planned=1000, committed=1000, spent=1000)
    BudgetLineFactory(project=cancelled, year=2024, planned=5000, committed=0, spent=0)
    suggestion = SuggestionFactory(commune=programme.commune)
    for project in (on_time, cancelled):
        services.origin_link(
            commune=programme.commune,
            project=project,
            target=suggestion,
            module="suggestions",
            actor=manager,
        )
    # A drafted programme is not measured; another commune only with communes=.
    draft = ProgrammeFactory(
        commune=programme.commune, status="drafting", start_year=2028, end_year=2033
    )
    ProjectFactory(
        axis=AxisFactory(programme=draft), status="completed", completed_on=date(2024, 2, 1)
    )
    other = AxisFactory(programme=ProgrammeFactory(commune=commune_b))
    ProjectFactory(axis=other, status="in_progress")
    return programme.commune, commune_b


def test_projects_by_status(data):
    commune, other = data
    assert compute("actionplan_projects_completed", commune=commune) == 3
    assert compute("actionplan_projects_in_progress", commune=commune) == 1
    assert compute("actionplan_projects_in_progress", communes=[commune, other]) == 2
    assert compute("actionplan_projects_late", commune=commune) == 1


def test_on_time_share_of_the_projects_completed_in_the_period(data):
    commune, _other = data
    assert compute("actionplan_on_time_share", commune=commune) == 0.5


def test_budget_execution_of_the_periods_years(data):
    commune, _other = data
    assert compute("actionplan_budget_execution", commune=commune) == 0.6


def test_projects_from_proposals(data):
    commune, other = data
    assert (
        compute("actionplan_projects_from_proposals", commune=commune) == 1
    )  # not the cancelled one
    assert compute("actionplan_completed_from_proposals", commune=commune) == 1
    assert compute("actionplan_projects_from_proposals", communes=[other]) == 0


def test_nothing_to_measure(commune_b):
    assert compute("actionplan_on_time_share", commune=commune_b) is None
    assert compute("actionplan_budget_execution", commune=commune_b) is None


def test_exactly_one_of_commune_or_communes(commune_a):
    with pytest.raises(TypeError):
        selectors.late_projects(period=YEAR_2024)


def test_they_declare_their_charter_numbers_and_units():
    indicators = registry.get("actionplan").indicators
    assert indicators["actionplan_on_time_share"].unit == "share"
    assert indicators["actionplan_on_time_share"].charter == (12,)
    assert indicators["actionplan_completed_from_proposals"].charter == (13, 14)
    assert {n for i in indicators.values() for n in i.charter} == {7, 12, 13, 14}
    assert indicators["actionplan_projects_completed"].semantics == "stock"
    assert indicators["actionplan_projects_planned"].charter == ()
    assert indicators["actionplan_budget_execution"].semantics == "flow"
