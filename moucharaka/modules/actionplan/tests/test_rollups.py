"""Roll-ups: each axis and the programme from their projects' progress (weighted by the
planned budget, or equally: the commune's setting) and budget; cancelled projects out of
both; three queries whatever the number of projects."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moucharaka.core.registry.models import ModuleInstance
from moucharaka.modules.actionplan import selectors

from .factories import AxisFactory, BudgetLineFactory, ProjectFactory

pytestmark = pytest.mark.usefixtures("module_on")


def project(axis, progress, status="in_progress", **money):
    item = ProjectFactory(axis=axis, progress=progress, status=status)
    for year, (planned, committed, spent) in money.items():
        BudgetLineFactory(
            project=item, year=int(year[1:]), planned=planned, committed=committed, spent=spent
        )
    return item


@pytest.fixture
def two_axes(programme):
    roads = AxisFactory(programme=programme, code="1", sort_order=1)
    social = AxisFactory(programme=programme, code="2", sort_order=2)
    project(roads, 100, "completed", y2022=(3_000_000, 3_000_000, 2_500_000))
    project(roads, 0, y2023=(1_000_000, 0, 0))
    project(social, 50, y2022=(200_000, 100_000, 50_000), y2024=(200_000, 0, 0))
    project(social, 10, "cancelled", y2022=(9_000_000, 9_000_000, 9_000_000))
    project(social, 30)  # no budget yet
    AxisFactory(programme=programme, code="3", sort_order=3)  # no project yet
    return roads, social


def test_it_rolls_progress_and_budget_up_to_axes_and_programme(programme, two_axes):
    overview = selectors.programme_overview(programme)
    roads, social, empty = overview.axes
    assert (roads.projects, roads.progress, roads.completed) == (2, 75, 1)
    assert (roads.planned, roads.committed, roads.spent) == (4_000_000, 3_000_000, 2_500_000)
    assert (
        roads.execution == 0.625
        and roads.execution_percent == 62
        and roads.commitment_percent == 75
    )
    # The cancelled project counts in the statuses only; the one without budget weighs 0.
    assert social.projects == 3 and social.statuses == {"in_progress": 2, "cancelled": 1}
    assert (social.progress, social.planned, social.spent) == (50, 400_000, 50_000)
    assert (empty.projects, empty.progress, empty.execution) == (0, None, None)
    total = overview.total
    assert total.projects == 5 and total.planned == Decimal(4_400_000)
    # (100×3M + 0×1M + 50×0.4M + 30×0) / 4.4M
    assert total.progress == 73


def test_it_rolls_up_equally_when_the_commune_says_so(programme, two_axes):
    ModuleInstance.objects.for_commune(programme.commune).filter(key="actionplan").update(
        settings={"progress_weighting": "equal"}
    )
    overview = selectors.programme_overview(programme)
    assert [axis.progress for axis in overview.axes] == [50, 40, None]
    assert overview.total.progress == 45  # (100 + 0 + 50 + 30) / 4


def test_it_gives_the_budget_year_by_year(programme, two_axes):
    years = {row["year"]: row for row in selectors.programme_overview(programme).years}
    assert list(years) == list(range(2022, 2028))
    assert (years[2022]["planned"], years[2022]["spent"]) == (3_200_000, 2_550_000)
    assert years[2022]["execution_percent"] == 80
    assert (years[2023]["planned"], years[2023]["execution_percent"]) == (1_000_000, 0)
    assert years[2025]["execution_percent"] is None


def test_it_counts_late_projects(programme):
    axis = AxisFactory(programme=programme)
    yesterday = timezone.localdate() - timedelta(days=1)
    ProjectFactory(axis=axis, status="in_progress", end_date=yesterday)
    ProjectFactory(axis=axis, status="completed", end_date=yesterday, completed_on=yesterday)
    ProjectFactory(axis=axis, status="planned", end_date=date(2999, 1, 1))
    assert selectors.programme_overview(programme).total.late == 1


def test_it_runs_three_queries_however_many_projects(programme, two_axes):
    roads, _social = two_axes

    def count():
        with CaptureQueriesContext(connection) as captured:
            selectors.programme_overview(programme, weighting="budget")
        return len(captured)

    few = count()
    for n in range(30):
        project(roads, n, y2022=(n, 0, 0), y2023=(n, 0, 0))
    assert count() == few == 3
