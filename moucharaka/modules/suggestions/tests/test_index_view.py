"""The public list: filters, Arabic-aware search, sorting, pagination, the map view, and
a fixed number of queries however many suggestions there are."""

import json
from decimal import Decimal

import pytest

from moucharaka.core.comments.services import comment_post
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.suggestions.models import Suggestion

from .factories import CategoryFactory, SuggestionFactory
from .helpers import queries_of, url

pytestmark = pytest.mark.usefixtures("module_on")


def listed(response) -> list[str]:
    return [s.title for s in response.context["page_obj"].object_list]


def test_it_lists_the_communes_public_suggestions_newest_first(client, commune_a, commune_b):
    SuggestionFactory(commune=commune_a, title="الأول")
    SuggestionFactory(commune=commune_a, title="الثاني")
    SuggestionFactory(commune=commune_a, title="مخفي", is_hidden=True)
    SuggestionFactory(commune=commune_b, title="جماعة أخرى")
    response = client.get(url("index", commune_a))
    assert response.status_code == 200
    assert listed(response) == ["الثاني", "الأول"]
    assert "مخفي" not in response.content.decode()


def test_it_filters_by_category_district_and_status(client, commune_a, category_a, district_a):
    SuggestionFactory(commune=commune_a, title="إنارة", category=category_a, district=district_a)
    SuggestionFactory(commune=commune_a, title="نظافة")
    SuggestionFactory(
        commune=commune_a,
        title="مجاب",
        category=category_a,
        status=Suggestion.Status.ANSWERED,
        answer="نعم",
        answer_kind="accepted",
    )
    index = url("index", commune_a)
    assert listed(client.get(index, {"category": category_a.pk})) == ["مجاب", "إنارة"]
    assert listed(client.get(index, {"district": district_a.pk})) == ["إنارة"]
    assert listed(client.get(index, {"status": "answered"})) == ["مجاب"]
    # A stale or tampered filter is ignored, not an error.
    assert len(listed(client.get(index, {"category": "999999", "status": "nope"}))) == 3


def test_it_searches_title_and_text_whatever_the_hamza_or_taa_marbuta(client, commune_a):
    SuggestionFactory(commune=commune_a, title="إصلاح الإنارة العمومية", body="في الحي")
    SuggestionFactory(commune=commune_a, title="حديقة", body="مساحة خضراء للأطفال")
    SuggestionFactory(commune=commune_a, title="Éclairage de la place", body="Lampes")
    index = url("index", commune_a)
    assert listed(client.get(index, {"q": "الانارة"})) == ["إصلاح الإنارة العمومية"]
    assert listed(client.get(index, {"q": "اصلاح انارة"})) == ["إصلاح الإنارة العمومية"]
    assert listed(client.get(index, {"q": "خضراء اطفال"})) == ["حديقة"]
    assert listed(client.get(index, {"q": "eclairage"})) == ["Éclairage de la place"]
    assert listed(client.get(index, {"q": "مستشفى"})) == []


def test_it_sorts_by_support(client, commune_a):
    SuggestionFactory(commune=commune_a, title="قليل", supports_count=1)
    SuggestionFactory(commune=commune_a, title="كثير", supports_count=9)
    SuggestionFactory(commune=commune_a, title="جديد", supports_count=0)
    index = url("index", commune_a)
    assert listed(client.get(index, {"sort": "supported"})) == ["كثير", "قليل", "جديد"]
    assert listed(client.get(index)) == ["جديد", "كثير", "قليل"]


def test_it_paginates_by_twenty(client, commune_a):
    category = CategoryFactory(commune=commune_a)
    for n in range(45):
        SuggestionFactory(commune=commune_a, title=f"رقم {n}", category=category)
    index = url("index", commune_a)
    first = client.get(index)
    assert len(listed(first)) == 20 and first.context["page_obj"].paginator.num_pages == 3
    assert listed(client.get(index, {"page": 3})) == [f"رقم {n}" for n in range(4, -1, -1)]
    assert len(listed(client.get(index, {"page": 99}))) == 5  # past the end: the last page
    assert len(listed(client.get(index, {"page": "abc"}))) == 20


def test_it_shows_located_suggestions_on_the_map_and_keeps_the_list(client, commune_a):
    here = SuggestionFactory(
        commune=commune_a, title="هنا", latitude=Decimal("35.19"), longitude=Decimal("-6.15")
    )
    SuggestionFactory(commune=commune_a, title="بلا مكان")
    response = client.get(url("index", commune_a, "fr"), {"view": "map"})
    content = response.content.decode()
    markers = json.loads(
        content.split('id="suggestions-markers" type="application/json">')[1].split("</script>")[0]
    )
    assert markers == [
        {
            "lat": 35.19,
            "lng": -6.15,
            "title": "هنا",
            "status": "reçue",
            "url": f"/fr/commune-a/suggestions/{here.pk}/",
        }
    ]
    assert 'id="suggestions-map"' in content and "leaflet/leaflet.js" in content
    assert listed(response) == ["بلا مكان", "هنا"]  # the list stays, for everyone
    assert "leaflet" not in client.get(url("index", commune_a)).content.decode()


def test_it_shows_comment_counts(client, commune_a, citizen):
    suggestion = SuggestionFactory(commune=commune_a)
    comment_post(
        commune=commune_a, author=citizen, target=suggestion, body="+1", module="suggestions"
    )
    assert "1 comment" in client.get(url("index", commune_a, "en")).content.decode()


def test_it_is_not_there_when_the_commune_has_not_switched_it_on(client, db):
    from moucharaka.core.testing.factories import CommuneFactory

    other = CommuneFactory(slug="commune-c")
    assert client.get(url("index", other)).status_code == 404


def make_many(commune, n):
    categories = [CategoryFactory(commune=commune) for _ in range(3)]
    author = UserFactory()
    for i in range(n):
        SuggestionFactory(
            commune=commune,
            author=author,
            category=categories[i % 3],
            latitude=Decimal("35.19") if i % 2 else None,
            longitude=Decimal("-6.15") if i % 2 else None,
        )


@pytest.mark.parametrize("query", ["", "?view=map", "?sort=supported&q=اقتراح"])
def test_it_runs_the_same_number_of_queries_for_5_and_200_suggestions(
    client, commune_a, citizen, query
):
    client.force_login(citizen)
    make_many(commune_a, 5)
    few = queries_of(client, url("index", commune_a) + query)
    make_many(commune_a, 195)
    many = queries_of(client, url("index", commune_a) + query)
    assert few == many
    assert many <= 12
