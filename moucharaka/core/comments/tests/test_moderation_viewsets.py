"""The moderation queue in the back office: scoped to the user's communes (404 elsewhere),
open to moderators and administrators, and deciding through the services."""

import pytest
from django.urls import reverse

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.comments.models import Report
from moucharaka.core.comments.services import report_create
from moucharaka.core.comments.tests.conftest import make_comment
from moucharaka.core.testing.factories import UserFactory

VIEWSETS = ["moderation_comments", "moderation_reports"]


@pytest.fixture
def rows(commune_a, commune_b, target_a, target_b, author, citizen):
    comment_a = make_comment(target_a, author=author, body="Commentaire A")
    comment_b = make_comment(target_b, author=author, body="Commentaire B")
    return {
        "moderation_comments": (comment_a, comment_b),
        "moderation_reports": (
            report_create(commune=commune_a, reporter=citizen, target=comment_a, reason="spam"),
            report_create(commune=commune_b, reporter=citizen, target=comment_b, reason="spam"),
        ),
    }


@pytest.mark.parametrize("viewset", VIEWSETS)
def test_it_lists_only_the_users_commune(client, owner, rows, viewset):
    mine, theirs = rows[viewset]
    client.force_login(owner)
    response = client.get(reverse(f"{viewset}:index"))
    assert response.status_code == 200
    listed = {obj.pk for obj in response.context["object_list"]}
    assert mine.pk in listed and theirs.pk not in listed


@pytest.mark.parametrize("view", ["edit", "inspect"])
@pytest.mark.parametrize("viewset", VIEWSETS)
def test_it_answers_404_for_another_communes_object(client, outsider, rows, viewset, view):
    mine_for_a, _ = rows[viewset]
    client.force_login(outsider)
    url = reverse(f"{viewset}:{view}", args=[mine_for_a.pk])
    assert client.get(url).status_code == 404
    if view == "edit":
        response = client.post(url, {"is_hidden": "on", "hidden_reason": "x", "outcome": "hidden"})
        assert response.status_code == 404


@pytest.mark.parametrize("viewset", VIEWSETS)
def test_nobody_adds_or_deletes_here(client, owner, rows, viewset):
    mine, _ = rows[viewset]
    client.force_login(owner)
    assert client.get(reverse(f"{viewset}:add")).status_code == 302  # permission denied
    assert client.get(reverse(f"{viewset}:delete", args=[mine.pk])).status_code == 302


def test_it_lists_open_reports_first(client, owner, commune_a, target_a, author, rows):
    handled = report_create(
        commune=commune_a, reporter=UserFactory(), target=target_a, reason="other"
    )
    from moucharaka.core.comments.services import report_handle

    report_handle(report=handled, actor=owner, outcome="dismissed")
    later_open = report_create(commune=commune_a, reporter=author, target=target_a, reason="spam")
    client.force_login(owner)
    response = client.get(reverse("moderation_reports:index"))
    listed = [obj.pk for obj in response.context["object_list"]]
    assert listed == [rows["moderation_reports"][0].pk, later_open.pk, handled.pk]


def test_a_moderator_hides_a_report_target_through_the_edit_form(
    client, moderator, commune_a, rows
):
    report, _ = rows["moderation_reports"]
    client.force_login(moderator)
    url = reverse("moderation_reports:edit", args=[report.pk])
    assert client.get(url).status_code == 200

    response = client.post(url, {"outcome": "hidden", "outcome_reason": ""})
    assert response.status_code == 200  # a reason is required to hide
    response = client.post(url, {"outcome": "hidden", "outcome_reason": "Publicité"})
    assert response.status_code == 302

    report.refresh_from_db()
    comment = report.target
    assert report.outcome == "hidden" and report.handled_by == moderator
    assert comment.is_hidden and comment.hidden_reason == "Publicité"
    actions = AuditEntry.objects.for_commune(commune_a).values_list("action", flat=True)
    assert {"comment.hide", "report.handle"} <= set(actions)

    response = client.post(url, {"outcome": "dismissed", "outcome_reason": ""})
    assert response.status_code == 200  # already handled
    report.refresh_from_db()
    assert report.outcome == "hidden"


def test_a_moderator_hides_and_unhides_a_comment(client, moderator, commune_a, rows):
    comment, _ = rows["moderation_comments"]
    client.force_login(moderator)
    url = reverse("moderation_comments:edit", args=[comment.pk])

    assert client.post(url, {"is_hidden": "on", "hidden_reason": ""}).status_code == 200
    assert client.post(url, {"is_hidden": "on", "hidden_reason": "Insulte"}).status_code == 302
    comment.refresh_from_db()
    assert comment.is_hidden and comment.hidden_by == moderator
    assert client.post(url, {"hidden_reason": ""}).status_code == 302
    comment.refresh_from_db()
    assert not comment.is_hidden
    actions = list(
        AuditEntry.objects.for_commune(commune_a)
        .filter(target_type="comments.comment")
        .order_by("at", "id")
        .values_list("action", flat=True)
    )
    assert actions == ["comment.hide", "comment.unhide"]
    assert Report.objects.for_commune(commune_a).get().outcome == "hidden"


def test_editors_do_not_moderate(client, member, rows):
    client.force_login(member)
    for viewset in VIEWSETS:
        assert client.get(reverse(f"{viewset}:index")).status_code in (302, 403)


def test_moderators_and_administrators_get_the_moderators_group(moderator, owner, member):
    assert moderator.groups.filter(name="Commune moderators").exists()
    assert owner.groups.filter(name="Commune moderators").exists()
    assert not member.groups.filter(name="Commune moderators").exists()
    assert moderator.has_perm("comments.change_report")
    assert not member.has_perm("comments.view_comment")


@pytest.mark.parametrize("viewset", VIEWSETS)
def test_its_listings_run_bounded_queries(client, owner, commune_a, target_a, viewset):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    people = [UserFactory() for _ in range(3)]

    def add(n):
        for i in range(n):
            comment = make_comment(target_a, author=people[i % 3])
            report_create(
                commune=commune_a, reporter=people[(i + 1) % 3], target=comment, reason="spam"
            )

    client.force_login(owner)
    url = reverse(f"{viewset}:index")
    add(2)
    client.get(url)  # warm caches
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    add(10)
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)
