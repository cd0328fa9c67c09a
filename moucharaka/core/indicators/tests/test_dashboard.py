"""The commune dashboard: every charter indicator, measured or saying which module it
needs; modules' figures only where the commune switched the module on."""

import pytest
from django.utils import timezone

from moucharaka.core.indicators.catalogue import CHARTER_INDICATORS
from moucharaka.core.indicators.measures import CORE_MEASURES
from moucharaka.core.indicators.periods import ReportingPeriod
from moucharaka.core.indicators.selectors import commune_dashboard
from moucharaka.core.registry.manifests import ModuleManifest, registry
from moucharaka.core.registry.services import module_enable

from .conftest import HAND_FIGURES, Q1


def answer_of_the_universe(*, commune=None, communes=None, period):
    return 42 if period[0].year == 2026 else 40


@pytest.fixture
def surveys():
    """A stand-in for the surveys module (not written yet) measuring indicator 9."""
    manifest = ModuleManifest(key="surveys", label="Surveys", urls="x")
    manifest.register_indicator(
        "satisfied", answer_of_the_universe, label="Satisfied", charter=(9,)
    )
    with registry.temporarily(manifest):
        yield manifest


def figures_of(rows, number):
    return {f.measure.key: f for f in rows[number - 1].figures}


def test_every_charter_indicator_appears_in_order(commune_a):
    rows = commune_dashboard(commune_a, Q1)
    assert [row.indicator.number for row in rows] == list(range(1, 15))
    assert [row.indicator for row in rows] == list(CHARTER_INDICATORS)


def test_what_no_module_measures_says_which_module_it_needs(commune_a, surveys):
    rows = commune_dashboard(commune_a, Q1)
    nine = rows[8]
    assert not nine.measured
    assert [(m.key, m.installed) for m in nine.missing] == [("surveys", True)]
    twelve = rows[11]
    assert not twelve.measured and [m.key for m in twelve.missing] == ["charter"]
    # Core figures are measured everywhere: 2 (tools in place), 4, 5 and 8.
    assert {row.indicator.number for row in rows if row.measured} == {2, 4, 5, 8}


def test_ledger_figures_match_the_hand_worked_values(commune_a, ledger):
    rows = commune_dashboard(commune_a, Q1)
    values = {f.measure.key: f.value for row in rows for f in row.figures}
    for key, expected in HAND_FIGURES.items():
        if key in values:
            assert values[key] == expected, key
    assert values["participants"] == 21 and values["repeat_share"] == 0.429
    assert figures_of(rows, 4)["participants"].previous is None  # nobody in 2025 Q4


def test_a_switched_on_module_brings_its_figures_with_the_previous_period(commune_a, surveys):
    module_enable(commune=commune_a, key="surveys")
    rows = commune_dashboard(commune_a, Q1)
    figure = figures_of(rows, 9)["surveys.satisfied"]
    assert (figure.value, figure.previous) == (42, 40)
    assert figure.change == 0.05
    assert rows[8].missing == []
    # Switched on today: not yet in place at the end of 2026 Q1, in place this quarter.
    assert figures_of(rows, 2)["mechanisms"].value == 0
    now = commune_dashboard(commune_a, ReportingPeriod.containing(timezone.localdate()))
    assert figures_of(now, 2)["mechanisms"].value == 1


def test_filters_narrow_the_ledger_figures_only(commune_a, districts, ledger, surveys):
    module_enable(commune=commune_a, key="surveys")
    rows = commune_dashboard(commune_a, Q1, district=districts[0])
    assert figures_of(rows, 4)["participants"].value == 11
    assert figures_of(rows, 9)["surveys.satisfied"].not_filtered


def test_core_measures_name_their_charter_indicator():
    assert {n for m in CORE_MEASURES for n in m.charter} == {2, 4, 5, 8}
