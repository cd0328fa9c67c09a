"""figures.compute against hand-worked values (conftest), and the ledger selectors."""

from moucharaka.core.indicators import figures
from moucharaka.core.ledger import selectors as ledger_selectors

from .conftest import HAND_FIGURES, Q1


def test_it_matches_the_hand_worked_figures(commune_a, ledger):
    data = figures.compute(commune_ids=[commune_a.pk], period=Q1.bounds)[commune_a.pk]
    assert {key: data[key] for key in HAND_FIGURES} == HAND_FIGURES


def test_breakdowns_are_suppressed_like_the_ledger_selectors(commune_a, districts, ledger):
    d1, d2 = districts
    data = figures.compute(commune_ids=[commune_a.pk], period=Q1.bounds)[commune_a.pk]
    assert data["breakdowns"]["gender"] == {"": 5, "female": 10, "male": 6}
    assert data["breakdowns"]["age_band"] == {"": 5, "18_29": 5, "30_44": 5, "45_59": 6}
    assert data["breakdowns"]["district"] == {"": 5, str(d1.pk): 11, str(d2.pk): 5}
    assert data["breakdowns"]["disability"] == {"": 5, "false": 10, "true": 6}
    # "6+" holds one person (k1): withheld, and with it enough cells to hide it.
    assert data["repetition"] == {"1": 12, "2": None, "3-5": None, "6+": None}
    same = ledger_selectors.repetition(commune=commune_a, period=Q1.bounds).distribution
    assert data["repetition"] == {key: c.value for key, c in same.items()}
    gender = ledger_selectors.diversity(
        commune=commune_a, period=Q1.bounds, dimension="gender"
    ).cells
    assert data["breakdowns"]["gender"] == {k or "": c.value for k, c in gender.items()}


def test_small_totals_publish_nothing(commune_a, commune_b, ledger):
    data = figures.compute(commune_ids=[commune_b.pk], period=Q1.bounds)[commune_b.pk]
    assert data["participants"] is None and data["acts"] is None
    assert data["districts_reached"] is None and data["repeat"] is None


def test_it_computes_many_communes_in_a_fixed_number_of_queries(
    django_assert_num_queries, commune_a, commune_b, ledger
):
    with django_assert_num_queries(2):
        data = figures.compute(commune_ids=[commune_a.pk, commune_b.pk], period=Q1.bounds)
    assert data[commune_a.pk]["participants"] == 21


def test_it_narrows_to_a_district_and_a_module(commune_a, districts, ledger):
    d1, _d2 = districts
    in_d1 = figures.compute(commune_ids=[commune_a.pk], period=Q1.bounds, district=d1)
    assert in_d1[commune_a.pk]["participants"] == 11
    petitions = figures.compute(commune_ids=[commune_a.pk], period=Q1.bounds, module="petitions")
    assert petitions[commune_a.pk]["participants"] is None  # nobody: withheld like any 0
