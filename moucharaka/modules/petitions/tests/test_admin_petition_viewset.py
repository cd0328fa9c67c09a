"""The petitions back office: listing, inspect page, edit redirect; scoped by commune and
role, with cross-tenant 404s and bounded queries."""

import pytest
from django.urls import reverse

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.testing.factories import UserFactory

from .conftest import make_deposited, make_draft, make_open


@pytest.fixture
def rows(commune_a, commune_b, cndp_a, cndp_b, mandatary):
    return (make_deposited(commune_a, mandatary), make_deposited(commune_b, mandatary))


def test_it_lists_only_the_users_communes_petitions(client, officer, rows, commune_a, mandatary):
    make_draft(commune_a, mandatary)  # drafts are private
    client.force_login(officer)
    response = client.get(reverse("petitions_admin:index"))
    assert response.status_code == 200
    assert [p.pk for p in response.context["object_list"]] == [rows[0].pk]
    assert "days left" in response.content.decode()


@pytest.mark.parametrize("view", ["inspect", "edit", "bureau", "export", "purge"])
def test_it_answers_404_for_another_communes_petition(client, officer_b, rows, view):
    client.force_login(officer_b)
    response = client.get(reverse(f"petitions_admin:{view}", args=[rows[0].pk]), follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize(
    "role, visible",
    [
        (CoreRole.EDITOR, False),
        (CoreRole.ADMINISTRATOR, True),
        (CoreRole.COUNCIL_BUREAU, True),
        (CoreRole.PRESIDENT, True),
    ],
)
def test_it_opens_the_screens_to_the_right_roles(client, commune_a, rows, role, visible):
    user = UserFactory()
    commune_role_grant(commune=commune_a, user=user, role=role)
    client.force_login(user)
    response = client.get(reverse("petitions_admin:index"))
    assert (response.status_code == 200) is visible


def test_it_keeps_citizens_out(client, citizen, rows):
    client.force_login(citizen)
    assert client.get(reverse("petitions_admin:index")).status_code == 302


def test_it_shows_the_deadline_and_actions_on_the_inspect_page(client, officer, rows):
    client.force_login(officer)
    html = client.get(reverse("petitions_admin:inspect", args=[rows[0].pk])).content.decode()
    assert "legal deadline (art. 125)" in html
    assert reverse("petitions_admin:bureau", args=[rows[0].pk]) in html
    assert reverse("petitions_admin:export", args=[rows[0].pk]) in html


def test_it_hides_officer_actions_from_the_administrator(client, owner, rows):
    client.force_login(owner)
    html = client.get(reverse("petitions_admin:inspect", args=[rows[0].pk])).content.decode()
    assert reverse("petitions_admin:bureau", args=[rows[0].pk]) not in html
    assert reverse("petitions_admin:export", args=[rows[0].pk]) not in html


def test_it_sends_edit_links_to_the_inspect_page(client, officer, rows):
    client.force_login(officer)
    response = client.get(reverse("petitions_admin:edit", args=[rows[0].pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("petitions_admin:inspect", args=[rows[0].pk])


@pytest.mark.parametrize("count", [1, 12])
def test_it_lists_with_a_fixed_number_of_queries(
    client, commune_a, cndp_a, mandatary, officer, django_assert_max_num_queries, count
):
    for index in range(count):
        make_open(commune_a, mandatary, title=f"P{index}")
    client.force_login(officer)
    with django_assert_max_num_queries(30):
        assert client.get(reverse("petitions_admin:index")).status_code == 200
