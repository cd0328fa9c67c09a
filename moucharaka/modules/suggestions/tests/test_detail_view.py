"""The detail page: text, photos, history, the official answer, supports, comments,
the rating form for the author; hidden suggestions; other communes; bounded queries."""

import pytest

from moucharaka.core.comments.services import comment_post
from moucharaka.core.testing.factories import UserFactory
from moucharaka.core.testing.images import jpeg_with_gps, upload
from moucharaka.modules.suggestions.models import Suggestion
from moucharaka.modules.suggestions.services import (
    suggestion_answer,
    suggestion_submit,
    suggestion_support,
    suggestion_transition,
)

from .factories import SuggestionFactory
from .helpers import queries_of, url

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def suggestion(commune_a, citizen, category_a, district_a):
    return suggestion_submit(
        commune=commune_a,
        author=citizen,
        title="إصلاح الإنارة",
        body="المصابيح معطلة.",
        category=category_a,
        district=district_a,
        photos=[upload(jpeg_with_gps())],
    )


def test_it_shows_the_suggestion_to_everyone(client, commune_a, suggestion):
    response = client.get(url("detail", commune_a, pk=suggestion.pk))
    content = response.content.decode()
    assert response.status_code == 200
    assert "إصلاح الإنارة" in content and "المصابيح معطلة." in content
    assert "الإنارة العمومية" in content and "المدينة العتيقة" in content  # category, district
    assert suggestion.photos.get().image.url in content
    assert 'id="comments"' in content


def test_it_shows_the_official_answer_and_history(client, commune_a, suggestion, officer):
    suggestion_transition(
        commune=commune_a, suggestion=suggestion, actor=officer, to_status="under_study"
    )
    suggestion_answer(
        commune=commune_a,
        suggestion=suggestion,
        actor=officer,
        answer_kind="rejected",
        answer="لن نحتفظ بهذا الاقتراح.",
        reason="الميزانية غير كافية هذه السنة.",
        note="بعد دراسة المصلحة التقنية",
    )
    content = client.get(url("detail", commune_a, "en", pk=suggestion.pk)).content.decode()
    assert "لن نحتفظ بهذا الاقتراح." in content and "الميزانية غير كافية" in content
    assert "Not retained" in content
    assert "بعد دراسة المصلحة التقنية" in content
    history = content.split('id="history-heading"')[1]
    assert history.index("Received") < history.index("Under study") < history.index("Answered")
    assert "Officer A" not in content  # staff are not named publicly


def test_it_offers_support_to_others_and_says_when_done(client, commune_a, suggestion, supporter):
    detail = url("detail", commune_a, "en", pk=suggestion.pk)
    assert "Sign in to support it" in client.get(detail).content.decode()
    client.force_login(supporter)
    assert "Support this suggestion" in client.get(detail).content.decode()
    suggestion_support(commune=commune_a, suggestion=suggestion, user=supporter)
    content = client.get(detail).content.decode()
    assert "You support this suggestion." in content and "1 support" in content


def test_it_offers_the_rating_form_to_the_author_after_the_answer(
    client, commune_a, suggestion, citizen, officer, supporter
):
    detail = url("detail", commune_a, "en", pk=suggestion.pk)
    client.force_login(citizen)
    assert 'id="rating"' not in client.get(detail).content.decode()
    suggestion_answer(
        commune=commune_a,
        suggestion=suggestion,
        actor=officer,
        answer_kind="accepted",
        answer="نعم",
    )
    assert 'id="rating"' in client.get(detail).content.decode()
    client.force_login(supporter)
    assert 'id="rating"' not in client.get(detail).content.decode()


def test_it_hides_a_hidden_suggestion_from_all_but_its_author(
    client, commune_a, suggestion, supporter, citizen
):
    Suggestion.objects.for_commune(commune_a).filter(pk=suggestion.pk).update(
        is_hidden=True, hidden_reason="معطيات شخصية"
    )
    detail = url("detail", commune_a, pk=suggestion.pk)
    assert client.get(detail).status_code == 404
    client.force_login(supporter)
    assert client.get(detail).status_code == 404
    client.force_login(citizen)
    response = client.get(detail)
    assert response.status_code == 200
    assert "معطيات شخصية" in response.content.decode()


def test_it_answers_404_for_another_communes_suggestion(client, commune_b, suggestion, outsider):
    client.force_login(outsider)
    assert client.get(url("detail", commune_b, pk=suggestion.pk)).status_code == 404
    assert client.get(f"/ar/commune-b/suggestions/{suggestion.pk}/").status_code == 404
    assert client.get(url("detail", commune_b, pk=999999)).status_code == 404


@pytest.mark.parametrize("signed_in", [False, True])
def test_it_runs_the_same_number_of_queries_for_5_and_200_related_rows(
    client, commune_a, citizen, officer, signed_in
):
    """Supports, comments and history rows grow; the page's queries do not."""
    suggestion = SuggestionFactory(commune=commune_a, author=citizen)
    suggestion_answer(
        commune=commune_a, suggestion=suggestion, actor=officer, answer_kind="planned", answer="…"
    )
    if signed_in:
        client.force_login(citizen)

    def grow(n):
        for _ in range(n):
            person = UserFactory()
            suggestion_support(commune=commune_a, suggestion=suggestion, user=person)
            comment_post(
                commune=commune_a, author=person, target=suggestion, body="+1", module="suggestions"
            )

    detail = url("detail", commune_a, pk=suggestion.pk)
    grow(5)
    few = queries_of(client, detail)
    grow(195)
    many = queries_of(client, detail)
    assert few == many
    assert many <= 16
