"""The anonymous page cache (moucharaka/core/pagecache.py): served again until a write
commits, per language, per commune, never to signed-in visitors.

A test's transaction never commits: writes inside `django_capture_on_commit_callbacks(
execute=True)` act as committed ones; `rename(..., committed=False)` drops the pending
bump, as if the write had never committed, so a test sees a page come from the cache.
"""

import pytest
from django.db import connection
from django.urls import reverse

from moucharaka.core.pagecache import _Bump
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.suggestions.models import Suggestion
from moucharaka.modules.suggestions.tests.factories import SuggestionFactory


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def suggestions(commune_a, commune_b):
    module_enable(commune=commune_a, key="suggestions")
    module_enable(commune=commune_b, key="suggestions")
    rows = (
        SuggestionFactory(commune=commune_a, title="Alpha"),
        SuggestionFactory(commune=commune_b, title="Bravo"),
    )
    forget_pending_bumps()  # the starting state: later writes are the tests' own
    return rows


def list_url(commune, language="ar"):
    return f"/{language}/{commune.slug}/suggestions/"


def rename(suggestion, title, *, committed=True):
    Suggestion.objects.for_commune(suggestion.commune).filter(pk=suggestion.pk).update(title=title)
    if not committed:
        forget_pending_bumps()


def forget_pending_bumps():
    connection.run_on_commit[:] = [
        pending for pending in connection.run_on_commit if not isinstance(pending[1], _Bump)
    ]


def test_served_from_cache_until_a_write_commits(
    client, commune_a, suggestions, django_capture_on_commit_callbacks
):
    alpha, _ = suggestions
    assert "Alpha" in client.get(list_url(commune_a)).text
    rename(alpha, "Silent", committed=False)  # the cache keeps the page
    assert "Alpha" in client.get(list_url(commune_a)).text
    with django_capture_on_commit_callbacks(execute=True):
        rename(alpha, "Committed")  # a bulk UPDATE, without any model signal
    page = client.get(list_url(commune_a)).text
    assert "Committed" in page and "Alpha" not in page


def test_each_language_has_its_own_page(client, commune_a, suggestions):
    assert 'lang="ar"' in client.get(list_url(commune_a, "ar")).text
    assert 'lang="fr"' in client.get(list_url(commune_a, "fr")).text
    assert 'lang="ar"' in client.get(list_url(commune_a, "ar")).text


def test_a_citizen_act_in_one_commune_keeps_the_others_pages(
    client, commune_a, commune_b, suggestions, django_capture_on_commit_callbacks
):
    alpha, bravo = suggestions
    client.get(list_url(commune_a))
    client.get(list_url(commune_b))
    rename(alpha, "Silent A", committed=False)
    rename(bravo, "Silent B", committed=False)
    citizen = UserFactory()
    client.force_login(citizen)
    support = reverse(
        "module-suggestions:support", kwargs={"commune_slug": commune_b.slug, "pk": bravo.pk}
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(support).status_code == 302
    client.logout()
    assert "Silent B" in client.get(list_url(commune_b)).text  # its commune: rebuilt
    assert "Alpha" in client.get(list_url(commune_a)).text  # another commune: kept


def test_a_write_outside_a_commune_page_rebuilds_every_page(
    client, commune_a, suggestions, django_capture_on_commit_callbacks
):
    alpha, _ = suggestions
    client.get(list_url(commune_a))
    with django_capture_on_commit_callbacks(execute=True):
        rename(alpha, "From the back office")  # no commune URL: the global generation
    assert "From the back office" in client.get(list_url(commune_a)).text


def test_signed_in_visitors_always_get_a_fresh_page(client, commune_a, suggestions):
    alpha, _ = suggestions
    client.get(list_url(commune_a))
    rename(alpha, "Fresh", committed=False)
    client.force_login(UserFactory())
    assert "Fresh" in client.get(list_url(commune_a)).text
    client.logout()
    assert "Alpha" in client.get(list_url(commune_a)).text  # and did not store theirs


def test_pages_with_a_csrf_token_or_a_message_are_not_cached(client, commune_a, suggestions):
    alpha, _ = suggestions
    login = reverse("account_login")
    client.get(login)
    assert "csrftoken" in client.get(login).cookies  # rendered again, with its own token
    client.get(list_url(commune_a))
    rename(alpha, "Fresh", committed=False)
    client.cookies["messages"] = "pending"
    assert "Fresh" in client.get(list_url(commune_a)).text


def test_switched_off(client, settings, commune_a, suggestions):
    settings.PAGE_CACHE_SECONDS = 0
    alpha, _ = suggestions
    client.get(list_url(commune_a))
    rename(alpha, "Fresh", committed=False)
    assert "Fresh" in client.get(list_url(commune_a)).text
