"""The public register of published information: list, search, entry with its public
documents; another commune's entry answers 404."""

import pytest
from django.urls import reverse

from moucharaka.modules.inforequests.models import PublishedDocument, PublishedInformation

from .conftest import pdf_file


def list_url(commune):
    return reverse("module-inforequests:register", kwargs={"commune_slug": commune.slug})


def entry_url(entry, commune=None):
    return reverse(
        "module-inforequests:register_detail",
        kwargs={"commune_slug": (commune or entry.commune).slug, "pk": entry.pk},
    )


@pytest.fixture
def entries(commune_a, commune_b, inforequests_on):
    mine = PublishedInformation.unscoped.create(
        commune=commune_a, title="Budget 2025", summary="Le budget adopté."
    )
    PublishedDocument.unscoped.create(
        commune=commune_a, publication=mine, title="Budget (PDF)", file=pdf_file()
    )
    theirs = PublishedInformation.unscoped.create(
        commune=commune_b, title="Plan d'aménagement", summary="x"
    )
    return mine, theirs


def test_it_lists_and_searches_the_communes_entries(client, commune_a, entries):
    html = client.get(list_url(commune_a)).content.decode()
    assert "Budget 2025" in html and "aménagement" not in html
    assert "Budget 2025" not in client.get(list_url(commune_a), {"q": "voirie"}).content.decode()
    assert "Budget 2025" in client.get(list_url(commune_a), {"q": "adopté"}).content.decode()


def test_it_shows_an_entry_with_its_public_documents(client, entries):
    html = client.get(entry_url(entries[0])).content.decode()
    assert "Le budget adopté." in html and "/media/inforequests/register/" in html


def test_another_communes_entry_answers_404(client, commune_a, entries):
    assert client.get(entry_url(entries[1], commune=commune_a)).status_code == 404


@pytest.mark.parametrize("count", [2, 25])
def test_the_list_runs_a_fixed_number_of_queries(
    client, commune_a, inforequests_on, count, django_assert_max_num_queries
):
    for index in range(count):
        PublishedInformation.unscoped.create(commune=commune_a, title=f"E{index}", summary="x")
    with django_assert_max_num_queries(8):
        assert client.get(list_url(commune_a)).status_code == 200


@pytest.mark.parametrize("count", [2, 12])
def test_an_entry_runs_a_fixed_number_of_queries(
    client, commune_a, inforequests_on, count, django_assert_max_num_queries
):
    entry = PublishedInformation.unscoped.create(commune=commune_a, title="E", summary="x")
    for index in range(count):
        PublishedDocument.unscoped.create(
            commune=commune_a, publication=entry, title=f"D{index}", file=pdf_file()
        )
    with django_assert_max_num_queries(7):
        assert client.get(entry_url(entry)).status_code == 200
