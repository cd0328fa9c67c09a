"""similar/?title=…: an HTML fragment of existing suggestions sharing significant words,
Arabic-aware, most shared words first, bounded."""

import pytest

from moucharaka.modules.suggestions.selectors import similar_suggestions

from .factories import SuggestionFactory
from .helpers import queries_of, url

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_finds_suggestions_sharing_words_whatever_their_spelling(client, commune_a, commune_b):
    lighting = SuggestionFactory(commune=commune_a, title="إصلاح الإنارة العمومية بالحي")
    both = SuggestionFactory(commune=commune_a, title="الانارة العموميه في شارع الحسن الثاني")
    SuggestionFactory(commune=commune_a, title="حديقة للأطفال")
    SuggestionFactory(commune=commune_a, title="إنارة مخفية", is_hidden=True)
    SuggestionFactory(commune=commune_b, title="الإنارة العمومية")

    response = client.get(url("similar", commune_a), {"title": "انارة عمومية"})
    assert response.status_code == 200
    assert "<html" not in response.content.decode()  # a fragment
    found = response.context["similar"]
    assert set(found) == {lighting, both}
    assert "مخفية" not in response.content.decode()


def test_it_ranks_by_shared_words_then_supports(commune_a):
    one_word = SuggestionFactory(commune=commune_a, title="إنارة الملعب", supports_count=50)
    two_words = SuggestionFactory(commune=commune_a, title="إنارة عمومية", supports_count=1)
    SuggestionFactory(commune=commune_a, title="ملعب القرب")
    found = similar_suggestions(commune=commune_a, title="الإنارة العمومية ضعيفة")
    assert found == [two_words, one_word]


def test_it_ignores_short_and_common_words(client, commune_a):
    SuggestionFactory(commune=commune_a, title="في من على")
    response = client.get(url("similar", commune_a), {"title": "في من"})
    assert response.context["similar"] == []
    assert response.content.decode().strip() == ""


def test_it_says_when_nothing_is_similar(client, commune_a):
    response = client.get(url("similar", commune_a, "en"), {"title": "Bancs publics"})
    assert "No similar suggestion found" in response.content.decode()


def test_it_returns_at_most_five_in_one_query(client, commune_a):
    for n in range(12):
        SuggestionFactory(commune=commune_a, title=f"الإنارة العمومية {n}")
    response = client.get(url("similar", commune_a), {"title": "الإنارة"})
    assert len(response.context["similar"]) == 5
    # session-less visitor: commune, module switched on, then the one search query
    assert queries_of(client, url("similar", commune_a) + "?title=الإنارة") <= 4
