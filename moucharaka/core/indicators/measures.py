"""Measures: the figures that measure the charter indicators.

A measure is either the core's (from the ledger figures or the registry) or a module's
(an indicator its manifest registered with `charter=`). Both answer the same questions:
its value for one commune and a period, and its values for many communes at once (the
supervisors' comparisons).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from moucharaka.core.indicators import figures
from moucharaka.core.ledger.selectors import Cell
from moucharaka.core.registry.manifests import registry
from moucharaka.core.registry.models import ModuleInstance


@dataclass(frozen=True)
class Measure:
    key: str
    label: Any
    unit: str  # see registry INDICATOR_UNITS
    charter: tuple[int, ...]
    semantics: str = "flow"  # "flow": what happened in the period; "stock": state at its end
    module: str | None = None  # None: measured by the core
    # Core ledger measures: the name of their value in the figures dict.
    figure: str | None = None
    # Other measures: compute(*, commune | communes, period) like manifest indicators.
    compute: Callable[..., Any] | None = field(default=None, compare=False)
    breakdown: bool = False  # a table of values rather than one number

    @property
    def filterable(self) -> bool:
        """Ledger measures can be narrowed to a district or a module (staff views)."""
        return self.figure is not None

    @property
    def source(self):
        if self.module:
            from moucharaka.core.indicators.catalogue import module_name

            return module_name(self.module)
        return _("participation ledger") if self.figure else _("platform settings")


def mechanisms_in_place(*, commune=None, communes=None, period) -> int:
    """Charter indicator 2: participation tools switched on and published at the end of
    the period (a stock)."""
    _start, end = period
    rows = (
        ModuleInstance.objects.for_commune(commune)
        if commune is not None
        else ModuleInstance.objects.for_communes(communes)
    )
    return rows.filter(is_published=True, key__in=registry.keys(), created_at__lt=end).count()


def mechanisms_by_commune(*, communes, period) -> dict[int, int]:
    _start, end = period
    return {
        row["commune_id"]: row["n"]
        for row in ModuleInstance.objects.for_communes(communes)
        .filter(key__in=registry.keys(), created_at__lt=end)
        .values("commune_id")
        .annotate(n=Count("id", filter=Q(is_published=True)))
    }


CORE_MEASURES: tuple[Measure, ...] = (
    Measure(
        "mechanisms",
        _("Participation tools in place"),
        "count",
        (2,),
        semantics="stock",
        compute=mechanisms_in_place,
    ),
    Measure("participants", _("People who took part"), "people", (4,), figure="participants"),
    Measure("growth", _("Change from a year before"), "share", (4,), figure="participants"),
    Measure("acts", _("Acts of participation"), "count", (4,), figure="acts"),
    Measure("women_share", _("Share of women"), "share", (5,), figure="women_share"),
    Measure("youth_share", _("Share of people under 30"), "share", (5,), figure="youth_share"),
    Measure(
        "disability_share",
        _("Share of people with a disability"),
        "share",
        (5,),
        figure="disability_share",
    ),
    Measure("districts_reached", _("Districts reached"), "count", (5,), figure="districts_reached"),
    Measure(
        "by_gender", _("Participants by gender"), "people", (5,), figure="gender", breakdown=True
    ),
    Measure(
        "by_age_band", _("Participants by age"), "people", (5,), figure="age_band", breakdown=True
    ),
    Measure(
        "by_district",
        _("Participants by district"),
        "people",
        (5,),
        figure="district",
        breakdown=True,
    ),
    Measure(
        "by_disability",
        _("Participants by disability"),
        "people",
        (5,),
        figure="disability",
        breakdown=True,
    ),
    Measure("repeat", _("People who took part more than once"), "people", (8,), figure="repeat"),
    Measure("repeat_share", _("Share who took part again"), "share", (8,), figure="repeat_share"),
    Measure(
        "by_repetition",
        _("Participants by number of acts"),
        "people",
        (8,),
        figure="repetition",
        breakdown=True,
    ),
)


def module_measures() -> list[Measure]:
    """Indicators that installed modules registered for the charter."""
    return [
        Measure(
            key=f"{manifest.key}.{indicator.key}",
            label=indicator.label or indicator.key,
            unit=indicator.unit,
            charter=indicator.charter,
            semantics=indicator.semantics,
            module=manifest.key,
            compute=indicator.compute,
        )
        for manifest in registry
        for indicator in manifest.indicators.values()
        if indicator.charter
    ]


def all_measures() -> list[Measure]:
    return [*CORE_MEASURES, *module_measures()]


def measure_by_key(key: str) -> Measure | None:
    return next((m for m in all_measures() if m.key == key), None)


# --- Values --------------------------------------------------------------------------


def year_before(period) -> tuple[datetime, datetime]:
    start, end = period
    return start.replace(year=start.year - 1), end.replace(year=end.year - 1)


def _figure_value(measure: Measure, data: dict):
    if measure.figure == "repetition":
        return data["repetition"]
    if measure.breakdown:
        return data["breakdowns"][measure.figure]
    return data[measure.figure]


def growth(current, before) -> float | None:
    """(current − before) / before; None unless both are published and before > 0."""
    if current is None or not before:
        return None
    return round((current - before) / before, 3)


def _plain(value):
    return value.value if isinstance(value, Cell) else value


class FiguresLoader:
    """Ledger figures for a set of communes, loaded once per period (narrowed to a
    district or a module for the staff's drill-down)."""

    def __init__(self, commune_ids, *, district=None, module=None):
        self.commune_ids = list(commune_ids)
        self.district, self.module = district, module
        self._loaded: dict[tuple, dict] = {}

    def __call__(self, period) -> dict[int, dict]:
        period = tuple(period)
        if period not in self._loaded:
            self._loaded[period] = figures.compute(
                commune_ids=self.commune_ids,
                period=period,
                district=self.district,
                module=self.module,
            )
        return self._loaded[period]

    def values(self, measure: Measure, period) -> dict[int, Any]:
        data = self(period)
        if measure.key == "growth":
            before = self(year_before(period))
            return {
                cid: growth(data[cid]["participants"], before[cid]["participants"])
                for cid in self.commune_ids
            }
        return {cid: _figure_value(measure, data[cid]) for cid in self.commune_ids}


def value_for(measure: Measure, commune, period, *, loader: FiguresLoader | None = None):
    """The measure for one commune; a ledger measure reads `loader`'s figures (give the
    same loader to every measure of a page so figures load once per period)."""
    if measure.figure:
        loader = loader or FiguresLoader([commune.pk])
        return loader.values(measure, period)[commune.pk]
    return _plain(measure.compute(commune=commune, period=period))


def values_by_commune(measure: Measure, communes, period) -> dict[int, Any]:
    """The measure for each commune of a supervisor's scope (only those with the module
    switched on, for a module's measure)."""
    commune_ids = [c.pk for c in communes]
    if measure.figure:
        return FiguresLoader(commune_ids).values(measure, period)
    if measure.key == "mechanisms":
        counts = mechanisms_by_commune(communes=commune_ids, period=period)
        return {cid: counts.get(cid, 0) for cid in commune_ids}
    enabled = set(
        ModuleInstance.objects.for_communes(commune_ids)
        .filter(key=measure.module, is_published=True)
        .values_list("commune_id", flat=True)
    )
    return {
        commune.pk: _plain(measure.compute(commune=commune, period=period))
        for commune in communes
        if commune.pk in enabled
    }
