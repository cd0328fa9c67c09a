"""POST <pk>/support/: +1 once, for signed-in people, not on hidden suggestions."""

import pytest

from moucharaka.modules.suggestions.models import Support

from .factories import SuggestionFactory
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def suggestion(commune_a, citizen):
    return SuggestionFactory(commune=commune_a, author=citizen)


def test_it_counts_a_support_once(client, commune_a, suggestion, supporter):
    client.force_login(supporter)
    support = url("support", commune_a, pk=suggestion.pk)
    response = client.post(support)
    assert response.status_code == 302
    assert response["Location"] == f"/ar/commune-a/suggestions/{suggestion.pk}/#support"
    client.post(support)
    suggestion.refresh_from_db()
    assert suggestion.supports_count == 1
    assert Support.objects.for_commune(commune_a).count() == 1


def test_it_sends_visitors_to_sign_in_and_refuses_get(client, commune_a, suggestion):
    response = client.post(url("support", commune_a, pk=suggestion.pk))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get(url("support", commune_a, pk=suggestion.pk)).status_code == 405


def test_it_refuses_the_author(client, commune_a, suggestion, citizen):
    client.force_login(citizen)
    client.post(url("support", commune_a, pk=suggestion.pk))
    assert not Support.objects.for_commune(commune_a).exists()


def test_it_answers_404_for_hidden_and_other_communes_suggestions(
    client, commune_a, commune_b, suggestion, supporter
):
    client.force_login(supporter)
    assert client.post(url("support", commune_b, pk=suggestion.pk)).status_code == 404
    hidden = SuggestionFactory(commune=commune_a, is_hidden=True)
    assert client.post(url("support", commune_a, pk=hidden.pk)).status_code == 404
    assert not Support.objects.for_commune(commune_a).exists()
