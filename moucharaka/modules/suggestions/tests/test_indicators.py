"""The manifest's indicators on a small fixture, against values computed by hand."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from moucharaka.core.ledger.selectors import Period
from moucharaka.core.registry.manifests import registry
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.suggestions.models import AnswerRating, Suggestion
from moucharaka.modules.suggestions.selectors import suggestion_rows

from .factories import SuggestionFactory

YEAR = Period.year(2025)
TZ = timezone.get_default_timezone()


def at(month, day):
    return datetime(2025, month, day, 10, tzinfo=TZ)


def answered(commune, received, days, kind="accepted", **fields):
    return SuggestionFactory(
        commune=commune,
        created_at=received,
        status=Suggestion.Status.ANSWERED,
        answer="…",
        answer_kind=kind,
        answer_reason="سبب" if kind == "rejected" else "",
        answered_at=received + timedelta(days=days),
        **fields,
    )


def indicator(key, commune):
    return registry.get("suggestions").indicators[key].compute(commune=commune, period=YEAR)


@pytest.fixture
def fixture(commune_a, commune_b):
    # Received in 2025: 6 public (4 answered, 2 waiting) + 1 hidden; 1 in 2024; 1 elsewhere.
    delays = [2, 10, 4, 30]  # days to answer → sorted 2, 4, 10, 30 → median (4 + 10) / 2 = 7
    rated = [answered(commune_a, at(3, 1 + i), days) for i, days in enumerate(delays)]
    SuggestionFactory(commune=commune_a, created_at=at(5, 1))
    SuggestionFactory(commune=commune_a, created_at=at(6, 1))
    SuggestionFactory(commune=commune_a, created_at=at(6, 2), is_hidden=True)
    SuggestionFactory(commune=commune_a, created_at=datetime(2024, 12, 31, 10, tzinfo=TZ))
    SuggestionFactory(commune=commune_b, created_at=at(3, 1))
    return rated


def rate(suggestion, score, again, when):
    AnswerRating.unscoped.create(
        commune=suggestion.commune,
        suggestion=suggestion,
        user=UserFactory(),
        score=score,
        would_participate_again=again,
        created_at=when,
    )


def test_submitted_and_answered_share(commune_a, fixture):
    assert indicator("suggestions_submitted", commune_a) == 6  # hidden and 2024 left out
    assert indicator("suggestions_answered_share", commune_a) == pytest.approx(4 / 6)


def test_median_days_to_answer(commune_a, fixture):
    assert indicator("suggestions_median_days_to_answer", commune_a) == 7.0


def test_median_with_an_odd_count_and_none_without_answers(commune_a, commune_b, fixture):
    answered(commune_a, at(7, 1), 100)
    assert indicator("suggestions_median_days_to_answer", commune_a) == 10.0  # 2 4 [10] 30 100
    assert indicator("suggestions_median_days_to_answer", commune_b) is None
    assert indicator("suggestions_answered_share", commune_b) == 0.0


def test_ratings_are_withheld_under_five_people(commune_a, fixture):
    for suggestion, score in zip(fixture, [5, 4, 2, 1], strict=True):
        rate(suggestion, score, score >= 4, at(8, 1))
    assert indicator("suggestions_mean_answer_rating", commune_a) is None
    assert indicator("suggestions_would_participate_again", commune_a) is None


def test_ratings_with_five_people(commune_a, fixture):
    scores = [(5, True), (4, True), (2, False), (1, False), (3, True)]
    for suggestion, (score, again) in zip([*fixture, fixture[0]], scores, strict=True):
        rate(suggestion, score, again, at(8, 1))
    rate(fixture[1], 1, False, datetime(2026, 1, 2, tzinfo=TZ))  # another year: not counted
    # (5 + 4 + 2 + 1 + 3) / 5 = 3.0 ; 3 of 5 would take part again
    assert indicator("suggestions_mean_answer_rating", commune_a) == 3.0
    assert indicator("suggestions_would_participate_again", commune_a) == pytest.approx(0.6)


def test_the_export_rows_carry_no_personal_data(commune_a, fixture, citizen):
    SuggestionFactory(commune=commune_a, author=citizen, citizen_name="Ahmed", created_at=at(9, 9))
    rows = list(suggestion_rows(commune=commune_a, period=YEAR))
    assert len(rows) == 8  # hidden included (flagged, without its text), 2024 excluded
    assert all("author" not in row and "citizen_name" not in row for row in rows)
    assert "Ahmed" not in str(rows) and citizen.email not in str(rows)
    hidden = [row for row in rows if row["hidden"]]
    assert len(hidden) == 1 and hidden[0]["title"] == "" and hidden[0]["text"] == ""
    assert rows[0]["days_to_answer"] == 2


def test_implemented_counts_suggestions_marked_implemented_in_the_period(commune_a, fixture):
    from moucharaka.modules.suggestions.models import StatusChange

    for suggestion, when in ((fixture[0], at(4, 1)), (fixture[1], datetime(2026, 1, 5, tzinfo=TZ))):
        StatusChange.unscoped.create(
            commune=commune_a,
            suggestion=suggestion,
            from_status="answered",
            to_status="implemented",
            at=when,
        )
    assert indicator("suggestions_implemented", commune_a) == 1  # the other is in 2026


def test_indicators_take_a_set_of_communes(commune_a, commune_b, fixture):
    compute = registry.get("suggestions").indicators["suggestions_submitted"].compute
    assert compute(communes=[commune_a, commune_b], period=YEAR) == 7
    with pytest.raises(TypeError):
        compute(period=YEAR)
