"""The core's own figures from the participation ledger, for many communes at once.

One call computes, for every commune asked and one period, everything the dashboards
need from the ledger (charter indicators 4, 5 and 8): people taking part, acts, the
diversity breakdowns, repetition. It works on one row per participant:

- for a quarter or a year, the ledger's rollup (`ParticipantPeriod`), kept exact as acts
  are written — tens of thousands of rows where the ledger holds millions;
- for any other range, or narrowed to a district or a module (staff drill-down), the
  same rows grouped from the ledger itself.

Either way two queries, grouped by commune, give every figure: a national comparison
costs what one commune's dashboard costs. A participant whose acts disagree on an
attribute counts once, with the largest known value (the rollup's rule), so the cells
of a breakdown add up to the participants.

Counts of people go through the ledger's suppression rules (`suppress`, `cell`) before
they leave this module: a figures dict never holds a withheld number.

    {"participants": 812, "acts": 2410, "women_share": 0.46, ...,
     "breakdowns": {"gender": {"female": 371, "male": 402, "": 39}, ...},
     "repetition": {"1": 500, "2": 150, "3-5": 120, "6+": 42}, "repeat": 312}
"""

from __future__ import annotations

import datetime

from django.db import connection
from django.db.models import Count, F, IntegerField, Max
from django.db.models.functions import Cast
from django.utils import timezone

from moucharaka.core.ledger import selectors as ledger
from moucharaka.core.ledger.models import AgeBand, Gender, ParticipantPeriod
from moucharaka.core.ledger.selectors import REPETITION_BUCKETS, cell, suppress

YOUTH_BANDS = {AgeBand.UNDER_18.value, AgeBand.AGE_18_29.value}
GENDERS = ["", *Gender.values]
AGE_BANDS = ["", *AgeBand.values]
DISABILITY = {"": "dis IS NULL", "false": "dis = 0", "true": "dis = 1"}


def rollup_key(period) -> str | None:
    """The rollup's key ("2026-Q1", "2026") when `period` is exactly a quarter or a year
    in the commune's time; None for any other range."""
    start, end = (timezone.localtime(moment) for moment in period)
    midnight = datetime.time()
    if start.time() != midnight or end.time() != midnight or start.day != 1 or end.day != 1:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month
    if months == 12 and start.month == 1:
        return str(start.year)
    if months == 3 and start.month in (1, 4, 7, 10):
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return None


def per_participant(*, commune_ids, period, district=None, module=None):
    """One row per (commune, participant) in the period: acts, gender `g`, age band `a`,
    district `d` and disability `dis` (1, 0 or null)."""
    key = None if district is not None or module else rollup_key(period)
    if key is not None:
        return (
            ParticipantPeriod.objects.for_communes(commune_ids)
            .filter(period=key)
            .annotate(
                acts_n=F("acts"),
                g=F("gender"),
                a=F("age_band"),
                d=F("district_id"),
                dis=Cast("disability", IntegerField()),
            )
            .values("commune_id", "acts_n", "g", "a", "d", "dis")
            .order_by()
        )
    rows = ledger.ledger_rows(communes=commune_ids, period=period, district=district, module=module)
    return (
        rows.values("commune_id", "participant")
        .annotate(
            acts_n=Count("id"),
            g=Max("gender"),
            a=Max("age_band"),
            d=Max("district_id"),
            dis=Max(Cast("disability", IntegerField())),
        )
        .values("commune_id", "acts_n", "g", "a", "d", "dis")
        .order_by()
    )


def _count(condition: str) -> str:
    return f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"


COLUMNS = [
    ("people", "COUNT(*)"),
    ("acts", "SUM(acts_n)"),
    *((f"gender:{v}", _count(f"g = '{v}'")) for v in GENDERS),
    *((f"age_band:{v}", _count(f"a = '{v}'")) for v in AGE_BANDS),
    *((f"disability:{k}", _count(c)) for k, c in DISABILITY.items()),
    *(
        (
            f"repetition:{label}",
            _count(f"acts_n >= {low}" + ("" if high is None else f" AND acts_n <= {high}")),
        )
        for label, low, high in REPETITION_BUCKETS
    ),
]


def _key(value) -> str:
    """JSON key of a breakdown value: "" for not known."""
    return "" if value is None or value == "" else str(value)


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


def _raw(*, commune_ids, period, district, module) -> tuple[dict, dict]:
    """Per commune: the counts of COLUMNS, and people per district (two queries)."""
    inner, params = per_participant(
        commune_ids=commune_ids, period=period, district=district, module=module
    ).query.sql_with_params()
    select = ", ".join(expression for _name, expression in COLUMNS)
    counts, districts = {}, {}
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT commune_id, {select} FROM ({inner}) p GROUP BY commune_id", params)
        for commune_id, *values in cursor.fetchall():
            counts[commune_id] = {
                name: int(value or 0) for (name, _e), value in zip(COLUMNS, values, strict=True)
            }
        cursor.execute(
            f"SELECT commune_id, d, COUNT(*) FROM ({inner}) p GROUP BY commune_id, d", params
        )
        for commune_id, district_id, n in cursor.fetchall():
            districts.setdefault(commune_id, {})[_key(district_id)] = n
    return counts, districts


def _breakdown(counts: dict, prefix: str) -> dict[str, int]:
    """The non-empty cells of one breakdown, "" (not known) first, then in order."""
    return {
        name.split(":", 1)[1]: n
        for name, n in counts.items()
        if name.startswith(f"{prefix}:") and n
    }


def compute(*, commune_ids, period, district=None, module=None) -> dict[int, dict]:
    """Figures for each commune id in `commune_ids` (communes without any act included),
    in two queries whatever the number of communes and rows."""
    commune_ids = list(commune_ids)
    start, end = period
    if not start < end:
        raise ValueError("a period must end after it starts")
    counts, districts = _raw(
        commune_ids=commune_ids, period=period, district=district, module=module
    )
    figures = {}
    for commune_id in commune_ids:
        mine = counts.get(commune_id, {})
        participants = cell(mine.get("people", 0))
        published = {}
        for dimension in ("gender", "age_band", "disability"):
            published[dimension] = {
                key: c.value for key, c in suppress(_breakdown(mine, dimension)).items()
            }
        by_district = dict(sorted(districts.get(commune_id, {}).items()))
        published["district"] = {key: c.value for key, c in suppress(by_district).items()}
        repetition = {
            label: mine.get(f"repetition:{label}", 0) for label, _l, _h in REPETITION_BUCKETS
        }
        buckets = {key: c.value for key, c in suppress(repetition).items()} if mine else {}
        repeat = None
        if participants.value is not None and buckets.get("1") is not None:
            repeat = cell(participants.value - buckets["1"]).value
        figures[commune_id] = {
            "participants": participants.value,
            # A small number of acts tells a small number of people: shown with them.
            "acts": mine.get("acts", 0) if participants.value is not None else None,
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
