"""The charter dashboards: every indicator of seed 001 §13.1, measured or explicitly not.

`commune_dashboard` gives, for one commune and one period, each of the fourteen
indicators with its figures (this period and the previous one) and the modules that
would measure it but are not installed or not switched on in the commune. Nothing is
ever shown as zero because a module is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from moucharaka.core.indicators import catalogue
from moucharaka.core.indicators.measures import (
    FiguresLoader,
    Measure,
    all_measures,
    growth,
    value_for,
    values_by_commune,
)
from moucharaka.core.indicators.periods import ReportingPeriod
from moucharaka.core.registry.manifests import registry
from moucharaka.core.registry.models import ModuleInstance


@dataclass
class Figure:
    measure: Measure
    value: Any
    previous: Any = None
    not_filtered: bool = False  # a module's figure, shown whole under a staff filter

    @property
    def change(self) -> float | None:
        """Relative change from the previous period for counts; difference in points
        for shares; None when either value is not published."""
        if self.measure.breakdown or self.measure.key == "growth":
            return None
        if not isinstance(self.value, int | float) or not isinstance(self.previous, int | float):
            return None
        if self.measure.unit == "share":
            return round(self.value - self.previous, 3)
        return growth(self.value, self.previous)


@dataclass
class MissingModule:
    key: str
    name: Any
    installed: bool  # installed on the platform but not switched on in this commune


@dataclass
class IndicatorRow:
    indicator: catalogue.CharterIndicator
    figures: list[Figure] = field(default_factory=list)
    missing: list[MissingModule] = field(default_factory=list)

    @property
    def measured(self) -> bool:
        return bool(self.figures)


def switched_on(commune) -> set[str]:
    return set(
        ModuleInstance.objects.for_commune(commune)
        .filter(is_published=True, key__in=registry.keys())
        .values_list("key", flat=True)
    )


def commune_dashboard(
    commune,
    period: ReportingPeriod,
    *,
    district=None,
    module: str | None = None,
    with_previous: bool = True,
) -> list[IndicatorRow]:
    """Every charter indicator for one commune and period. `district` and `module` narrow
    the ledger's figures (staff drill-down); modules' own figures are shown whole."""
    enabled = switched_on(commune)
    filtering = district is not None or bool(module)
    whole = FiguresLoader([commune.pk])
    narrowed = FiguresLoader([commune.pk], district=district, module=module) if filtering else whole
    bounds = period.bounds
    previous_bounds = period.previous().bounds if with_previous else None
    rows = {number: IndicatorRow(indicator) for number, indicator in catalogue.BY_NUMBER.items()}
    for measure in all_measures():
        if measure.module and measure.module not in enabled:
            continue
        loader = narrowed if measure.filterable else whole
        figure = Figure(
            measure,
            value_for(measure, commune, bounds, loader=loader),
            not_filtered=filtering and not measure.filterable,
        )
        # Growth is itself a comparison (with a year before): not compared again.
        if previous_bounds and measure.key != "growth":
            figure.previous = value_for(measure, commune, previous_bounds, loader=loader)
        for number in measure.charter:
            rows[number].figures.append(figure)
    for row in rows.values():
        measured_by = {f.measure.module for f in row.figures}
        row.missing = [
            MissingModule(key, catalogue.module_name(key), installed=key in registry)
            for key in row.indicator.needs
            if key not in enabled and key not in measured_by
        ]
    return [rows[number] for number in sorted(rows)]


@dataclass
class ComparisonRow:
    commune: Any
    value: Any


def comparison(communes, measure: Measure, period: ReportingPeriod) -> list[ComparisonRow]:
    """One measure for each commune of a supervisor's scope. Communes where a module's
    measure cannot be taken (module not switched on) get None."""
    communes = list(communes)
    values = values_by_commune(measure, communes, period.bounds)
    return [ComparisonRow(commune, values.get(commune.pk)) for commune in communes]


def sort_comparison(rows: list[ComparisonRow], *, descending: bool = True) -> list[ComparisonRow]:
    """Highest first (or lowest); communes without a value always last."""
    measured = [row for row in rows if isinstance(row.value, int | float)]
    unmeasured = [row for row in rows if not isinstance(row.value, int | float)]
    measured.sort(key=lambda row: row.value, reverse=descending)
    return measured + sorted(unmeasured, key=lambda row: str(row.commune))
