"""The submission form: signed-in citizens only; labelled fields; photos; the similar
suggestions without JavaScript; errors shown; floods refused."""

import pytest

from moucharaka.core.ledger.models import Participation
from moucharaka.core.testing.images import jpeg_with_gps, upload
from moucharaka.modules.suggestions.models import Suggestion, SuggestionPhoto

from .factories import SuggestionFactory
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


def form_data(category, **overrides):
    data = {
        "kind": "suggestion",
        "title": "إصلاح الإنارة في الحي",
        "body": "المصابيح معطلة منذ شهر.",
        "category": category.pk,
        "district": "",
        "latitude": "",
        "longitude": "",
    }
    return {**data, **overrides}


def test_it_sends_visitors_to_sign_in(client, commune_a):
    response = client.get(url("new", commune_a))
    assert response.status_code == 302
    assert response["Location"].startswith(
        "/ar/accounts/login/?next=/ar/commune-a/suggestions/new/"
    )


def test_it_shows_a_labelled_form(client, commune_a, citizen, category_a, category_b):
    client.force_login(citizen)
    response = client.get(url("new", commune_a))
    content = response.content.decode()
    for field in ("title", "body", "category", "district", "latitude", "longitude", "photos"):
        assert f'<label for="id_{field}"' in content or f'id="id_{field}"' in content
    assert 'enctype="multipart/form-data"' in content
    assert category_a.name_ar in content and category_b.name_ar not in content


def test_it_publishes_the_suggestion_and_goes_to_it(
    client, commune_a, citizen, category_a, district_a
):
    client.force_login(citizen)
    data = form_data(
        category_a, district=district_a.pk, latitude="35.193200", longitude="-6.155700"
    )
    response = client.post(
        url("new", commune_a, "fr"), {**data, "photos": [upload(jpeg_with_gps())]}
    )
    suggestion = Suggestion.objects.for_commune(commune_a).get()
    assert response.status_code == 302
    assert response["Location"] == f"/fr/commune-a/suggestions/{suggestion.pk}/"
    assert suggestion.author == citizen and suggestion.language == "fr"
    assert suggestion.district == district_a and suggestion.is_located
    assert SuggestionPhoto.objects.for_commune(commune_a).filter(suggestion=suggestion).count() == 1
    assert Participation.objects.for_commune(commune_a).filter(kind="suggestion_submitted").exists()


def test_it_shows_the_errors_next_to_the_fields(client, commune_a, citizen, category_a):
    client.force_login(citizen)
    data = form_data(category_a, title="", latitude="48.85", longitude="2.35")
    response = client.post(
        url("new", commune_a, "en"), {**data, "photos": [upload(b"nope", "x.jpg")]}
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"title", "latitude", "photos"}
    content = response.content.decode()
    assert 'class="error-summary"' in content and 'aria-invalid="true"' in content
    assert not Suggestion.objects.for_commune(commune_a).exists()


def test_it_shows_similar_suggestions_without_javascript(client, commune_a, citizen, category_a):
    existing = SuggestionFactory(commune=commune_a, title="الإنارة العمومية معطلة")
    client.force_login(citizen)
    response = client.post(
        url("new", commune_a), {**form_data(category_a, body=""), "check_similar": "1"}
    )
    assert response.status_code == 200
    assert response.context["similar"] == [existing]
    content = response.content.decode()
    assert f"/ar/commune-a/suggestions/{existing.pk}/" in content
    assert 'value="إصلاح الإنارة في الحي"' in content  # what was typed is kept
    assert not response.context["form"].errors  # and nothing is reported missing yet
    assert Suggestion.objects.for_commune(commune_a).count() == 1


def test_it_refuses_a_flood(client, commune_a, citizen, category_a):
    client.force_login(citizen)
    for n in range(5):
        response = client.post(url("new", commune_a), form_data(category_a, title=f"اقتراح {n}"))
        assert response.status_code == 302
    response = client.post(url("new", commune_a), form_data(category_a, title="اقتراح آخر"))
    assert response.status_code == 429
    assert Suggestion.objects.for_commune(commune_a).count() == 5
