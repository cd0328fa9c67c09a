import pytest
from django.urls import reverse

from moucharaka.core.registry.models import ModuleInstance

from .conftest import make_deposited, make_draft, make_open


def url(commune, **query):
    base = reverse("module-petitions:index", kwargs={"commune_slug": commune.slug})
    return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_it_lists_the_communes_public_petitions(
    client, commune_a, commune_b, cndp_a, cndp_b, mandatary
):
    opened = make_open(commune_a, mandatary, title="Ouverte A")
    make_draft(commune_a, mandatary, title="Brouillon A")
    make_open(commune_b, mandatary, title="Ouverte B")
    response = client.get(url(commune_a))
    assert response.status_code == 200
    assert list(response.context["petitions"]) == [opened]
    html = response.content.decode()
    assert "Ouverte A" in html and "Brouillon A" not in html and "Ouverte B" not in html
    assert "0 signatures of 200 required" in html


def test_it_shows_the_mandatary_their_drafts(client, commune_a, petitions_on, mandatary):
    make_draft(commune_a, mandatary, title="Mon brouillon")
    client.force_login(mandatary)
    assert "Mon brouillon" in client.get(url(commune_a)).content.decode()


def test_it_filters_by_status_and_flags_overdue(client, commune_a, cndp_a, mandatary):
    import datetime

    from django.utils import timezone

    from moucharaka.modules.petitions.models import Petition

    make_open(commune_a, mandatary, title="Ouverte")
    late = make_deposited(commune_a, mandatary, threshold=1)
    Petition.objects.for_commune(commune_a).filter(pk=late.pk).update(
        decision_deadline=timezone.localdate() - datetime.timedelta(days=3)
    )
    response = client.get(url(commune_a, status="overdue"))
    assert list(response.context["petitions"]) == [late]
    assert "overdue" in response.content.decode()
    response = client.get(url(commune_a, status="collecting"))
    assert [p.title for p in response.context["petitions"]] == ["Ouverte"]
    response = client.get(url(commune_a, status="nonsense"))
    assert response.context["status"] == ""


def test_it_paginates(client, commune_a, cndp_a, mandatary):
    for index in range(23):
        make_open(commune_a, mandatary, title=f"P{index}")
    assert len(client.get(url(commune_a)).context["petitions"]) == 20
    assert len(client.get(url(commune_a, page=2)).context["petitions"]) == 3


def test_it_says_when_the_cndp_authorisation_is_missing(client, commune_a, petitions_on):
    assert "CNDP" in client.get(url(commune_a)).content.decode()


def test_it_answers_404_when_the_commune_has_not_switched_it_on(client, commune_a, petitions_on):
    ModuleInstance.objects.for_commune(commune_a).update(is_published=False)
    assert client.get(url(commune_a)).status_code == 404


@pytest.mark.parametrize("count", [1, 15])
def test_it_runs_a_fixed_number_of_queries(
    client, commune_a, cndp_a, mandatary, django_assert_max_num_queries, count
):
    for index in range(count):
        make_open(commune_a, mandatary, title=f"P{index}")
    client.force_login(mandatary)
    with django_assert_max_num_queries(11):
        assert client.get(url(commune_a)).status_code == 200
