"""Ledger figures kept per commune and period, never served stale.

A dashboard, a report or a national comparison asks `figures_for(commune_ids, period)`.
One query takes the fingerprint of each commune's ledger rows in the period (row count,
highest id, rows without an account); a stored snapshot whose fingerprint still matches
is served as it is, the others are computed again — all stale communes together, in the
few grouped queries of `figures.compute` — and stored.

Why a fingerprint is enough: the ledger is append-only (rows are never edited; an act
undone before it took effect is deleted, `participation_retract`), ids only grow, and
the one change made to existing rows — an account deleted, `person` set to null — moves
the count of rows without an account. Adding a row raises the highest id; deleting one
lowers the count. A row written while figures are computed leaves a snapshot whose
fingerprint is older than the rows it saw, so it is computed again at the next read:
the mechanism can recompute too often, never serve figures older than the ledger.
"""

from __future__ import annotations

from django.db.models import Count, Max, Q

from moucharaka.core.indicators import figures
from moucharaka.core.indicators.models import FiguresSnapshot


def _fingerprints(commune_ids, period) -> dict[int, tuple]:
    rows = figures.ledger_rows(commune_ids=commune_ids, period=period)
    return {
        row["commune_id"]: (row["n"], row["last"], row["anonymous"])
        for row in rows.values("commune_id").annotate(
            n=Count("id"), last=Max("id"), anonymous=Count("id", filter=Q(person__isnull=True))
        )
    }


def figures_for(commune_ids, period) -> dict[int, dict]:
    """Figures of each commune for the period, from snapshots that are still exact."""
    commune_ids = list(commune_ids)
    start, end = period
    fingerprints = _fingerprints(commune_ids, period)
    stored = {
        snapshot.commune_id: snapshot
        for snapshot in FiguresSnapshot.objects.for_communes(commune_ids).filter(
            start=start, end=end
        )
    }
    empty = (0, None, 0)
    result, stale = {}, []
    for commune_id in commune_ids:
        snapshot = stored.get(commune_id)
        fingerprint = fingerprints.get(commune_id, empty)
        if snapshot and (snapshot.row_count, snapshot.last_row_id, snapshot.anonymous_rows) == (
            fingerprint
        ):
            result[commune_id] = snapshot.data
        else:
            stale.append(commune_id)
    if stale:
        computed = figures.compute(commune_ids=stale, period=period)
        FiguresSnapshot.unscoped.bulk_create(
            [
                FiguresSnapshot(
                    commune_id=commune_id,
                    start=start,
                    end=end,
                    row_count=fingerprints.get(commune_id, empty)[0],
                    last_row_id=fingerprints.get(commune_id, empty)[1],
                    anonymous_rows=fingerprints.get(commune_id, empty)[2],
                    data=computed[commune_id],
                )
                for commune_id in stale
            ],
            update_conflicts=True,
            unique_fields=["commune", "start", "end"],
            update_fields=["row_count", "last_row_id", "anonymous_rows", "data", "computed_at"],
        )
        result.update(computed)
    return result
