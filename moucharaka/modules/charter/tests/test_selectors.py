"""Charter indicator 12 (objectives reached against the timeline) on hand-worked cases."""

import datetime

import pytest
from django.utils import timezone

from moucharaka.core.indicators.periods import ReportingPeriod
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.charter import selectors
from moucharaka.modules.charter.models import Commitment

from .conftest import commitment, target

Q1_2026 = ReportingPeriod.quarter(2026, 1).bounds
Q3_2025 = ReportingPeriod.quarter(2025, 3).bounds


@pytest.fixture
def targets(commune_a, charter):
    when = datetime.datetime(2025, 6, 1, 10, tzinfo=timezone.get_default_timezone())
    for _i in range(6):  # six people took part in 2025
        participation_record(
            commune=commune_a,
            kind="x",
            module="suggestions",
            person=UserFactory(),
            occurred_at=when,
        )
    target(charter, "participants", 5, "2025")  # due 31/12/2025, 6 ≥ 5: reached
    target(charter, "participants", 100, "2025-Q4")  # due 31/12/2025, nobody: not reached
    target(charter, "participants", 1, "2026")  # due 31/12/2026: not due in 2026 Q1


def test_targets_due_and_reached(commune_a, commune_b, targets):
    assert selectors.targets_due(commune=commune_a, period=Q1_2026) == 2
    assert selectors.targets_reached_share(commune=commune_a, period=Q1_2026) == 0.5
    assert selectors.targets_due(commune=commune_a, period=Q3_2025) == 0
    assert selectors.targets_reached_share(commune=commune_a, period=Q3_2025) is None
    assert selectors.targets_due(communes=[commune_a, commune_b], period=Q1_2026) == 2


def test_targets_show_their_measured_value(commune_a, targets):
    statuses = selectors.targets_with_status(commune_a, today=datetime.date(2026, 2, 1))
    assert [(s.actual, s.reached, s.due) for s in statuses] == [
        (6, True, True),
        (None, None, True),  # nobody in 2025 Q4: withheld, so not reached
        (None, None, False),
    ]


def test_commitments_kept_on_time(commune_a, charter):
    d = datetime.date
    commitment(
        charter, status=Commitment.Status.DONE, due_on=d(2026, 1, 31), done_on=d(2026, 1, 20)
    )
    commitment(charter, status=Commitment.Status.DONE, due_on=d(2026, 2, 15), done_on=d(2026, 3, 1))
    commitment(charter, status=Commitment.Status.IN_PROGRESS, due_on=d(2026, 3, 10))
    commitment(charter, status=Commitment.Status.PLANNED, due_on=d(2026, 6, 1))
    commitment(charter, status=Commitment.Status.DROPPED, due_on=d(2026, 1, 1))
    assert selectors.commitments_on_time_share(commune=commune_a, period=Q1_2026) == 0.333
    assert selectors.commitments_on_time_share(commune=commune_a, period=Q3_2025) is None


def test_commitments_are_grouped_by_actor_in_the_charters_order(commune_a, charter):
    commitment(charter, actor="citizens", title="B")
    commitment(charter, actor="commune", title="A")
    groups = selectors.commitments_by_actor(commune_a)
    assert [(actor, [c.title for c in items]) for actor, _label, items in groups] == [
        ("commune", ["A"]),
        ("citizens", ["B"]),
    ]
