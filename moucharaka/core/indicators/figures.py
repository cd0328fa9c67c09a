"""The core's own figures from the participation ledger, for many communes at once.

One call computes, for every commune asked and one period, everything the dashboards
need from the ledger (charter indicators 4, 5 and 8): people taking part, acts, the
diversity breakdowns, repetition. Each query groups by commune, so a national comparison
costs the same few queries as one commune's dashboard (DESIGN §6: queries over one
table, with rollups for large installations — see `snapshots.py`).

Counts of people go through the ledger's suppression rules (`suppress`, `cell`) before
they leave this module: a figures dict never holds a withheld number, so it can be
stored, cached and published as it is.

Figures are plain JSON (strings as keys, "" meaning "not known"):

    {"participants": 812, "acts": 2410, "women_share": 0.46, ...,
     "breakdowns": {"gender": {"female": 371, "male": 402, "": 39}, ...},
     "repetition": {"1": 500, "2": 150, "3-5": 120, "6+": 42}, "repeat": 312}
"""

from __future__ import annotations

from collections import defaultdict

from django.db import connection
from django.db.models import Count

from moucharaka.core.ledger import selectors as ledger
from moucharaka.core.ledger.models import AgeBand, Gender
from moucharaka.core.ledger.selectors import (
    DIMENSIONS,
    REPETITION_BUCKETS,
    cell,
    participant_identity,
    suppress,
)

YOUTH_BANDS = {AgeBand.UNDER_18.value, AgeBand.AGE_18_29.value}


def ledger_rows(*, commune_ids, period, district=None, module=None):
    return ledger.ledger_rows(communes=commune_ids, period=period, district=district, module=module)


def _key(value) -> str:
    """JSON key of a breakdown value: "" for not known, "true"/"false" for booleans."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _share(breakdown: dict, wanted: set[str]) -> float | None:
    """Share of the people whose attribute is known that fall in `wanted`; None when a
    cell it needs is withheld or nobody's attribute is known."""
    known = {key: value for key, value in breakdown.items() if key != ""}
    if not known or any(value is None for value in known.values()):
        return None
    total = sum(known.values())
    if not total:
        return None
    return round(sum(value for key, value in known.items() if key in wanted) / total, 3)


def _repetition(rows) -> dict[int, dict[str, int]]:
    """Participants per bucket of acts, per commune: one query over the per-person
    counts (compiled by Django, so it runs on PostgreSQL and SQLite alike)."""
    per_person = (
        rows.annotate(participant=participant_identity())
        .values("commune_id", "participant")
        .annotate(acts=Count("id"))
        .order_by()
    )
    inner, params = per_person.query.sql_with_params()
    buckets = []
    for _label, low, high in REPETITION_BUCKETS:
        condition = f"acts >= {int(low)}" + ("" if high is None else f" AND acts <= {int(high)}")
        buckets.append(f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)")
    sql = f"SELECT commune_id, {', '.join(buckets)} FROM ({inner}) AS people GROUP BY commune_id"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {
            row[0]: {
                label: int(n or 0)
                for (label, _, _), n in zip(REPETITION_BUCKETS, row[1:], strict=True)
            }
            for row in cursor.fetchall()
        }


def compute(*, commune_ids, period, district=None, module=None) -> dict[int, dict]:
    """Figures for each commune id in `commune_ids` (communes without any row included),
    in six queries whatever the number of communes and rows."""
    commune_ids = list(commune_ids)
    rows = ledger_rows(commune_ids=commune_ids, period=period, district=district, module=module)
    identity = participant_identity()
    totals = {
        row["commune_id"]: row
        for row in rows.values("commune_id").annotate(
            people=Count(identity, distinct=True), acts=Count("id")
        )
    }
    breakdowns: dict[int, dict[str, dict]] = defaultdict(lambda: defaultdict(dict))
    for dimension, column in DIMENSIONS.items():
        grouped = rows.values("commune_id", column).annotate(n=Count(identity, distinct=True))
        for row in grouped:
            breakdowns[row["commune_id"]][dimension][_key(row[column])] = row["n"]
    repetition = _repetition(rows)

    figures = {}
    for commune_id in commune_ids:
        total = totals.get(commune_id, {"people": 0, "acts": 0})
        participants = cell(total["people"])
        published = {}
        for dimension in DIMENSIONS:
            counts = dict(sorted(breakdowns[commune_id][dimension].items()))
            published[dimension] = {key: c.value for key, c in suppress(counts).items()}
        buckets = {key: c.value for key, c in suppress(repetition.get(commune_id, {})).items()}
        repeat = None
        if participants.value is not None and buckets.get("1") is not None:
            repeat = cell(participants.value - buckets["1"]).value
        figures[commune_id] = {
            "participants": participants.value,
            # A small number of acts tells a small number of people: shown with them.
            "acts": total["acts"] if participants.value is not None else None,
            "women_share": _share(published["gender"], {Gender.FEMALE.value}),
            "youth_share": _share(published["age_band"], YOUTH_BANDS),
            "disability_share": _share(published["disability"], {"true"}),
            "districts_reached": sum(1 for key in published["district"] if key)
            if participants.value is not None
            else None,
            "breakdowns": published,
            "repetition": buckets,
            "repeat": repeat,
            "repeat_share": round(repeat / participants.value, 3) if repeat is not None else None,
        }
    return figures
