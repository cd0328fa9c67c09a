"""Following a project: once per person, recorded in the participation ledger; the public
button asks to sign in, and the project's page says who follows (a count)."""

import pytest

from moucharaka.core.ledger.models import Participation
from moucharaka.modules.actionplan import services
from moucharaka.modules.actionplan.models import Follow

from .factories import AxisFactory, ProgrammeFactory, ProjectFactory
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_follows_once_and_records_the_act(axis, citizen):
    project = ProjectFactory(axis=axis)
    assert services.project_follow(
        commune=axis.commune, project=project, user=citizen, language="fr"
    )
    assert not services.project_follow(commune=axis.commune, project=project, user=citizen)
    follow = Follow.objects.for_commune(axis.commune).get()
    assert (follow.user, follow.language) == (citizen, "fr")
    act = Participation.objects.for_commune(axis.commune).get()
    assert (act.kind, act.module, act.person, act.object_id) == (
        "project_followed",
        "actionplan",
        citizen,
        str(project.pk),
    )


def test_unfollowing_keeps_the_ledger(axis, citizen):
    project = ProjectFactory(axis=axis)
    services.project_follow(commune=axis.commune, project=project, user=citizen)
    assert services.project_unfollow(commune=axis.commune, project=project, user=citizen)
    assert not services.project_unfollow(commune=axis.commune, project=project, user=citizen)
    assert not Follow.objects.for_commune(axis.commune).exists()
    assert Participation.objects.for_commune(axis.commune).count() == 1


def test_the_button_follows_and_unfollows(client, axis, citizen):
    project = ProjectFactory(axis=axis)
    follow_url = url("follow", axis.commune, "fr", pk=project.pk)
    client.force_login(citizen)
    response = client.post(follow_url, {"action": "follow"})
    assert response.status_code == 302 and response.url.endswith(f"/projects/{project.pk}/#follow")
    assert Follow.objects.for_commune(axis.commune).get().language == "fr"
    page = client.get(url("project", axis.commune, "fr", pk=project.pk))
    assert page.context["is_following"] and page.context["followers"] == 1
    client.post(follow_url, {"action": "unfollow"})
    assert not Follow.objects.for_commune(axis.commune).exists()


def test_it_asks_to_sign_in(client, axis):
    project = ProjectFactory(axis=axis)
    response = client.post(url("follow", axis.commune, pk=project.pk))
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert not Follow.objects.for_commune(axis.commune).exists()


def test_it_answers_404_for_another_communes_or_an_unpublished_project(
    client, axis, commune_b, citizen
):
    project = ProjectFactory(axis=axis)
    hidden = ProjectFactory(
        axis=AxisFactory(
            programme=ProgrammeFactory(
                commune=axis.commune, start_year=2028, end_year=2033, is_published=False
            )
        )
    )
    client.force_login(citizen)
    assert client.post(url("follow", commune_b, pk=project.pk)).status_code == 404
    assert client.post(url("follow", axis.commune, pk=hidden.pk)).status_code == 404
    assert not Follow.objects.for_commune(axis.commune).exists()
