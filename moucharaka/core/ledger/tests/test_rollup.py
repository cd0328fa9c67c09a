"""The rollup (one row per participant, commune and quarter or year) stays equal to a
rebuild from the ledger whatever is written, retracted or deleted."""

import datetime

import pytest
from django.utils import timezone

from moucharaka.core.indicators.figures import compute
from moucharaka.core.ledger import rollup
from moucharaka.core.ledger.models import ParticipantPeriod
from moucharaka.core.ledger.services import participation_record, participation_retract
from moucharaka.core.testing.factories import DistrictFactory, UserFactory

TZ = timezone.get_default_timezone()


def at(year, month, day, hour=10):
    return datetime.datetime(year, month, day, hour, tzinfo=TZ)


def state():
    return sorted(
        ParticipantPeriod.unscoped.values_list(
            "commune_id", "period", "participant", "acts", "gender", "age_band",
            "district_id", "disability",
        )
    )  # fmt: skip


def record(commune, when, **kwargs):
    kwargs.setdefault("kind", "x")
    kwargs.setdefault("module", "suggestions")
    return participation_record(commune=commune, occurred_at=when, **kwargs)


@pytest.fixture
def history(commune_a, commune_b):
    district = DistrictFactory(commune=commune_a)
    person = UserFactory()
    # Acts that disagree (a profile that changed): the largest known value is kept.
    record(commune_a, at(2026, 1, 5), person=person, demographics={"gender": "female"})
    record(commune_a, at(2026, 2, 5), person=person, demographics={"age_band": "30_44"})
    record(commune_a, at(2026, 2, 6), person=person, demographics={"district": district})
    record(commune_a, at(2026, 4, 1), person=person, demographics={"disability": False})
    record(commune_a, at(2026, 4, 2), person=person, demographics={"disability": True})
    record(commune_a, at(2026, 3, 1), person_key="sheet-1", channel="paper")
    record(commune_a, at(2026, 3, 1))  # anonymous: a participant of its own
    record(commune_b, at(2026, 3, 1), person=person)
    return person, district


def test_acts_are_counted_per_quarter_and_year(commune_a, history):
    person, district = history
    rows = {
        (r.period, r.participant): r
        for r in ParticipantPeriod.objects.for_commune(commune_a).filter(
            participant=f"u{person.pk}"
        )
    }
    q1, q2, year = (
        rows[("2026-Q1", f"u{person.pk}")],
        rows[("2026-Q2", f"u{person.pk}")],
        rows[("2026", f"u{person.pk}")],
    )
    assert (q1.acts, q1.gender, q1.age_band, q1.district_id, q1.disability) == (
        3, "female", "30_44", district.pk, None,
    )  # fmt: skip
    assert (q2.acts, q2.disability) == (2, True)
    assert (year.acts, year.gender, year.disability) == (5, "female", True)


def test_the_incremental_rollup_equals_a_rebuild(history):
    incremental = state()
    rollup.rebuild()
    assert state() == incremental


def test_a_retracted_act_is_taken_out(commune_a, history):
    person, _district = history
    row = record(commune_a, at(2026, 2, 10), person=person, target=commune_a)
    participation_retract(commune=commune_a, kind="x", target=commune_a, person=person)
    incremental = state()
    rollup.rebuild()
    assert state() == incremental
    assert row.participant == f"u{person.pk}"


def test_deleting_an_account_changes_nothing(commune_a, history):
    person, _district = history
    before = compute(commune_ids=[commune_a.pk], period=(at(2026, 1, 1, 0), at(2027, 1, 1, 0)))
    person.delete()
    after = compute(commune_ids=[commune_a.pk], period=(at(2026, 1, 1, 0), at(2027, 1, 1, 0)))
    assert before == after


def test_quarters_follow_the_communes_clock(commune_a):
    # 31 March 2026, 23:30 in Casablanca is still the first quarter (22:30 UTC).
    record(commune_a, datetime.datetime(2026, 3, 31, 22, 30, tzinfo=datetime.UTC), person_key="k")
    assert list(
        ParticipantPeriod.objects.for_commune(commune_a)
        .values_list("period", flat=True)
        .order_by("period")
    ) == ["2026", "2026-Q1"]


def test_rollup_and_ledger_give_the_same_figures(commune_a, history):
    quarter = (at(2026, 1, 1, 0), at(2026, 4, 1, 0))
    from_rollup = compute(commune_ids=[commune_a.pk], period=quarter)
    one_second_less = (quarter[0], quarter[1] - datetime.timedelta(microseconds=1))
    from_ledger = compute(commune_ids=[commune_a.pk], period=one_second_less)  # not a quarter
    assert from_rollup == from_ledger
