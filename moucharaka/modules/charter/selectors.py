"""Reads for the charter: its commitments, team, targets with their computed status, the
reports, and charter indicator 12."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from moucharaka.core.indicators.measures import (
    FiguresLoader,
    Measure,
    measure_by_key,
    value_for,
)
from moucharaka.core.indicators.periods import ReportingPeriod, parse_period
from moucharaka.modules.charter import rules
from moucharaka.modules.charter.models import (
    Actor,
    Charter,
    Commitment,
    MonitoringMember,
    Report,
    Target,
)

MODULE = "charter"
MANAGER = "charter_manager"


def charter_of(commune) -> Charter | None:
    return Charter.objects.for_commune(commune).select_related("text_page").first()


def commitments_by_actor(commune) -> list[tuple[str, Any, list[Commitment]]]:
    """(actor, its label, its commitments) in the charter's order of actors (one query)."""
    rows = list(Commitment.objects.for_commune(commune))
    return [
        (actor, label, [c for c in rows if c.actor == actor])
        for actor, label in Actor.choices
        if any(c.actor == actor for c in rows)
    ]


def team(commune) -> QuerySet[MonitoringMember]:
    return MonitoringMember.objects.for_commune(commune)


def published_reports(commune) -> QuerySet[Report]:
    return Report.objects.for_commune(commune).filter(is_published=True, status=Report.Status.READY)


@dataclass
class TargetStatus:
    target: Target
    measure: Measure | None
    actual: Any
    reached: bool | None
    due: bool  # the period it names is over


def _actuals(commune, targets) -> dict[int, Any]:
    """Each target's measured value over its own period. Targets share the figures they
    read: one load per period for ledger measures, one computation per (measure,
    period) for the others, whatever the number of targets."""
    loader = FiguresLoader([commune.pk])
    computed: dict[tuple[str, str], Any] = {}
    actuals = {}
    for target in targets:
        key = (target.measure, target.period)
        if key not in computed:
            measure = measure_by_key(target.measure)
            bounds = parse_period(target.period).bounds
            computed[key] = value_for(measure, commune, bounds, loader=loader) if measure else None
        actuals[target.pk] = computed[key]
    return actuals


def targets_with_status(commune, *, today=None) -> list[TargetStatus]:
    """Each target with the measured value over its own period and whether it is met."""
    from django.utils import timezone

    today = today or timezone.localdate()
    targets = list(Target.objects.for_commune(commune))
    actuals = _actuals(commune, targets)
    return [
        TargetStatus(
            target=target,
            measure=measure_by_key(target.measure),
            actual=actuals[target.pk],
            reached=rules.target_reached(
                direction=target.direction, target=target.value, actual=actuals[target.pk]
            ),
            due=parse_period(target.period).is_over(today),
        )
        for target in targets
    ]


# --- Charter indicator 12 --------------------------------------------------------------


def _communes(commune, communes) -> list:
    if (commune is None) == (communes is None):
        raise TypeError("pass exactly one of commune= or communes=")
    return [commune] if commune is not None else list(communes)


def _targets_due(commune, period) -> tuple[int, int]:
    """(due, reached) for the targets due by the end of `period`."""
    _start, end = period
    targets = list(Target.objects.for_commune(commune).filter(due_on__lt=end.date()))
    actuals = _actuals(commune, targets)
    reached = sum(
        bool(rules.target_reached(direction=t.direction, target=t.value, actual=actuals[t.pk]))
        for t in targets
    )
    return len(targets), reached


def targets_due(*, commune=None, communes=None, period) -> int:
    """Charter indicator 12: targets whose period ended by the end of `period`."""
    return sum(_targets_due(c, period)[0] for c in _communes(commune, communes))


def targets_reached_share(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 12 (objectives reached against the charter's timeline): of the
    targets due by the end of `period`, the share the measured figures met."""
    due = reached = 0
    for c in _communes(commune, communes):
        d, r = _targets_due(c, period)
        due, reached = due + d, reached + r
    return round(reached / due, 3) if due else None


def commitments_on_time_share(*, commune=None, communes=None, period) -> float | None:
    """Charter indicator 12: of the commitments due by the end of `period`, the share
    done by their due date."""
    _start, end = period
    rows = (
        Commitment.objects.for_commune(commune)
        if commune is not None
        else Commitment.objects.for_communes(communes)
    )
    due = list(
        rows.filter(due_on__lt=end.date())
        .exclude(status=Commitment.Status.DROPPED)
        .values_list("status", "done_on", "due_on")
    )
    if not due:
        return None
    on_time = sum(
        1
        for status, done_on, due_on in due
        if status == Commitment.Status.DONE and done_on and done_on <= due_on
    )
    return round(on_time / len(due), 3)


def report_periods(kind: str, *, today) -> list[ReportingPeriod]:
    """Finished periods a report may be asked for: the last eight quarters or three years."""
    period = rules.period_to_report(kind, today)
    periods = []
    for _i in range(3 if kind == "annual" else 8):
        periods.append(period)
        period = period.previous()
    return periods
