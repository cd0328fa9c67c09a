"""Staff edit projects in Wagtail with their milestones, budget, funding, places and
indicators in one form; a change to a project of an adopted programme needs its reason
and becomes a public update its followers hear of. Everything is scoped to the staff's
communes and their roles."""

from datetime import date

import pytest
from django.urls import reverse

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.notifications.models import Notification
from moucharaka.core.testing.factories import UserFactory
from moucharaka.core.testing.queries import queries_of
from moucharaka.modules.actionplan import services
from moucharaka.modules.actionplan.models import Milestone, Project, Update

from .factories import (
    AxisFactory,
    BudgetLineFactory,
    MilestoneFactory,
    ProgrammeFactory,
    ProjectFactory,
)
from .helpers import form_data

pytestmark = pytest.mark.usefixtures("module_on")

OBJECT_VIEWS = ["edit", "inspect", "delete", "origins"]


def edit_data(client, project, **changes):
    response = client.get(reverse("actionplan_projects:edit", args=[project.pk]))
    assert response.status_code == 200
    return {**form_data(response.context["form"]), **changes}


def test_staff_mark_a_milestone_reached_and_followers_hear_of_it(client, axis, manager):
    project = ProjectFactory(axis=axis, progress_mode="milestones")
    first = MilestoneFactory(project=project, title="الدراسات", weight=1)
    MilestoneFactory(project=project, title="الأشغال", weight=3)
    follower = UserFactory()
    services.project_follow(commune=axis.commune, project=project, user=follower, language="ar")
    client.force_login(manager)
    data = edit_data(client, project)
    index = next(i for i in range(2) if data[f"milestones-{i}-id"] == str(first.pk))
    data[f"milestones-{index}-done_on"] = "2024-05-02"

    refused = client.post(reverse("actionplan_projects:edit", args=[project.pk]), data)
    assert refused.status_code == 200 and "update_reason" in refused.context["form"].errors
    assert Milestone.objects.for_commune(axis.commune).get(pk=first.pk).done_on is None

    data["update_reason"] = "انتهاء الدراسات"
    data["update_note"] = "سلم مكتب الدراسات التصاميم."
    response = client.post(reverse("actionplan_projects:edit", args=[project.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    project.refresh_from_db()
    assert project.progress == 25
    update = Update.objects.for_commune(axis.commune).get(project=project)
    assert (update.reason, update.note, update.by) == (
        "انتهاء الدراسات",
        "سلم مكتب الدراسات التصاميم.",
        manager,
    )
    assert {c["key"] for c in update.changes} == {f"milestone.{first.pk}.done_on", "progress"}
    assert Notification.objects.filter(
        recipient=follower, event="actionplan.project_updated"
    ).exists()


def test_staff_add_a_project_with_its_budget_and_milestones(client, axis, manager, district_a):
    client.force_login(manager)
    response = client.get(reverse("actionplan_projects:add"))
    data = form_data(response.context["form"])
    data.update(
        {
            "programme": axis.programme.pk,
            "axis": axis.pk,
            "code": "1.7",
            "title": "تهيئة السوق الأسبوعي",
            "districts": [str(district_a.pk)],
            "status": "planned",
            "progress_mode": "manual",
            "progress": "0",
            "update_reason": "إضافة مشروع بعد التشاور",
            "milestones-TOTAL_FORMS": "1",
            "milestones-0-title": "الدراسات",
            "milestones-0-weight": "1",
            "budget_lines-TOTAL_FORMS": "1",
            "budget_lines-0-year": "2025",
            "budget_lines-0-planned": "1200000",
            "budget_lines-0-committed": "0",
            "budget_lines-0-spent": "0",
        }
    )
    response = client.post(reverse("actionplan_projects:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    project = Project.objects.for_commune(axis.commune).get(code="1.7")
    assert project.commune == axis.commune and list(project.districts.all()) == [district_a]
    assert project.milestones.get().commune_id == axis.commune.pk
    assert project.budget_lines.get().planned == 1200000
    assert Update.objects.for_commune(axis.commune).get().changes[0]["key"] == "project.added"


def test_the_rules_show_on_the_form(client, axis, manager):
    project = ProjectFactory(axis=axis)
    BudgetLineFactory(project=project, year=2023, planned=10, committed=5)
    client.force_login(manager)
    data = edit_data(
        client, project, update_reason="x", end_date="2022-01-01", start_date="2023-01-01"
    )
    data["budget_lines-0-spent"] = "9"  # more paid than committed
    response = client.post(reverse("actionplan_projects:edit", args=[project.pk]), data)
    assert response.status_code == 200
    assert "end_date" in response.context["form"].errors
    data["end_date"] = "2024-01-01"
    response = client.post(reverse("actionplan_projects:edit", args=[project.pk]), data)
    assert response.status_code == 200
    assert "2023" in str(response.context["form"].non_field_errors())


def test_an_axis_of_another_programme_is_refused(client, axis, manager):
    project = ProjectFactory(axis=axis)
    other = AxisFactory(
        programme=ProgrammeFactory(commune=axis.commune, start_year=2016, end_year=2021)
    )
    client.force_login(manager)
    data = edit_data(client, project, axis=str(other.pk), update_reason="x")
    response = client.post(reverse("actionplan_projects:edit", args=[project.pk]), data)
    assert response.status_code == 200 and "axis" in response.context["form"].errors


@pytest.mark.parametrize("view", OBJECT_VIEWS)
def test_it_answers_404_for_another_communes_project(client, axis, outsider, view):
    project = ProjectFactory(axis=axis)
    client.force_login(outsider)
    assert client.get(reverse(f"actionplan_projects:{view}", args=[project.pk])).status_code == 404
    assert client.post(reverse(f"actionplan_projects:{view}", args=[project.pk])).status_code == 404
    assert Project.objects.for_commune(axis.commune).filter(pk=project.pk).exists()


def test_the_listing_keeps_other_communes_out(client, axis, outsider, manager):
    ProjectFactory(axis=axis, title="مشروع أ")
    client.force_login(outsider)
    assert list(client.get(reverse("actionplan_projects:index")).context["object_list"]) == []
    client.force_login(manager)
    assert [
        p.title for p in client.get(reverse("actionplan_projects:index")).context["object_list"]
    ] == ["مشروع أ"]


@pytest.mark.parametrize(
    "role, allowed",
    [
        (CoreRole.ADMINISTRATOR, {"index", "add", "edit", "inspect", "delete", "origins"}),
        ("actionplan_manager", {"index", "add", "edit", "inspect", "origins"}),
        (CoreRole.PRESIDENT, {"index", "inspect"}),
        (CoreRole.EDITOR, set()),
    ],
)
def test_it_gives_each_role_its_screens(client, axis, role, allowed):
    project = ProjectFactory(axis=axis)
    user = UserFactory()
    commune_role_grant(commune=axis.commune, user=user, role=role)
    client.force_login(user)
    for view in ("index", "add", "edit", "inspect", "delete", "origins"):
        args = [] if view in ("index", "add") else [project.pk]
        status = client.get(reverse(f"actionplan_projects:{view}", args=args)).status_code
        assert (status == 200) == (view in allowed), (role, view, status)


def test_the_listing_runs_the_same_number_of_queries_for_5_and_60_projects(client, axis, manager):
    client.force_login(manager)
    for _ in range(5):
        ProjectFactory(axis=axis)
    few = queries_of(client, reverse("actionplan_projects:index"))
    other_axis = AxisFactory(programme=axis.programme)
    for _ in range(55):
        ProjectFactory(axis=other_axis, end_date=date(2025, 1, 1))
    assert queries_of(client, reverse("actionplan_projects:index")) == few
