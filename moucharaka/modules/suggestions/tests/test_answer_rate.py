"""answer_rate: the author rates the answer once it is given (indicators 10 and 11)."""

import pytest
from django.core.exceptions import ValidationError

from moucharaka.modules.suggestions.models import AnswerRating, Suggestion
from moucharaka.modules.suggestions.services import answer_rate, suggestion_answer

from .factories import SuggestionFactory


@pytest.fixture
def answered(commune_a, citizen, officer):
    suggestion = SuggestionFactory(commune=commune_a, author=citizen)
    return suggestion_answer(
        commune=commune_a,
        suggestion=suggestion,
        actor=officer,
        answer_kind=Suggestion.AnswerKind.PLANNED,
        answer="مبرمج",
        notify=False,
    )


def test_it_records_the_authors_rating_and_replaces_it(commune_a, answered, citizen):
    rating = answer_rate(
        commune=commune_a, suggestion=answered, user=citizen, score=4, would_participate_again=True
    )
    assert (rating.score, rating.would_participate_again) == (4, True)
    again = answer_rate(
        commune=commune_a, suggestion=answered, user=citizen, score=2, would_participate_again=False
    )
    assert again.pk == rating.pk
    assert list(AnswerRating.objects.for_commune(commune_a).values_list("score", flat=True)) == [2]


def test_it_refuses_others_before_the_answer_and_out_of_range(
    commune_a, answered, supporter, citizen
):
    with pytest.raises(ValidationError):
        answer_rate(
            commune=commune_a,
            suggestion=answered,
            user=supporter,
            score=5,
            would_participate_again=True,
        )
    with pytest.raises(ValidationError):
        answer_rate(
            commune=commune_a,
            suggestion=answered,
            user=citizen,
            score=6,
            would_participate_again=True,
        )
    waiting = SuggestionFactory(commune=commune_a, author=citizen)
    with pytest.raises(ValidationError):
        answer_rate(
            commune=commune_a,
            suggestion=waiting,
            user=citizen,
            score=5,
            would_participate_again=True,
        )
    assert not AnswerRating.objects.for_commune(commune_a).exists()
