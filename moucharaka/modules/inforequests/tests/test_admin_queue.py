"""The back-office queue and inspect page: scoped to the user's communes and roles,
unanswered requests first by deadline, overdue ones standing out; bounded queries."""

import pytest
from django.urls import reverse

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.testing.factories import UserFactory

from .conftest import answer, days_ago, register, submit


@pytest.fixture
def rows(commune_a, commune_b, cndp_a, cndp_b, officer, officer_b, requester):
    overdue = register(commune_a, officer, days_ago(40), subject="En retard")
    waiting = submit(commune_a, requester, subject="En cours")
    done = answer(commune_a, submit(commune_a, requester, subject="Répondue"), officer)
    theirs = submit(commune_b, requester, subject="Ailleurs")
    return overdue, waiting, done, theirs


def test_it_lists_unanswered_requests_first_and_overdue_ones_stand_out(client, officer, rows):
    overdue, waiting, done, theirs = rows
    client.force_login(officer)
    response = client.get(reverse("inforequests_admin:index"))
    assert response.status_code == 200
    assert [r.pk for r in response.context["object_list"]] == [overdue.pk, waiting.pk, done.pk]
    html = response.content.decode()
    assert 'class="inforequests-overdue"' in html and "Overdue since" in html
    assert "working days left" in html and "Ailleurs" not in html


def test_it_filters_overdue_requests(client, officer, rows):
    client.force_login(officer)
    response = client.get(reverse("inforequests_admin:index"), {"state": "overdue"})
    assert [r.pk for r in response.context["object_list"]] == [rows[0].pk]


@pytest.mark.parametrize(
    "view", ["inspect", "edit", "extend", "respond", "publish", "complaint", "complaint_answer"]
)
def test_it_answers_404_for_another_communes_request(client, officer_b, rows, view):
    client.force_login(officer_b)
    response = client.get(reverse(f"inforequests_admin:{view}", args=[rows[0].pk]), follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize(
    "role, visible",
    [
        (CoreRole.EDITOR, False),
        (CoreRole.ADMINISTRATOR, True),
        (CoreRole.PRESIDENT, True),
        ("information_officer", True),
    ],
)
def test_it_opens_the_queue_to_the_right_roles(client, commune_a, rows, role, visible):
    user = UserFactory()
    commune_role_grant(commune=commune_a, user=user, role=role)
    client.force_login(user)
    response = client.get(reverse("inforequests_admin:index"))
    assert (response.status_code == 200) is visible


def test_it_keeps_citizens_out(client, requester, rows):
    client.force_login(requester)
    assert client.get(reverse("inforequests_admin:index")).status_code == 302


def test_the_inspect_page_shows_identity_masked_deadline_and_actions(client, officer, rows):
    client.force_login(officer)
    request = rows[1]
    html = client.get(reverse("inforequests_admin:inspect", args=[request.pk])).content.decode()
    assert request.cnie_masked() in html and request.cnie_clear() not in html
    assert "Legal deadline" in html and "Extend the deadline once (art. 16)" in html
    assert request.tracking_code in html  # the acknowledgement link, to print


def test_the_inspect_page_flags_the_same_persons_other_requests(
    client, commune_a, cndp_a, officer, requester
):
    first = submit(commune_a, requester, cnie="RP111111")
    second = submit(commune_a, requester, cnie="rp 111111")
    client.force_login(officer)
    html = client.get(reverse("inforequests_admin:inspect", args=[second.pk])).content.decode()
    assert first.reference in html


@pytest.mark.parametrize("extra", [0, 10])
def test_the_queue_runs_a_fixed_number_of_queries(
    client, commune_a, officer, rows, requester, extra, django_assert_max_num_queries
):
    for _ in range(extra):
        submit(commune_a, requester)
    client.force_login(officer)
    with django_assert_max_num_queries(30):
        assert client.get(reverse("inforequests_admin:index")).status_code == 200


@pytest.mark.parametrize("events", [1, 10])
def test_the_inspect_page_runs_a_fixed_number_of_queries(
    client, commune_a, officer, rows, events, django_assert_max_num_queries
):
    from moucharaka.modules.inforequests import services

    request = rows[1]
    for _ in range(events):
        services._event(request, "recalculated", note="x")
    client.force_login(officer)
    with django_assert_max_num_queries(40):
        assert (
            client.get(reverse("inforequests_admin:inspect", args=[request.pk])).status_code == 200
        )
