"""Rules of the action programme, as pure functions. Each cites its source; DOMAIN.md §5
marks how sure we are ([V] seen in a published source, [P] partly confirmed, [U] to be
verified). A broken rule raises `ValidationError` with a message for the staff member.

Sources: organic law 113.14 on communes, arts. 78–82 (the programme); decree 2.16.301 of
29 June 2016 (its procedure, content, tracking, update and evaluation); decree 2.17.451
of 23 November 2017 (public accounting of the territorial collectivities).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Art. 78 [V]: the programme covers six years (the mandate).
MANDATE_YEARS = 6
# Decree 2.16.301 [V]: resources and expenditure are estimated for the first three years.
ESTIMATED_YEARS = 3
# Decree 2.16.301 [U]: the programme may be updated from its third year. A module setting
# (`update_from_year`) lets a commune follow the text once it is checked.
UPDATE_FROM_YEAR = 3

# Once the council has adopted the programme, the commune tracks and updates it (art. 78
# [V]; decree 2.16.301): every change to a project is then a public, dated update with a
# reason. While it is diagnosed and drafted, edits are work in progress.
TRACKED_PROGRAMME_STATUSES = frozenset({"adopted", "under_update", "evaluated"})

PROGRAMME_TRANSITIONS = {
    # Art. 78 [V]: diagnosis, then the drafting (participatory), then the council adopts it;
    # it is tracked, updated and evaluated (arts. 81–82, decree 2.16.301).
    "diagnosis": {"drafting"},
    "drafting": {"diagnosis", "adopted"},
    "adopted": {"under_update", "evaluated"},
    "under_update": {"adopted"},
    "evaluated": set(),
}

# Statuses of a project.
PLANNED, STUDIES, IN_PROGRESS = "planned", "studies", "in_progress"
COMPLETED, SUSPENDED, CANCELLED = "completed", "suspended", "cancelled"
OPEN_STATUSES = (PLANNED, STUDIES, IN_PROGRESS)
# A cancelled project is no longer part of the work to do: roll-ups leave it out.
COUNTED_STATUSES = (PLANNED, STUDIES, IN_PROGRESS, COMPLETED, SUSPENDED)

WEIGHT_BY_BUDGET, WEIGHT_EQUALLY = "budget", "equal"


# --- Programme ----------------------------------------------------------------------------


def check_mandate_years(start_year: int, end_year: int) -> None:
    """Art. 78 of organic law 113.14 [V]: the programme covers the six years of the
    mandate."""
    if end_year - start_year + 1 != MANDATE_YEARS:
        raise ValidationError(
            {
                "end_year": _(
                    "An action programme covers six years (organic law 113.14, art. 78): "
                    "from %(start)s to %(end)s."
                )
                % {"start": start_year, "end": start_year + MANDATE_YEARS - 1}
            }
        )


def check_programme_transition(
    *,
    from_status: str,
    to_status: str,
    start_year: int,
    adopted_on: date | None,
    today: date,
    update_from_year: int = UPDATE_FROM_YEAR,
) -> None:
    """Arts. 78–82 and decree 2.16.301: the programme is drafted, adopted by the council
    (a decision with its date), then tracked, updated and evaluated. An update is opened
    from the programme's `update_from_year`-th year ([U], a setting)."""
    if from_status == to_status:
        return
    if to_status not in PROGRAMME_TRANSITIONS.get(from_status, set()):
        raise ValidationError(
            {"status": _("The programme cannot go from this status to that one.")}
        )
    if to_status == "adopted" and adopted_on is None:
        raise ValidationError(
            {"adopted_on": _("Give the date of the council's decision that adopted it.")}
        )
    if to_status == "under_update" and today.year < start_year + update_from_year - 1:
        raise ValidationError(
            {
                "status": _("The programme can be updated from its year %(n)s (%(year)s).")
                % {"n": update_from_year, "year": start_year + update_from_year - 1}
            }
        )


def missing_estimates(*, start_year: int, planned_by_year: dict[int, Decimal]) -> list[int]:
    """Decree 2.16.301 [V]: the programme estimates resources and expenditure for its
    first three years. The years among them with nothing planned (a warning, not a
    refusal: the council may adopt the figures later)."""
    return [
        year
        for year in range(start_year, start_year + ESTIMATED_YEARS)
        if not planned_by_year.get(year)
    ]


# --- Projects -----------------------------------------------------------------------------


def check_dates(*, start_date: date | None, end_date: date | None) -> None:
    if start_date and end_date and end_date < start_date:
        raise ValidationError({"end_date": _("The end date is before the start date.")})


def check_completion(*, status: str, completed_on: date | None, today: date) -> None:
    """A completed project says when it was completed (the on-time indicator, charter
    indicator 12, compares that date with the planned end); others have no such date."""
    if status == COMPLETED and completed_on is None:
        raise ValidationError({"completed_on": _("Give the date the project was completed.")})
    if status != COMPLETED and completed_on is not None:
        raise ValidationError(
            {"completed_on": _("Only a completed project has a completion date.")}
        )
    if completed_on is not None and completed_on > today:
        raise ValidationError({"completed_on": _("This date is in the future.")})


def check_budget_line(
    *, year: int, planned: Decimal, committed: Decimal, spent: Decimal, years: range
) -> None:
    """The years are the programme's (art. 78 [V]); amounts are not negative; and money
    is paid only once committed: decree 2.17.451 on the communes' public accounting [P]
    (an expenditure is committed, then liquidated, authorised and paid)."""
    if year not in years:
        raise ValidationError(
            _("%(year)s is not a year of the programme (%(start)s–%(end)s).")
            % {"year": year, "start": years.start, "end": years.stop - 1}
        )
    if min(planned, committed, spent) < 0:
        raise ValidationError(_("Amounts cannot be negative."))
    if spent > committed:
        raise ValidationError(
            _("%(year)s: more paid than committed (a payment follows a commitment).")
            % {"year": year}
        )


def milestone_progress(milestones: Iterable[tuple[int, bool]]) -> int | None:
    """Progress from the milestones (weight, reached): the reached share of the total
    weight, in whole percent; None without milestones."""
    total = reached = 0
    for weight, done in milestones:
        total += weight
        reached += weight if done else 0
    if not total:
        return None
    return round(100 * reached / total)


def project_progress(
    *, mode: str, entered: int, milestones: Iterable[tuple[int, bool]], status: str
) -> int:
    """A project's progress: 100 once completed; otherwise the value staff entered, or
    the one computed from the weighted milestones (0 without milestones)."""
    if status == COMPLETED:
        return 100
    if mode == "milestones":
        return milestone_progress(milestones) or 0
    return max(0, min(100, int(entered)))


def is_late(*, status: str, end_date: date | None, today: date) -> bool:
    """Still open after its planned end date."""
    return status in OPEN_STATUSES and end_date is not None and end_date < today


def completed_on_time(*, completed_on: date | None, end_date: date | None) -> bool | None:
    """Completed by the planned end date (charter indicator 12: objectives reached on
    schedule); None when there is nothing to compare."""
    if completed_on is None or end_date is None:
        return None
    return completed_on <= end_date


# --- Roll-ups -----------------------------------------------------------------------------


def rollup_progress(
    items: Iterable[tuple[int, Decimal | int | None]], *, weighting: str = WEIGHT_BY_BUDGET
) -> int | None:
    """Progress of an axis or of the programme from its projects' (progress, planned
    budget): each project counts for its planned budget, so that a large works counts
    more than a small purchase; with `weighting="equal"`, or when no project has a
    budget yet, each counts the same. None without projects."""
    items = [(progress, Decimal(budget or 0)) for progress, budget in items]
    if not items:
        return None
    total = sum((budget for _progress, budget in items), Decimal(0))
    if weighting == WEIGHT_BY_BUDGET and total > 0:
        weighted = sum((progress * budget for progress, budget in items), Decimal(0))
        return int((weighted / total).quantize(Decimal(1)))
    return round(sum(progress for progress, _budget in items) / len(items))


def share(part, whole) -> float | None:
    """part / whole (budget execution, commitment): None when nothing is planned."""
    if not whole:
        return None
    return float(Decimal(part or 0) / Decimal(whole))
