"""POST <pk>/rate/: the author rates the answer (1–5, would take part again)."""

import pytest

from moucharaka.modules.suggestions.models import AnswerRating
from moucharaka.modules.suggestions.services import suggestion_answer

from .factories import SuggestionFactory
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def answered(commune_a, citizen, officer):
    suggestion = SuggestionFactory(commune=commune_a, author=citizen)
    return suggestion_answer(
        commune=commune_a,
        suggestion=suggestion,
        actor=officer,
        answer_kind="accepted",
        answer="نعم",
        notify=False,
    )


def test_it_records_the_authors_opinion(client, commune_a, answered, citizen):
    client.force_login(citizen)
    response = client.post(
        url("rate", commune_a, pk=answered.pk), {"score": "4", "would_participate_again": "yes"}
    )
    assert response.status_code == 302 and response["Location"].endswith("#rating")
    rating = AnswerRating.objects.for_commune(commune_a).get()
    assert (rating.user, rating.score, rating.would_participate_again) == (citizen, 4, True)


def test_it_shows_the_form_again_when_incomplete(client, commune_a, answered, citizen):
    client.force_login(citizen)
    response = client.post(url("rate", commune_a, pk=answered.pk), {"score": "9"})
    assert response.status_code == 400
    assert set(response.context["rating_form"].errors) == {"score", "would_participate_again"}
    assert not AnswerRating.objects.for_commune(commune_a).exists()


def test_it_refuses_others(client, commune_a, commune_b, answered, supporter):
    client.force_login(supporter)
    data = {"score": "1", "would_participate_again": "no"}
    assert client.post(url("rate", commune_a, pk=answered.pk), data).status_code == 302
    assert client.post(url("rate", commune_b, pk=answered.pk), data).status_code == 404
    assert not AnswerRating.objects.for_commune(commune_a).exists()
