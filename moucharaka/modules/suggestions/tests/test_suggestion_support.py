"""suggestion_support: +1 once per person, race-safe, counted in the ledger."""

import threading

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import connection

from moucharaka.core.ledger.models import Participation
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.suggestions.models import Suggestion, Support
from moucharaka.modules.suggestions.services import suggestion_support

from .factories import SuggestionFactory


@pytest.fixture
def suggestion(commune_a, citizen):
    return SuggestionFactory(commune=commune_a, author=citizen)


def test_it_counts_one_support_per_person(commune_a, suggestion, supporter):
    assert suggestion_support(commune=commune_a, suggestion=suggestion, user=supporter) is True
    assert suggestion.supports_count == 1
    assert suggestion_support(commune=commune_a, suggestion=suggestion, user=supporter) is False

    suggestion.refresh_from_db()
    assert suggestion.supports_count == 1
    assert Support.objects.for_commune(commune_a).count() == 1
    rows = Participation.objects.for_commune(commune_a).filter(kind="suggestion_supported")
    assert list(rows.values_list("person", "object_id")) == [(supporter.pk, str(suggestion.pk))]


def test_it_loses_no_count_when_a_concurrent_request_won(commune_a, suggestion, supporter):
    # The same person's other request inserted the row between our check and insert:
    # the unique constraint refuses ours, and neither the counter nor the ledger moves.
    Support.unscoped.create(commune=commune_a, suggestion=suggestion, user=supporter)
    Suggestion.objects.for_commune(commune_a).filter(pk=suggestion.pk).update(supports_count=1)

    assert suggestion_support(commune=commune_a, suggestion=suggestion, user=supporter) is False
    suggestion.refresh_from_db()
    assert suggestion.supports_count == 1
    assert (
        not Participation.objects.for_commune(commune_a)
        .filter(kind="suggestion_supported")
        .exists()
    )


def test_it_refuses_the_author_anonymous_people_and_hidden_suggestions(
    commune_a, suggestion, citizen, supporter
):
    with pytest.raises(ValidationError):
        suggestion_support(commune=commune_a, suggestion=suggestion, user=citizen)
    with pytest.raises(ValidationError):
        suggestion_support(commune=commune_a, suggestion=suggestion, user=AnonymousUser())
    suggestion.is_hidden = True
    with pytest.raises(ValidationError):
        suggestion_support(commune=commune_a, suggestion=suggestion, user=supporter)


def test_it_refuses_a_suggestion_of_another_commune(commune_b, suggestion, supporter):
    with pytest.raises(ValueError):
        suggestion_support(commune=commune_b, suggestion=suggestion, user=supporter)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: SQLite serialises writers, so there is no real race",
)
def test_it_counts_exactly_under_real_concurrency(commune_a, citizen):
    suggestion = SuggestionFactory(commune=commune_a, author=citizen)
    people = [UserFactory() for _ in range(8)]
    jobs = [person for person in people for _ in range(3)]  # each clicks three times at once
    barrier = threading.Barrier(len(jobs))
    results = []

    def click(person):
        try:
            barrier.wait()
            results.append(
                suggestion_support(commune=commune_a, suggestion=suggestion, user=person)
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=click, args=(person,)) for person in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(results) == [False] * 16 + [True] * 8
    suggestion.refresh_from_db()
    assert suggestion.supports_count == 8
    assert Support.objects.for_commune(commune_a).count() == 8
    assert (
        Participation.objects.for_commune(commune_a).filter(kind="suggestion_supported").count()
        == 8
    )
