"""The module's home page: the right, the deadlines, the form or the CNDP notice, the
requester's own requests and the register's latest entries."""

import pytest
from django.urls import reverse

from moucharaka.modules.inforequests.models import PublishedInformation

from .conftest import submit


def url(commune):
    return reverse("module-inforequests:index", kwargs={"commune_slug": commune.slug})


def test_it_explains_the_right_and_offers_the_form(client, commune_a, cndp_a):
    html = client.get(url(commune_a)).content.decode()
    assert "20 working days" in html and "3 working days" in html
    assert "Make a request" in html and "cndp-notice" not in html


def test_it_explains_why_requests_cannot_be_made_online_without_cndp(
    client, commune_a, inforequests_on
):
    html = client.get(url(commune_a)).content.decode()
    assert "cndp-notice" in html and "Make a request</a>" not in html


def test_it_lists_the_requesters_own_requests_only(client, commune_a, cndp_a, requester, citizen):
    mine = submit(commune_a, requester, subject="Plan d'aménagement")
    submit(commune_a, citizen, subject="Marchés publics 2024")
    client.force_login(requester)
    html = client.get(url(commune_a)).content.decode()
    assert mine.subject.replace("'", "&#x27;") in html and "Marchés publics" not in html


def test_it_shows_the_communes_contact_and_latest_publications(client, commune_a, cndp_a):
    from moucharaka.core.registry.models import ModuleInstance

    ModuleInstance.objects.for_commune(commune_a).filter(key="inforequests").update(
        settings={"contact": "Bureau d'ordre, rez-de-chaussée, 8h30–16h30"}
    )
    PublishedInformation.unscoped.create(commune=commune_a, title="Budget 2025", summary="x")
    html = client.get(url(commune_a)).content.decode()
    assert "Bureau d&#x27;ordre" in html and "Budget 2025" in html


def test_it_does_not_exist_where_the_module_is_off(client, commune_a):
    assert client.get(url(commune_a)).status_code == 404


@pytest.mark.parametrize("count", [2, 12])
def test_it_runs_a_fixed_number_of_queries(
    client, commune_a, cndp_a, requester, count, django_assert_max_num_queries
):
    for index in range(count):
        submit(commune_a, requester)
        PublishedInformation.unscoped.create(commune=commune_a, title=f"E{index}", summary="x")
    client.force_login(requester)
    with django_assert_max_num_queries(12):
        assert client.get(url(commune_a)).status_code == 200
