"""services.project_edit: a change to a project of an adopted programme is a public,
dated update with its reason; progress follows the weighted milestones; followers are
told, each in their language. While the programme is drafted, nothing is published."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.actionplan import services
from moucharaka.modules.actionplan.models import BudgetLine, Milestone, Project, Update

from .factories import BudgetLineFactory, MilestoneFactory, ProjectFactory

pytestmark = pytest.mark.usefixtures("module_on")


def edit(project, actor, *, reason="", note="", **fields):
    def save():
        for field, value in fields.items():
            setattr(project, field, value)
        project.save()
        return project

    return services.project_edit(
        commune=project.commune, project=project, actor=actor, save=save, reason=reason, note=note
    )


def test_it_records_what_changed_when_and_why(axis, manager):
    project = ProjectFactory(axis=axis, status="planned", title="تهيئة الحديقة")
    update = edit(project, manager, reason="قرار المجلس", status="in_progress", progress=10)
    assert update.kind == Update.Kind.REVISION and update.reason == "قرار المجلس"
    assert update.by == manager and update.project == project
    assert {c["key"]: (c["before"], c["after"]) for c in update.changes} == {
        "status": ("planned", "in_progress"),
        "progress": ("0", "10"),
    }
    assert AuditEntry.objects.for_commune(project.commune).filter(action="project.edit").exists()


def test_a_change_without_a_reason_is_refused_and_nothing_is_saved(axis, manager):
    project = ProjectFactory(axis=axis, status="planned")
    with pytest.raises(ValidationError) as error:
        edit(project, manager, status="in_progress")
    assert "reason" in error.value.message_dict
    assert Project.objects.for_commune(project.commune).get(pk=project.pk).status == "planned"
    assert not Update.objects.for_commune(project.commune).exists()


def test_nothing_is_published_while_the_programme_is_drafted(axis, manager):
    axis.programme.status = "drafting"
    axis.programme.save()
    project = ProjectFactory(axis=axis, status="planned")
    assert edit(project, manager, status="in_progress") is None
    assert not Update.objects.for_commune(project.commune).exists()
    assert Project.objects.for_commune(project.commune).get(pk=project.pk).status == "in_progress"


def test_a_note_alone_is_news(axis, manager):
    project = ProjectFactory(axis=axis)
    update = edit(project, manager, note="استؤنفت الأشغال بعد الأمطار.")
    assert update.kind == Update.Kind.NOTE and update.changes == []


def test_saving_nothing_new_records_nothing(axis, manager):
    project = ProjectFactory(axis=axis)
    assert edit(project, manager, reason="لا شيء") is None


def test_a_new_project_of_an_adopted_programme_is_an_update(axis, manager):
    project = Project(commune=axis.commune, programme=axis.programme, axis=axis, code="9")

    def save():
        project.title = "مشروع جديد"
        project.save()
        return project

    update = services.project_edit(
        commune=axis.commune, project=project, actor=manager, save=save, reason="تحيين البرنامج"
    )
    assert update.changes == [{"key": "project.added", "before": "", "after": "مشروع جديد"}]


def test_progress_follows_the_weighted_milestones(axis, manager):
    project = ProjectFactory(axis=axis, progress_mode="milestones", progress=0)
    first = MilestoneFactory(project=project, weight=3, title="الدراسات")
    MilestoneFactory(project=project, weight=1, title="التسليم")

    def reach():
        Milestone.objects.for_commune(project.commune).filter(pk=first.pk).update(
            done_on=date(2024, 3, 1)
        )
        return project

    update = services.project_edit(
        commune=project.commune, project=project, actor=manager, save=reach, reason="تقدم"
    )
    assert Project.objects.for_commune(project.commune).get(pk=project.pk).progress == 75
    keys = {c["key"] for c in update.changes}
    assert keys == {f"milestone.{first.pk}.done_on", "progress"}
    reached = next(c for c in update.changes if c["key"].endswith("done_on"))
    assert reached["name"] == "الدراسات" and reached["after"] == "2024-03-01"


def test_completing_a_project_makes_it_100_percent(axis, manager):
    project = ProjectFactory(axis=axis, progress=60)
    edit(project, manager, reason="تم", status="completed", completed_on=date(2024, 6, 1))
    assert Project.objects.for_commune(project.commune).get(pk=project.pk).progress == 100


def test_the_rules_are_checked_on_what_is_saved(axis, manager):
    project = ProjectFactory(axis=axis)
    BudgetLineFactory(project=project, year=2023, planned=100, committed=10, spent=0)

    def overspend():
        BudgetLine.objects.for_commune(project.commune).filter(project=project).update(spent=50)
        return project

    with pytest.raises(ValidationError, match="2023"):
        services.project_edit(
            commune=project.commune, project=project, actor=manager, save=overspend, reason="x"
        )
    assert BudgetLine.objects.for_commune(project.commune).get().spent == 0
    with pytest.raises(ValidationError):
        edit(project, manager, reason="x", status="completed")  # no completion date


def test_followers_are_told_in_the_language_they_followed_in(axis, manager):
    project = ProjectFactory(axis=axis, status="planned", title="الحديقة", title_fr="Le jardin")
    arabic, french = UserFactory(email="ar@example.ma"), UserFactory(email="fr@example.ma")
    services.project_follow(commune=axis.commune, project=project, user=arabic, language="ar")
    services.project_follow(commune=axis.commune, project=project, user=french, language="fr")
    with translation.override("fr"):  # the staff member's language does not matter
        edit(project, manager, reason="Décision du conseil", status="in_progress")
    notes = {
        n.recipient_id: n for n in Notification.objects.filter(event="actionplan.project_updated")
    }
    assert notes[french.pk].title == "Le projet « Le jardin » a été mis à jour"
    assert " : prévu → en cours" in notes[french.pk].body
    assert "Décision du conseil" in notes[french.pk].body
    assert notes[arabic.pk].title == "تم تحيين مشروع «الحديقة»"
    assert (
        "الحالة: مبرمج ← في طور الإنجاز" in notes[arabic.pk].body
        or "الحالة" in notes[arabic.pk].body
    )
    assert notes[arabic.pk].url == project.get_absolute_url()
    assert manager.pk not in notes


def test_it_refuses_another_communes_project(axis, commune_b, manager):
    project = ProjectFactory(axis=axis)
    with pytest.raises(ValueError):
        services.project_edit(
            commune=commune_b, project=project, actor=manager, save=lambda: project
        )
