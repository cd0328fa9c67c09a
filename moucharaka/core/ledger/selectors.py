"""Charter indicators computed from the participation ledger (DESIGN §6).

Every selector reads `Participation` only, for one commune (`commune=`) or a set of
communes (`communes=`, for supervisors), over a period `[start, end)` of aware datetimes,
optionally narrowed to one module and/or one kind of act. All counting happens in the
database: each selector runs one or two aggregate queries, whatever the ledger's size.

Who is a participant
--------------------
A participant is identified by their account (`person`) if the row has one, otherwise by
`person_key` (e.g. a keyed hash written from a paper sheet). A row with neither — an
anonymous act, or an offline entry without an identifier — counts as one participant of
its own: we cannot tell whether two such rows are the same person, and undercounting
would hide offline participation. An account holder who also signs a paper sheet under a
`person_key` is counted twice for the same reason.

Small cells
-----------
Every number of people these selectors return is a `Cell`: its `value` is None when the
number may not be published. Two rules apply:

- primary: a count of fewer than `MIN_CELL` people (zero included) is withheld;
- secondary (against differencing): within one breakdown, if some cells are withheld,
  more cells are withheld — the smallest shown ones first — until at least two are
  withheld and the withheld cells together hold at least `MIN_CELL` people. Otherwise
  "total minus the shown cells" would give back the withheld cell (or a group of fewer
  than `MIN_CELL` people).

The rules protect each published table on its own. They cannot stop someone from
subtracting two different queries (e.g. two overlapping periods); publish indicators for
fixed periods (years, quarters) and not for arbitrary ranges.

Counts of acts (`Breakdown.acts`) are not counts of people, but a small number of acts
means a small number of people, so an act count is shown only when the number of people
behind it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from moucharaka.core.ledger.models import Participation

# DESIGN §6: "Published statistics never show a cell of fewer than 5 people."
MIN_CELL = 5

# Charter indicator 8 (repetition): participants by number of acts in the period.
REPETITION_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("1", 1, 1),
    ("2", 2, 2),
    ("3-5", 3, 5),
    ("6+", 6, None),
)

# Diversity dimensions: the demographic snapshot columns of the ledger.
DIMENSIONS = {
    "gender": "gender",
    "age_band": "age_band",
    "district": "district_id",
    "disability": "disability",
}

# Breakdowns of activity.
ACTIVITY_FIELDS = ("kind", "channel", "module")

WITHHELD = "–"  # what a withheld cell prints as; the page explains it once, in a note


# --- Values --------------------------------------------------------------------------


class Period(NamedTuple):
    """Half-open interval `[start, end)`; a plain `(start, end)` tuple works as well."""

    start: datetime
    end: datetime

    @classmethod
    def year(cls, year: int) -> Period:
        tz = timezone.get_default_timezone()
        return cls(datetime(year, 1, 1, tzinfo=tz), datetime(year + 1, 1, 1, tzinfo=tz))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in (1, 2, 3, 4):
            raise ValueError("quarter must be 1 to 4")
        tz = timezone.get_default_timezone()
        start = datetime(year, 3 * quarter - 2, 1, tzinfo=tz)
        end = datetime(year + quarter // 4, 3 * quarter % 12 + 1, 1, tzinfo=tz)
        return cls(start, end)


@dataclass(frozen=True)
class Cell:
    """A publishable count of people; `value` is None when it is withheld.

    The raw number of a withheld cell is never kept, so it cannot leak into a page, an
    export or an API response by accident. Whether a cell was withheld because it was
    small or to protect another cell is deliberately not recorded either: publishing
    that difference would help to work the small cell out.
    """

    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def __str__(self) -> str:
        return WITHHELD if self.value is None else str(self.value)


@dataclass(frozen=True)
class Breakdown:
    """Unique participants split by one attribute.

    `cells` maps each value of the attribute (None for "not known") to its number of
    people, in a stable order that does not depend on the counts. A participant whose
    attribute differs between their acts (several kinds of act, a profile that changed)
    counts once in each cell, so cells may add up to more than `total`.
    For activity breakdowns, `acts` and `acts_total` count acts alongside.
    """

    total: Cell
    cells: dict[Any, Cell]
    acts_total: Cell | None = None
    acts: dict[Any, Cell] = field(default_factory=dict)


@dataclass(frozen=True)
class Growth:
    """Unique participants in a period against a previous one.

    `rate` is (current − previous) / previous, e.g. 0.25 for +25 %; None when the
    previous count is zero or when either count is withheld (the rate and the one
    shown count would give the other back).
    """

    current: Cell
    previous: Cell
    rate: float | None


@dataclass(frozen=True)
class Repetition:
    """Charter indicator 8: participants who took part more than once.

    `distribution` maps "1", "2", "3-5", "6+" (acts in the period) to people; `repeat`
    is everyone with two acts or more and `share` is repeat / participants.
    """

    participants: Cell
    repeat: Cell
    share: float | None
    distribution: dict[str, Cell]


# --- Suppression ---------------------------------------------------------------------


def cell(count: int) -> Cell:
    """Primary rule for a count published on its own."""
    return Cell(count if count >= MIN_CELL else None)


def suppress(counts: Mapping[Any, int]) -> dict[Any, Cell]:
    """Primary and secondary suppression of the cells of one breakdown.

    Keys keep their order. Secondary suppression withholds the smallest shown cells
    (ties broken by position) until at least two cells are withheld and together they
    hold at least `MIN_CELL` people, so that the breakdown's total minus its shown cells
    never reveals a withheld cell or a group smaller than `MIN_CELL`.
    """
    withheld = {key for key, count in counts.items() if count < MIN_CELL}
    order = {key: position for position, key in enumerate(counts)}
    while withheld and (len(withheld) < 2 or sum(counts[key] for key in withheld) < MIN_CELL):
        shown = [key for key in counts if key not in withheld]
        if not shown:
            break
        withheld.add(min(shown, key=lambda key: (counts[key], order[key])))
    return {key: Cell(None if key in withheld else count) for key, count in counts.items()}


# --- Queries -------------------------------------------------------------------------


def participant_identity():
    """SQL expression naming the participant of a ledger row (see the module docstring;
    written with the row, `Participation.participant`)."""
    return F("participant")


def _unique_people() -> Count:
    return Count(participant_identity(), distinct=True)


def _scoped(commune, communes) -> QuerySet:
    if (commune is None) == (communes is None):
        raise TypeError("pass exactly one of commune= or communes=")
    if commune is not None:
        return Participation.objects.for_commune(commune)
    return Participation.objects.for_communes(communes)


def _check_period(period) -> tuple[datetime, datetime]:
    start, end = period
    if not start < end:
        raise ValueError("a period must end after it starts")
    return start, end


def _in_period(period) -> Q:
    start, end = _check_period(period)
    return Q(occurred_at__gte=start, occurred_at__lt=end)


def ledger_rows(
    *,
    commune=None,
    communes: Iterable | None = None,
    period,
    module: str | None = None,
    kind: str | None = None,
    district=None,
) -> QuerySet:
    """The tenant-scoped ledger rows the selectors count (unordered).

    Counts taken directly from these rows are raw: fine for checks and staff work,
    never for publication — publish through the selectors below."""
    rows = _scoped(commune, communes).filter(_in_period(period))
    if module:
        rows = rows.filter(module=module)
    if kind:
        rows = rows.filter(kind=kind)
    if district is not None:
        rows = rows.filter(district=district)
    return rows.order_by()


def _sort_key(value):
    return (value is None, value)


# --- Selectors -----------------------------------------------------------------------


def unique_participants(
    *, commune=None, communes=None, period, module=None, kind=None, district=None
) -> Cell:
    """Distinct participants in the period (one query)."""
    rows = ledger_rows(
        commune=commune,
        communes=communes,
        period=period,
        module=module,
        kind=kind,
        district=district,
    )
    return cell(rows.aggregate(n=_unique_people())["n"])


def participant_growth(
    *, commune=None, communes=None, period, previous_period, module=None, kind=None
) -> Growth:
    """Growth of unique participants from `previous_period` to `period` (one query)."""
    rows = _scoped(commune, communes)
    if module:
        rows = rows.filter(module=module)
    if kind:
        rows = rows.filter(kind=kind)
    now, before = _in_period(period), _in_period(previous_period)
    counts = (
        rows.filter(now | before)
        .order_by()
        .aggregate(
            current=Count(participant_identity(), distinct=True, filter=now),
            previous=Count(participant_identity(), distinct=True, filter=before),
        )
    )
    current, previous = cell(counts["current"]), cell(counts["previous"])
    rate = None
    if not current.suppressed and not previous.suppressed:  # shown ⇒ previous ≥ MIN_CELL
        rate = (current.value - previous.value) / previous.value
    return Growth(current=current, previous=previous, rate=rate)


def repetition(
    *, commune=None, communes=None, period, module=None, kind=None, district=None
) -> Repetition:
    """Participants by number of acts in the period (one query: per-participant counts
    in a subquery, bucketed by the outer aggregate)."""
    rows = ledger_rows(
        commune=commune,
        communes=communes,
        period=period,
        module=module,
        kind=kind,
        district=district,
    )
    per_person = rows.values("participant").annotate(acts=Count("id"))
    buckets = {}
    for key, low, high in REPETITION_BUCKETS:
        condition = Q(acts__gte=low) if high is None else Q(acts__gte=low, acts__lte=high)
        buckets[key] = Count("participant", filter=condition)
    counts = per_person.aggregate(total=Count("participant"), **buckets)
    total = cell(counts.pop("total"))
    distribution = suppress(counts)
    # Once-only and repeat participants split the total in two: either both are shown
    # or neither. (If the repeaters are fewer than MIN_CELL, `suppress` has already
    # withheld the "1" cell, since the withheld cells must hold MIN_CELL people.)
    repeat = Cell(None)
    if not total.suppressed and not distribution["1"].suppressed:
        repeat = cell(total.value - distribution["1"].value)
    share = None
    if not repeat.suppressed:
        share = repeat.value / total.value
    return Repetition(participants=total, repeat=repeat, share=share, distribution=distribution)


def diversity(
    *, commune=None, communes=None, period, dimension: str, module=None, kind=None, district=None
) -> Breakdown:
    """Unique participants per gender, age band, district (id) or disability (two
    queries). Key None gathers participants whose snapshot does not say (no consent,
    offline entry without the detail)."""
    try:
        column = DIMENSIONS[dimension]
    except KeyError:
        raise ValueError(f"unknown dimension {dimension!r}; one of {sorted(DIMENSIONS)}") from None
    rows = ledger_rows(
        commune=commune,
        communes=communes,
        period=period,
        module=module,
        kind=kind,
        district=district,
    )
    total = cell(rows.aggregate(n=_unique_people())["n"])
    # One row per value (a handful), blank text meaning "not known" like NULL does.
    grouped = {
        row[column] if row[column] != "" else None: row["n"]
        for row in rows.values(column).annotate(n=_unique_people())
    }
    ordered = {key: grouped[key] for key in sorted(grouped, key=_sort_key)}
    return Breakdown(total=total, cells=suppress(ordered))


def activity_breakdown(
    *, commune=None, communes=None, period, by: str, module=None, kind=None, district=None
) -> Breakdown:
    """Unique participants and acts per kind, channel or module (two queries)."""
    if by not in ACTIVITY_FIELDS:
        raise ValueError(f"cannot break activity down by {by!r}; one of {ACTIVITY_FIELDS}")
    rows = ledger_rows(
        commune=commune,
        communes=communes,
        period=period,
        module=module,
        kind=kind,
        district=district,
    )
    totals = rows.aggregate(people=_unique_people(), acts=Count("id"))
    grouped = rows.values(by).annotate(people=_unique_people(), acts=Count("id"))
    grouped = sorted(grouped, key=lambda row: _sort_key(row[by]))
    people = suppress({row[by]: row["people"] for row in grouped})
    acts = {row[by]: Cell(None if people[row[by]].suppressed else row["acts"]) for row in grouped}
    total = cell(totals["people"])
    acts_total = Cell(None if total.suppressed else totals["acts"])
    return Breakdown(total=total, cells=people, acts_total=acts_total, acts=acts)


def counts_by_kind(**kwargs) -> Breakdown:
    return activity_breakdown(by="kind", **kwargs)


def counts_by_channel(**kwargs) -> Breakdown:
    return activity_breakdown(by="channel", **kwargs)


def counts_by_module(**kwargs) -> Breakdown:
    return activity_breakdown(by="module", **kwargs)
