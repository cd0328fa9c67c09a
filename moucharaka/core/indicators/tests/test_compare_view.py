"""Supervisors compare communes of their province, region or the nation."""

import pytest
from django.urls import reverse
from django.utils import translation

from moucharaka.core.accounts.models import Supervisor
from moucharaka.core.testing.factories import CommuneFactory, UserFactory

from .conftest import Q1, act


def url(**params):
    with translation.override(params.pop("lang", "fr")):
        path = reverse("indicators:compare")
    return path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


@pytest.fixture
def national(db):
    user = UserFactory()
    Supervisor.objects.create(user=user, level="national")
    return user


@pytest.fixture
def provincial(commune_a):
    user = UserFactory()
    Supervisor.objects.create(user=user, level="province", province=commune_a.province)
    return user


def test_it_is_for_supervisors_only(client, citizen, commune_a):
    assert client.get(url()).status_code == 302  # sign in first
    client.force_login(citizen)
    assert client.get(url()).status_code == 403


def test_it_ranks_the_communes_on_a_figure(client, national, commune_a, commune_b, ledger):
    for i in range(7):  # and one in the fixture: 8 people
        act(commune_b, person=UserFactory(), day=i + 1)
    client.force_login(national)
    response = client.get(url(measure="participants", period=Q1.slug))
    assert response.status_code == 200
    rows = list(response.context["page"])
    assert [(r.commune, r.value) for r in rows[:2]] == [(commune_a, 21), (commune_b, 8)]
    rows = list(
        client.get(url(measure="participants", period=Q1.slug, order="asc")).context["page"]
    )
    assert [r.commune for r in rows[:2]] == [commune_b, commune_a]
    html = client.get(url(measure="women_share", period=Q1.slug)).content.decode()
    assert "62,5" in html or "62.5" in html  # commune A's share of women


def test_a_province_supervisor_sees_only_their_province(
    client, provincial, commune_a, commune_b, ledger
):
    elsewhere = CommuneFactory(slug="far-away")
    client.force_login(provincial)
    response = client.get(url(period=Q1.slug, scope="national"))
    communes = {row.commune for row in response.context["page"]}
    assert commune_a in communes and elsewhere not in communes
    assert [s.key for s in response.context["scopes"]] == [f"province:{commune_a.province.code}"]


def test_it_reads_the_ledger_in_a_fixed_number_of_queries(
    client, national, commune_a, ledger, django_assert_max_num_queries
):
    for i in range(30):
        CommuneFactory(slug=f"commune-{i}")
    client.force_login(national)
    client.get(url(period=Q1.slug))
    with django_assert_max_num_queries(20):
        assert client.get(url(period=Q1.slug)).status_code == 200
