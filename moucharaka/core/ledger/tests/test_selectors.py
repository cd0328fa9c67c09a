"""Charter indicators over the ledger, checked against hand-computed values.

Participants are mostly paper-sheet rows identified by `person_key` (cheap to create);
accounts and anonymous rows are mixed in where the identity rule matters.
"""

import dataclasses
from datetime import UTC, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

import pytest

from moucharaka.core.accounts.models import User
from moucharaka.core.ledger.models import AgeBand, Channel, Gender
from moucharaka.core.ledger.selectors import (
    MIN_CELL,
    Breakdown,
    Cell,
    Period,
    activity_breakdown,
    counts_by_channel,
    counts_by_kind,
    counts_by_module,
    diversity,
    ledger_rows,
    participant_growth,
    repetition,
    suppress,
    unique_participants,
)
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.territories.models import Commune
from moucharaka.core.testing.factories import DistrictFactory

CASABLANCA = ZoneInfo("Africa/Casablanca")
Y2024, Y2025, Y2026 = Period.year(2024), Period.year(2025), Period.year(2026)
MID_2025 = datetime(2025, 6, 15, 12, tzinfo=CASABLANCA)
MID_2024 = datetime(2024, 6, 15, 12, tzinfo=CASABLANCA)
_serial = count()


def act(commune, *, times=1, **kwargs):
    """`times` ledger rows for one participant (account, key or anonymous)."""
    kwargs.setdefault("kind", "petition_signed")
    kwargs.setdefault("module", "petitions")
    kwargs.setdefault("occurred_at", MID_2025)
    for _ in range(times):
        participation_record(commune=commune, **kwargs)


def paper(commune, how_many, *, prefix=None, times=1, demographics=None, **kwargs):
    """`how_many` paper-sheet participants with keys `<prefix>0`, `<prefix>1`, …"""
    prefix = prefix if prefix is not None else f"sheet{next(_serial)}-"
    kwargs.setdefault("channel", Channel.PAPER)
    for i in range(how_many):
        act(
            commune,
            times=times,
            person_key=f"{prefix}{i}",
            demographics=demographics,
            **kwargs,
        )


def person(**profile):
    """An account without a password (password hashing would slow the tests down)."""
    return User.objects.create(email=f"person{next(_serial)}@example.ma", **profile)


def cells_of(result):
    """Every Cell inside a selector's result."""
    if isinstance(result, Cell):
        yield result
    elif dataclasses.is_dataclass(result):
        for f in dataclasses.fields(result):
            yield from cells_of(getattr(result, f.name))
    elif isinstance(result, dict):
        for value in result.values():
            yield from cells_of(value)


def assert_no_small_cell(result):
    values = [c.value for c in cells_of(result)]
    assert values, "the result holds no Cell at all"
    assert all(v is None or v >= MIN_CELL for v in values), values


# --- the rule itself -------------------------------------------------------------------


def test_min_cell_is_five():
    assert MIN_CELL == 5


@pytest.mark.parametrize(
    "counts, withheld",
    [
        ({"a": 5, "b": 6, "c": 20}, set()),  # nothing small
        ({}, set()),
        ({"a": 4}, {"a"}),  # alone: nothing else to withhold
        ({"a": 3, "b": 7, "c": 20}, {"a", "b"}),  # one small cell: the next smallest too
        ({"a": 20, "b": 3, "c": 7}, {"b", "c"}),  # order of keys does not matter
        ({"a": 1, "b": 2, "c": 10, "d": 20}, {"a", "b", "c"}),  # 1 + 2 < 5: one more
        ({"a": 2, "b": 3, "c": 10}, {"a", "b"}),  # 2 + 3 = 5: enough
        ({"a": 0, "b": 10, "c": 12}, {"a", "b"}),  # zero is fewer than five too
        ({"a": 0, "b": 0, "c": 9}, {"a", "b", "c"}),  # 0 + 0 < 5
        ({"a": 4, "b": 6, "c": 6}, {"a", "b"}),  # ties: the first in order
        ({"a": 1, "b": 2, "c": 1}, {"a", "b", "c"}),
    ],
)
def test_suppress(counts, withheld):
    result = suppress(counts)
    assert list(result) == list(counts)
    assert {k for k, c in result.items() if c.suppressed} == withheld
    assert all(c.value == counts[k] for k, c in result.items() if not c.suppressed)


def test_cell_prints_a_dash_when_withheld():
    assert str(Cell(None)) == "–"
    assert str(Cell(12)) == "12"
    assert Cell(None).suppressed and not Cell(5).suppressed


# --- periods ---------------------------------------------------------------------------


def test_periods_are_local_calendar_periods():
    assert Y2025 == (
        datetime(2025, 1, 1, tzinfo=CASABLANCA),
        datetime(2026, 1, 1, tzinfo=CASABLANCA),
    )
    assert Period.quarter(2025, 1) == (
        datetime(2025, 1, 1, tzinfo=CASABLANCA),
        datetime(2025, 4, 1, tzinfo=CASABLANCA),
    )
    assert Period.quarter(2025, 4) == (
        datetime(2025, 10, 1, tzinfo=CASABLANCA),
        datetime(2026, 1, 1, tzinfo=CASABLANCA),
    )
    with pytest.raises(ValueError):
        Period.quarter(2025, 5)


def test_period_boundaries(commune_a):
    start, end = Y2025
    tick = timedelta(microseconds=1)
    paper(commune_a, 5, prefix="at-start-", occurred_at=start)  # in
    paper(commune_a, 5, prefix="before-end-", occurred_at=end - tick)  # in
    paper(commune_a, 5, prefix="at-end-", occurred_at=end)  # next year
    paper(commune_a, 5, prefix="before-start-", occurred_at=start - tick)  # last year
    # 23:30 UTC on 31 December is 00:30 on 1 January in Casablanca (UTC+1): 2025.
    paper(commune_a, 6, prefix="new-year-", occurred_at=datetime(2024, 12, 31, 23, 30, tzinfo=UTC))

    assert unique_participants(commune=commune_a, period=Y2025) == Cell(16)
    assert unique_participants(commune=commune_a, period=Y2024) == Cell(5)
    assert unique_participants(commune=commune_a, period=Y2026) == Cell(5)
    # A plain (start, end) tuple is a period too.
    assert unique_participants(commune=commune_a, period=(start, start + tick)) == Cell(5)
    with pytest.raises(ValueError, match="end after it starts"):
        unique_participants(commune=commune_a, period=(end, start))


# --- unique participants -----------------------------------------------------------------


@pytest.fixture
def mixed(commune_a, commune_b):
    """A, 2025: two accounts, two keys, two anonymous rows = 6 participants (9 acts)."""
    u1, u2 = person(), person()
    act(commune_a, person=u1, times=3)
    act(commune_a, person=u2)
    act(commune_a, person_key="abc", channel=Channel.PAPER, times=2)
    act(commune_a, person_key="def", channel=Channel.PAPER)
    act(commune_a, channel=Channel.IN_PERSON)  # neither account nor key:
    act(commune_a, channel=Channel.IN_PERSON)  # one participant per row
    # Not A in 2025:
    act(commune_a, person_key="old", occurred_at=MID_2024)
    act(commune_b, person=u1)
    act(commune_b, person_key="abc", channel=Channel.PAPER)
    paper(commune_b, 10)
    return u1, u2


def test_unique_participants(mixed, commune_a, commune_b):
    assert ledger_rows(commune=commune_a, period=Y2025).count() == 9
    assert unique_participants(commune=commune_a, period=Y2025) == Cell(6)
    assert unique_participants(commune=commune_b, period=Y2025) == Cell(12)
    # Across communes a person is counted once, whether known by account or by key:
    # A's 6 + B's 10 keys (u1 and "abc" are already counted).
    assert unique_participants(communes=[commune_a, commune_b], period=Y2025) == Cell(16)
    assert unique_participants(communes=Commune.objects.all(), period=Y2025) == Cell(16)
    assert unique_participants(communes=[commune_b], period=Y2025) == Cell(12)


def test_scope_is_required(mixed, commune_a):
    with pytest.raises(TypeError, match="exactly one"):
        unique_participants(period=Y2025)
    with pytest.raises(TypeError, match="exactly one"):
        unique_participants(commune=commune_a, communes=[commune_a], period=Y2025)


def test_four_people_are_withheld_five_are_shown(commune_a):
    people = [person() for _ in range(5)]
    for p in people[:4]:
        act(commune_a, person=p, times=3)  # 12 acts, but 4 people
    assert ledger_rows(commune=commune_a, period=Y2025).count() == 12
    result = unique_participants(commune=commune_a, period=Y2025)
    assert result == Cell(None) and result.suppressed and str(result) == "–"

    act(commune_a, person=people[4])
    assert unique_participants(commune=commune_a, period=Y2025) == Cell(5)


def test_empty_ledger_shows_nothing(commune_a):
    assert unique_participants(commune=commune_a, period=Y2025) == Cell(None)
    rep = repetition(commune=commune_a, period=Y2025)
    assert rep.participants == rep.repeat == Cell(None) and rep.share is None
    assert all(c.suppressed for c in rep.distribution.values())
    assert diversity(commune=commune_a, period=Y2025, dimension="gender").cells == {}
    assert counts_by_kind(commune=commune_a, period=Y2025).cells == {}


def test_module_and_kind_filters(commune_a):
    paper(commune_a, 5, prefix="p")  # petitions only
    paper(commune_a, 3, prefix="p", kind="survey_answered", module="surveys")  # p0-p2 also
    paper(commune_a, 3, prefix="s", kind="survey_answered", module="surveys")

    def unique(**kwargs):
        return unique_participants(commune=commune_a, period=Y2025, **kwargs)

    assert unique() == Cell(8)
    assert unique(module="petitions") == Cell(5)
    assert unique(module="surveys") == Cell(6)
    assert unique(kind="survey_answered") == Cell(6)
    assert unique(module="petitions", kind="survey_answered") == Cell(None)  # zero


# --- growth ------------------------------------------------------------------------------


def test_growth(commune_a, commune_b):
    paper(commune_a, 5, prefix="g", occurred_at=MID_2024)
    paper(commune_a, 3, prefix="g")  # g0-g2 come back in 2025
    paper(commune_a, 5, prefix="n")
    paper(commune_b, 20, occurred_at=MID_2024)  # B's past is not A's

    growth = participant_growth(commune=commune_a, period=Y2025, previous_period=Y2024)
    assert growth.current == Cell(8)
    assert growth.previous == Cell(5)
    assert growth.rate == pytest.approx(0.6)  # (8 - 5) / 5
    assert_no_small_cell(growth)

    decline = participant_growth(commune=commune_a, period=Y2024, previous_period=Y2025)
    assert decline.rate == pytest.approx(-0.375)  # (5 - 8) / 8


def test_growth_without_a_publishable_previous_count(commune_a):
    paper(commune_a, 8)
    first_year = participant_growth(commune=commune_a, period=Y2025, previous_period=Y2024)
    assert first_year.previous == Cell(None)  # zero
    assert first_year.current == Cell(8)
    assert first_year.rate is None

    paper(commune_a, 4, occurred_at=MID_2024)
    small = participant_growth(commune=commune_a, period=Y2025, previous_period=Y2024)
    assert small.previous == Cell(None)  # 4: a rate of +100 % would reveal it
    assert small.rate is None

    shrunk = participant_growth(commune=commune_a, period=Y2026, previous_period=Y2025)
    assert shrunk.current == Cell(None) and shrunk.previous == Cell(8)
    assert shrunk.rate is None  # -100 % would reveal the zero


def test_growth_by_module(commune_a):
    paper(commune_a, 5, prefix="a", occurred_at=MID_2024, module="surveys")
    paper(commune_a, 10, prefix="a", module="surveys")
    paper(commune_a, 10, prefix="b", occurred_at=MID_2024)  # petitions, shrinking
    growth = participant_growth(
        commune=commune_a, period=Y2025, previous_period=Y2024, module="surveys"
    )
    assert (growth.current, growth.previous, growth.rate) == (Cell(10), Cell(5), 1.0)


# --- repetition (charter indicator 8) ----------------------------------------------------


def test_repetition_all_shown(commune_a, commune_b):
    # once: 4 keys + 2 anonymous rows = 6; twice: 5; 3-5 acts: 5; 6+ acts: 4 keys + 1 account
    paper(commune_a, 4)
    act(commune_a)
    act(commune_a)
    paper(commune_a, 5, times=2)
    for times in (3, 4, 5, 5, 3):
        paper(commune_a, 1, times=times)
    for times in (6, 7, 10, 6):
        paper(commune_a, 1, times=times)
    act(commune_a, person=person(), times=6)
    # Acts outside the period or the commune do not make anyone a repeater.
    paper(commune_a, 6, prefix="sheet-once-", occurred_at=MID_2024, times=3)
    paper(commune_b, 6, times=8)

    result = repetition(commune=commune_a, period=Y2025)
    assert result.participants == Cell(21)
    assert result.distribution == {"1": Cell(6), "2": Cell(5), "3-5": Cell(5), "6+": Cell(5)}
    assert result.repeat == Cell(15)
    assert result.share == pytest.approx(15 / 21)


def test_repetition_with_secondary_suppression(commune_a):
    paper(commune_a, 8)  # once
    paper(commune_a, 6, times=2)
    paper(commune_a, 3, times=4)  # 3-5: 3 people → withheld; 6+: 0 → withheld
    result = repetition(commune=commune_a, period=Y2025)
    # 3 + 0 < 5, so "2" (the smallest shown) is withheld as well.
    assert result.distribution == {
        "1": Cell(8),
        "2": Cell(None),
        "3-5": Cell(None),
        "6+": Cell(None),
    }
    assert result.participants == Cell(17)
    assert result.repeat == Cell(9)  # = 17 − 8, public anyway; its parts are not
    assert result.share == pytest.approx(9 / 17)
    assert_no_small_cell(result)


def test_repetition_with_few_repeaters_withholds_them_all(commune_a):
    paper(commune_a, 10)
    paper(commune_a, 3, times=2)
    result = repetition(commune=commune_a, period=Y2025)
    # 3 repeaters: "1" would give them away as 13 − 10, so it is withheld too.
    assert result.participants == Cell(13)
    assert all(c.suppressed for c in result.distribution.values())
    assert result.repeat == Cell(None)
    assert result.share is None


# --- diversity -----------------------------------------------------------------------------


def test_diversity_by_gender_with_secondary_suppression(commune_a):
    for _ in range(3):
        act(commune_a, person=person(gender=Gender.FEMALE, stats_consent=True), times=2)
    for _ in range(2):  # no consent: their gender stays out of the ledger
        act(commune_a, person=person(gender=Gender.FEMALE, stats_consent=False))
    paper(commune_a, 3, demographics={"gender": Gender.FEMALE})
    paper(commune_a, 3, demographics={"gender": Gender.MALE})
    paper(commune_a, 3)  # sheets without the detail
    act(commune_a, channel=Channel.IN_PERSON)
    act(commune_a, channel=Channel.IN_PERSON)

    result = diversity(commune=commune_a, period=Y2025, dimension="gender")
    # women 6, men 3, unknown 7: men are withheld, and so are women — otherwise
    # 16 − 6 − 7 would give the men back.
    assert result == Breakdown(
        total=Cell(16),
        cells={"female": Cell(None), "male": Cell(None), None: Cell(7)},
    )
    assert_no_small_cell(result)


def test_diversity_by_gender_all_shown(commune_a):
    paper(commune_a, 5, demographics={"gender": Gender.FEMALE})
    paper(commune_a, 6, demographics={"gender": Gender.MALE})
    paper(commune_a, 5)
    result = diversity(commune=commune_a, period=Y2025, dimension="gender")
    assert result.total == Cell(16)
    assert result.cells == {"female": Cell(5), "male": Cell(6), None: Cell(5)}


def test_diversity_by_district(commune_a, commune_b):
    d1, d2 = DistrictFactory(commune=commune_a), DistrictFactory(commune=commune_a)
    paper(commune_a, 5, demographics={"district": d1})
    paper(commune_a, 7, demographics={"district": d2})
    paper(commune_a, 5)
    paper(commune_b, 9, demographics={"district": DistrictFactory(commune=commune_b)})
    result = diversity(commune=commune_a, period=Y2025, dimension="district")
    assert result.total == Cell(17)
    assert result.cells == {d1.pk: Cell(5), d2.pk: Cell(7), None: Cell(5)}


def test_diversity_by_age_band(commune_a):
    from django.utils import timezone

    thirty_five = timezone.now().year - 35
    for _ in range(5):
        act(commune_a, person=person(birth_year=thirty_five, stats_consent=True))
    paper(commune_a, 2, demographics={"age_band": AgeBand.AGE_60_PLUS})
    paper(commune_a, 6, demographics={"age_band": AgeBand.AGE_18_29})
    paper(commune_a, 10)
    result = diversity(commune=commune_a, period=Y2025, dimension="age_band")
    assert result.total == Cell(23)
    # 60+ (2) is withheld; 30–44 (5, the smallest shown) goes with it.
    assert result.cells == {
        "18_29": Cell(6),
        "30_44": Cell(None),
        "60p": Cell(None),
        None: Cell(10),
    }


def test_diversity_by_disability(commune_a):
    paper(commune_a, 5, demographics={"disability": True})
    paper(commune_a, 5, demographics={"disability": False})
    act(commune_a)
    result = diversity(commune=commune_a, period=Y2025, dimension="disability")
    assert result.total == Cell(11)
    # "not known" (1) is withheld; of the two cells of 5, the first in order goes too.
    assert result.cells == {False: Cell(None), True: Cell(5), None: Cell(None)}


def test_a_changed_snapshot_counts_in_both_cells(commune_a):
    paper(commune_a, 5, prefix="p", demographics={"gender": Gender.FEMALE})
    paper(commune_a, 5, prefix="p", demographics={"gender": Gender.MALE})
    result = diversity(commune=commune_a, period=Y2025, dimension="gender")
    assert result.total == Cell(5)
    assert result.cells == {"female": Cell(5), "male": Cell(5)}


def test_unknown_dimension(commune_a):
    with pytest.raises(ValueError, match="unknown dimension"):
        diversity(commune=commune_a, period=Y2025, dimension="religion")


# --- activity breakdowns -------------------------------------------------------------------


def test_counts_by_channel(commune_a):
    act(commune_a, person=person(), times=3)
    act(commune_a, person=person(), times=2)
    act(commune_a, person=person())
    paper(commune_a, 3, prefix="web-", channel=Channel.ONLINE)
    paper(commune_a, 5)
    act(commune_a, channel=Channel.IN_PERSON)
    act(commune_a, channel=Channel.IN_PERSON)

    result = counts_by_channel(commune=commune_a, period=Y2025)
    assert result.total == Cell(13)
    assert result.acts_total == Cell(16)
    # in person: 2 people → withheld; paper (5, the next smallest) → withheld too.
    assert result.cells == {"in_person": Cell(None), "online": Cell(6), "paper": Cell(None)}
    assert result.acts == {"in_person": Cell(None), "online": Cell(9), "paper": Cell(None)}
    assert_no_small_cell(result)


def test_counts_by_kind_and_module(commune_a, commune_b):
    paper(commune_a, 8, prefix="p")
    paper(commune_a, 3, prefix="p", kind="comment_posted", module="surveys")
    paper(commune_a, 2, prefix="s", kind="comment_posted", module="surveys", times=2)
    paper(commune_b, 7, kind="meeting_attended", module="meetings")

    by_kind = counts_by_kind(commune=commune_a, period=Y2025)
    assert by_kind.total == Cell(10)
    assert by_kind.cells == {"comment_posted": Cell(5), "petition_signed": Cell(8)}
    assert by_kind.acts == {"comment_posted": Cell(7), "petition_signed": Cell(8)}
    assert by_kind.acts_total == Cell(15)

    by_module = counts_by_module(commune=commune_a, period=Y2025)
    assert by_module.cells == {"petitions": Cell(8), "surveys": Cell(5)}
    assert by_module.acts == {"petitions": Cell(8), "surveys": Cell(7)}

    only_surveys = counts_by_kind(commune=commune_a, period=Y2025, module="surveys")
    assert only_surveys.cells == {"comment_posted": Cell(5)}

    both = counts_by_module(communes=[commune_a, commune_b], period=Y2025)
    assert both.cells == {"meetings": Cell(7), "petitions": Cell(8), "surveys": Cell(5)}
    assert both.total == Cell(17)

    with pytest.raises(ValueError, match="cannot break activity down"):
        activity_breakdown(commune=commune_a, period=Y2025, by="person_key")


# --- isolation, small populations, bounded queries ---------------------------------------


@pytest.fixture
def busy_b(commune_b):
    """Lots in B that would change every figure of A if it leaked: repeaters, men,
    another module, another channel, and last year's participants."""
    paper(commune_b, 30, prefix="x", times=7, demographics={"gender": Gender.MALE})
    paper(commune_b, 30, prefix="x", module="meetings", kind="meeting_attended")
    paper(commune_b, 30, prefix="y", occurred_at=MID_2024, channel=Channel.PHONE)


def test_commune_b_is_never_counted_for_a(commune_a, busy_b):
    paper(commune_a, 5, prefix="x", demographics={"gender": Gender.FEMALE})  # same keys as B
    paper(commune_a, 5, prefix="y", occurred_at=MID_2024)
    scope = {"commune": commune_a, "period": Y2025}

    assert unique_participants(**scope) == Cell(5)
    growth = participant_growth(**scope, previous_period=Y2024)
    assert (growth.current, growth.previous, growth.rate) == (Cell(5), Cell(5), 0.0)
    rep = repetition(**scope)
    # Five people with one act each; B's 7-act repeaters with the same keys would show
    # up as a "6+" cell of 30 or more.
    assert rep.participants == Cell(5)
    assert all(c.suppressed for c in rep.distribution.values())  # 5 + 0 + 0 + 0
    assert diversity(**scope, dimension="gender").cells == {"female": Cell(5)}
    assert counts_by_module(**scope).cells == {"petitions": Cell(5)}
    assert counts_by_channel(**scope).cells == {"paper": Cell(5)}
    assert counts_by_kind(**scope).acts == {"petition_signed": Cell(5)}


def test_no_selector_ever_shows_a_small_count(commune_a, commune_b):
    """Four people, every selector: only withheld cells come out."""
    d = DistrictFactory(commune=commune_a)
    demographics = {
        "gender": Gender.FEMALE,
        "age_band": AgeBand.AGE_18_29,
        "district": d,
        "disability": False,
    }
    paper(commune_a, 2, times=3, demographics=demographics)
    paper(commune_a, 1, times=6, demographics=demographics, channel=Channel.PHONE)
    act(commune_a, person=person(gender=Gender.MALE, stats_consent=True), module="surveys")
    paper(commune_a, 3, occurred_at=MID_2024)
    paper(commune_b, 50)
    scope = {"commune": commune_a, "period": Y2025}
    results = [
        unique_participants(**scope),
        participant_growth(**scope, previous_period=Y2024),
        repetition(**scope),
        counts_by_kind(**scope),
        counts_by_channel(**scope),
        counts_by_module(**scope),
        *(
            diversity(**scope, dimension=dim)
            for dim in ("gender", "age_band", "district", "disability")
        ),
    ]
    for result in results:
        assert_no_small_cell(result)
        assert all(c.suppressed for c in cells_of(result))


def test_queries_are_bounded(commune_a, commune_b, django_assert_num_queries):
    paper(commune_a, 40, times=3, demographics={"gender": Gender.FEMALE})
    paper(commune_a, 40, occurred_at=MID_2024)
    scope = {"commune": commune_a, "period": Y2025}
    with django_assert_num_queries(1):
        unique_participants(**scope)
    with django_assert_num_queries(1):
        participant_growth(**scope, previous_period=Y2024)
    with django_assert_num_queries(1):
        repetition(**scope)
    with django_assert_num_queries(2):
        diversity(**scope, dimension="gender")
    with django_assert_num_queries(2):
        counts_by_kind(**scope)
    with django_assert_num_queries(1):
        unique_participants(
            communes=Commune.objects.filter(pk__in=[commune_a.pk]), **{"period": Y2025}
        )
