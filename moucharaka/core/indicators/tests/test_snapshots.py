"""Snapshots are served while the ledger rows of their period are unchanged, and
computed again as soon as any row of the period is added, retracted or loses its account."""

from moucharaka.core.indicators import figures
from moucharaka.core.indicators.models import FiguresSnapshot
from moucharaka.core.indicators.snapshots import figures_for
from moucharaka.core.ledger.services import participation_retract
from moucharaka.core.testing.factories import UserFactory

from .conftest import Q1, act


def direct(commune):
    return figures.compute(commune_ids=[commune.pk], period=Q1.bounds)[commune.pk]


def served(commune):
    return figures_for([commune.pk], Q1.bounds)[commune.pk]


def test_it_stores_then_serves_the_snapshot_in_two_queries(
    django_assert_num_queries, commune_a, ledger
):
    first = served(commune_a)
    assert first == direct(commune_a)
    assert FiguresSnapshot.objects.for_commune(commune_a).count() == 1
    with django_assert_num_queries(2):  # fingerprint + stored snapshot
        assert served(commune_a) == first


def test_a_new_row_in_the_period_is_seen_at_once(commune_a, ledger):
    before = served(commune_a)
    act(commune_a, person=UserFactory(), day=20)
    after = served(commune_a)
    assert after["participants"] == before["participants"] + 1 == 22
    assert after == direct(commune_a)


def test_a_retracted_act_is_seen_at_once(commune_a, ledger):
    newcomer = UserFactory()
    act(commune_a, person=newcomer, day=21, target=commune_a)
    assert served(commune_a)["participants"] == 22
    participation_retract(
        commune=commune_a, kind="suggestion_submitted", target=commune_a, person=newcomer
    )
    assert served(commune_a)["participants"] == 21
    assert served(commune_a) == direct(commune_a)


def test_deleting_an_account_is_seen_at_once(commune_a, ledger):
    served(commune_a)
    ledger["women"][0].delete()  # her three rows lose their account: three "people"
    after = served(commune_a)
    assert after["participants"] == 23
    assert after == direct(commune_a)


def test_rows_elsewhere_or_at_other_times_keep_the_snapshot(
    django_assert_num_queries, commune_a, commune_b, ledger
):
    served(commune_a)
    act(commune_b, person=UserFactory(), day=20)
    act(commune_a, person=UserFactory(), day=20, month=5)
    with django_assert_num_queries(2):
        served(commune_a)


def test_stale_communes_are_computed_together(
    django_assert_num_queries, commune_a, commune_b, ledger
):
    figures_for([commune_a.pk, commune_b.pk], Q1.bounds)
    act(commune_a, person=UserFactory(), day=20)
    act(commune_b, person=UserFactory(), day=20)
    # fingerprint, snapshots, six grouped queries, one upsert
    with django_assert_num_queries(9):
        data = figures_for([commune_a.pk, commune_b.pk], Q1.bounds)
    assert data[commune_a.pk] == direct(commune_a)
