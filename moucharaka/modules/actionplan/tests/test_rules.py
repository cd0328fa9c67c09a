"""Every rule of rules.py, with its source (organic law 113.14 arts. 78–82; decrees
2.16.301 and 2.17.451)."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from moucharaka.modules.actionplan import rules

TODAY = date(2025, 6, 1)


# --- Art. 78: six years --------------------------------------------------------------------


def test_a_programme_covers_six_years():
    rules.check_mandate_years(2022, 2027)
    for end in (2026, 2028):
        with pytest.raises(ValidationError) as error:
            rules.check_mandate_years(2022, end)
        assert "end_year" in error.value.message_dict


# --- Status of the programme ------------------------------------------------------------------


def transition(from_status, to_status, **kwargs):
    values = {"start_year": 2022, "adopted_on": date(2022, 5, 3), "today": TODAY, **kwargs}
    rules.check_programme_transition(from_status=from_status, to_status=to_status, **values)


@pytest.mark.parametrize(
    "from_status, to_status",
    [
        ("diagnosis", "drafting"),
        ("drafting", "adopted"),
        ("drafting", "diagnosis"),
        ("adopted", "under_update"),
        ("under_update", "adopted"),
        ("adopted", "evaluated"),
        ("adopted", "adopted"),
    ],
)
def test_it_allows_the_programmes_cycle(from_status, to_status):
    transition(from_status, to_status)


@pytest.mark.parametrize(
    "from_status, to_status",
    [("diagnosis", "adopted"), ("evaluated", "adopted"), ("drafting", "under_update")],
)
def test_it_refuses_to_skip_steps(from_status, to_status):
    with pytest.raises(ValidationError):
        transition(from_status, to_status)


def test_adoption_needs_the_council_decision_date():
    with pytest.raises(ValidationError) as error:
        transition("drafting", "adopted", adopted_on=None)
    assert "adopted_on" in error.value.message_dict


def test_an_update_opens_from_the_configured_year():
    # Decree 2.16.301 [U]: from the third year, 2024 for a 2022–2027 programme.
    with pytest.raises(ValidationError):
        transition("adopted", "under_update", today=date(2023, 12, 31))
    transition("adopted", "under_update", today=date(2024, 1, 1))
    transition("adopted", "under_update", today=date(2023, 1, 1), update_from_year=2)


def test_it_lists_the_first_three_years_without_estimates():
    # Decree 2.16.301: estimates for the first three years.
    planned = {2022: Decimal(100), 2024: Decimal(0), 2025: Decimal(50)}
    assert rules.missing_estimates(start_year=2022, planned_by_year=planned) == [2023, 2024]
    full = {2022: 1, 2023: 1, 2024: 1}
    assert rules.missing_estimates(start_year=2022, planned_by_year=full) == []


# --- Projects --------------------------------------------------------------------------------


def test_the_end_is_not_before_the_start():
    rules.check_dates(start_date=date(2023, 1, 1), end_date=date(2023, 1, 1))
    rules.check_dates(start_date=None, end_date=date(2020, 1, 1))
    with pytest.raises(ValidationError):
        rules.check_dates(start_date=date(2023, 2, 1), end_date=date(2023, 1, 1))


def test_a_completed_project_has_its_completion_date_and_only_it():
    rules.check_completion(status="completed", completed_on=date(2024, 1, 1), today=TODAY)
    rules.check_completion(status="in_progress", completed_on=None, today=TODAY)
    for status, completed_on in [
        ("completed", None),
        ("in_progress", date(2024, 1, 1)),
        ("completed", date(2025, 6, 2)),  # in the future
    ]:
        with pytest.raises(ValidationError):
            rules.check_completion(status=status, completed_on=completed_on, today=TODAY)


def budget(year=2023, planned=100, committed=50, spent=20):
    rules.check_budget_line(
        year=year,
        planned=Decimal(planned),
        committed=Decimal(committed),
        spent=Decimal(spent),
        years=range(2022, 2028),
    )


def test_a_budget_line_is_a_year_of_the_programme():
    budget()
    for year in (2021, 2028):
        with pytest.raises(ValidationError, match=str(year)):
            budget(year=year)


def test_money_is_paid_only_once_committed_and_never_negative():
    budget(planned=10, committed=200, spent=200)  # over the plan is allowed (and visible)
    with pytest.raises(ValidationError):
        budget(committed=50, spent=51)  # decree 2.17.451: commitment before payment
    with pytest.raises(ValidationError):
        budget(planned=-1)


def test_progress_from_weighted_milestones():
    assert rules.milestone_progress([]) is None
    assert rules.milestone_progress([(1, True), (1, False)]) == 50
    assert rules.milestone_progress([(3, True), (1, False)]) == 75
    assert rules.milestone_progress([(1, True), (1, True), (1, False)]) == 67


def test_a_projects_progress_is_entered_computed_or_complete():
    milestones = [(1, True), (3, False)]
    assert (
        rules.project_progress(
            mode="manual", entered=40, milestones=milestones, status="in_progress"
        )
        == 40
    )
    assert (
        rules.project_progress(
            mode="milestones", entered=40, milestones=milestones, status="in_progress"
        )
        == 25
    )
    assert (
        rules.project_progress(mode="milestones", entered=40, milestones=[], status="planned") == 0
    )
    assert (
        rules.project_progress(mode="manual", entered=40, milestones=[], status="completed") == 100
    )


def test_a_project_is_late_when_open_after_its_planned_end():
    end = date(2025, 5, 31)
    assert rules.is_late(status="in_progress", end_date=end, today=TODAY)
    assert not rules.is_late(status="in_progress", end_date=TODAY, today=TODAY)
    assert not rules.is_late(status="completed", end_date=end, today=TODAY)
    assert not rules.is_late(status="suspended", end_date=end, today=TODAY)
    assert not rules.is_late(status="planned", end_date=None, today=TODAY)


def test_on_time_compares_completion_with_the_planned_end():
    end = date(2024, 12, 31)
    assert rules.completed_on_time(completed_on=end, end_date=end) is True
    assert rules.completed_on_time(completed_on=date(2025, 1, 1), end_date=end) is False
    assert rules.completed_on_time(completed_on=None, end_date=end) is None
    assert rules.completed_on_time(completed_on=end, end_date=None) is None


# --- Roll-ups --------------------------------------------------------------------------------


def test_the_rollup_weights_projects_by_their_planned_budget():
    items = [(100, Decimal(3_000_000)), (0, Decimal(1_000_000))]
    assert rules.rollup_progress(items) == 75
    assert rules.rollup_progress(items, weighting="equal") == 50


def test_the_rollup_counts_projects_equally_when_none_has_a_budget():
    assert rules.rollup_progress([(100, None), (20, 0), (30, None)]) == 50
    assert rules.rollup_progress([]) is None


def test_a_share_needs_something_planned():
    assert rules.share(25, 100) == 0.25
    assert rules.share(5, 0) is None
    assert rules.share(None, Decimal(10)) == 0
