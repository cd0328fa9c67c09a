"""The signed-in requester's list of their requests in a commune."""

import pytest
from django.urls import reverse

from .conftest import submit


def url(commune):
    return reverse("module-inforequests:mine", kwargs={"commune_slug": commune.slug})


def test_it_lists_only_my_requests_in_this_commune(
    client, commune_a, commune_b, cndp_a, cndp_b, requester, citizen
):
    mine = submit(commune_a, requester, subject="Voirie du quartier")
    submit(commune_b, requester, subject="Autre commune")
    submit(commune_a, citizen, subject="Pas à moi")
    client.force_login(requester)
    response = client.get(url(commune_a))
    html = response.content.decode()
    assert "Voirie du quartier" in html and mine.tracking_code in html
    assert "Autre commune" not in html and "Pas à moi" not in html
    assert response["Cache-Control"] == "no-store"


def test_it_asks_to_sign_in(client, commune_a, inforequests_on):
    assert client.get(url(commune_a)).status_code == 302


@pytest.mark.parametrize("count", [2, 15])
def test_it_runs_a_fixed_number_of_queries(
    client, commune_a, cndp_a, requester, count, django_assert_max_num_queries
):
    for _ in range(count):
        submit(commune_a, requester)
    client.force_login(requester)
    with django_assert_max_num_queries(10):
        assert client.get(url(commune_a)).status_code == 200
