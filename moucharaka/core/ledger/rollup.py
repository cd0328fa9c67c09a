"""Keeping `ParticipantPeriod` (the ledger rolled up per participant and period) exact.

- `add(row)`: a new ledger row counts one more act for its participant in its quarter
  and its year (one upsert statement, run in the act's transaction);
- `rebuild_participant(commune, participant)`: after rows were removed (a retracted act),
  that participant's rollup rows are computed again from the ledger;
- `rebuild(communes=None)`: everything again (after bulk loads, or to check).

The upsert merges attributes with the same order-independent rule as the rebuild (the
largest known value), so incremental and rebuilt rollups are always equal.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection, transaction
from django.utils import timezone

from moucharaka.core.ledger.models import ParticipantPeriod, Participation

TABLE = ParticipantPeriod._meta.db_table
COLUMNS = ("commune_id", "period", "participant", "acts", "gender", "age_band")
COLUMNS += ("district_id", "disability")

# The larger of the stored and the incoming value, an unknown one ('' or NULL) losing.
_MERGE = {
    "gender": "CASE WHEN excluded.gender > {t}.gender THEN excluded.gender ELSE {t}.gender END",
    "age_band": "CASE WHEN excluded.age_band > {t}.age_band THEN excluded.age_band "
    "ELSE {t}.age_band END",
    "district_id": "CASE WHEN {t}.district_id IS NULL OR excluded.district_id > {t}.district_id "
    "THEN COALESCE(excluded.district_id, {t}.district_id) ELSE {t}.district_id END",
    "disability": "CASE WHEN {t}.disability IS NULL OR excluded.disability > {t}.disability "
    "THEN COALESCE(excluded.disability, {t}.disability) ELSE {t}.disability END",
}
UPSERT = (
    f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) VALUES {{values}} "
    f"ON CONFLICT (commune_id, period, participant) DO UPDATE SET "
    f"acts = {TABLE}.acts + excluded.acts, "
    + ", ".join(f"{column} = {merge.format(t=TABLE)}" for column, merge in _MERGE.items())
)


def period_keys(moment) -> tuple[str, str]:
    """The quarter and the year of a moment, in the commune's time: ("2026-Q1", "2026")."""
    local = timezone.localtime(moment)
    return f"{local.year}-Q{(local.month - 1) // 3 + 1}", str(local.year)


def _merge(current: tuple | None, gender, age_band, district_id, disability) -> tuple:
    """The rule of `_MERGE`, in Python, for rebuilds."""
    if current is None:
        return (1, gender, age_band, district_id, disability)
    acts, g, a, d, dis = current

    def larger(old, new):
        if new is None or new == "":
            return old
        if old is None or old == "":
            return new
        return max(old, new)

    return (acts + 1, larger(g, gender), larger(a, age_band), larger(d, district_id),
            larger(dis, disability))  # fmt: skip


def add(row: Participation) -> None:
    """Count a new ledger row in its participant's quarter and year."""
    values = []
    params: list = []
    for period in period_keys(row.occurred_at):
        values.append("(" + ", ".join(["%s"] * len(COLUMNS)) + ")")
        params += [
            row.commune_id,
            period,
            row.participant,
            1,
            row.gender,
            row.age_band,
            row.district_id,
            row.disability,
        ]
    with connection.cursor() as cursor:
        cursor.execute(UPSERT.format(values=", ".join(values)), params)


def _aggregate(rows: Iterable[tuple]) -> dict[tuple, tuple]:
    """(commune, period, participant) → (acts, gender, age band, district, disability)
    from ledger rows (commune, participant, occurred_at, gender, …)."""
    merged: dict[tuple, tuple] = {}
    for commune_id, participant, occurred_at, gender, age_band, district_id, disability in rows:
        for period in period_keys(occurred_at):
            key = (commune_id, period, participant)
            merged[key] = _merge(merged.get(key), gender, age_band, district_id, disability)
    return merged


def _write(merged: dict[tuple, tuple]) -> None:
    ParticipantPeriod.unscoped.bulk_create(
        [
            ParticipantPeriod(
                commune_id=commune_id,
                period=period,
                participant=participant,
                acts=acts,
                gender=gender or "",
                age_band=age_band or "",
                district_id=district_id,
                disability=disability,
            )
            for (commune_id, period, participant), (acts, gender, age_band, district_id, disability)
            in merged.items()
        ],
        batch_size=5000,
    )  # fmt: skip


FIELDS = ("commune_id", "participant", "occurred_at", "gender", "age_band", "district_id")
FIELDS += ("disability",)


def rebuild_participant(*, commune, participant: str) -> None:
    """Compute one participant's rollup rows again from the ledger (after a removal)."""
    ParticipantPeriod.objects.for_commune(commune).filter(participant=participant).delete()
    rows = Participation.objects.for_commune(commune).filter(participant=participant)
    _write(_aggregate(rows.values_list(*FIELDS)))


@transaction.atomic
def rebuild(*, communes=None) -> int:
    """Compute the rollup again from the ledger, for some communes or all of them.
    Returns the number of rollup rows written."""
    if communes is None:
        rollup, ledger = ParticipantPeriod.objects.across_communes(), Participation.objects
        ledger = ledger.across_communes()
    else:
        rollup = ParticipantPeriod.objects.for_communes(communes)
        ledger = Participation.objects.for_communes(communes)
    rollup.delete()
    merged = _aggregate(ledger.order_by().values_list(*FIELDS).iterator(chunk_size=20_000))
    _write(merged)
    return len(merged)
