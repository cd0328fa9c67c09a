"""The other staff screens: axes, updates (news), evaluations, categories, photos and
documents; each scoped to the staff's communes (404 elsewhere, their rows only)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from moucharaka.core.notifications.models import Notification
from moucharaka.modules.actionplan import services
from moucharaka.modules.actionplan.models import Evaluation, Update

from .factories import AxisFactory, CategoryFactory, ProjectFactory
from .test_photos_documents import png

pytestmark = pytest.mark.usefixtures("module_on")


def test_staff_publish_news_of_a_project(client, axis, manager, citizen):
    project = ProjectFactory(axis=axis)
    services.project_follow(commune=axis.commune, project=project, user=citizen)
    client.force_login(manager)
    response = client.post(
        reverse("actionplan_updates:add"),
        {
            "programme": axis.programme.pk,
            "project": project.pk,
            "at": "2025-03-01 10:00",
            "note": "انطلاق الأشغال",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    update = Update.objects.for_commune(axis.commune).get()
    assert (update.kind, update.note, update.project) == ("note", "انطلاق الأشغال", project)
    assert Notification.objects.filter(
        recipient=citizen, event="actionplan.project_updated"
    ).exists()


def test_staff_attach_an_evaluation(client, programme, manager):
    client.force_login(manager)
    response = client.post(
        reverse("actionplan_evaluations:add"),
        {
            "programme": programme.pk,
            "kind": "mid_term",
            "evaluated_on": "2025-01-15",
            "evaluator": "مكتب دراسات مستقل",
            "summary": "تقدم الإنجاز 45 في المائة.",
            "file": SimpleUploadedFile("rapport.pdf", b"%PDF-1.4"),
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    evaluation = Evaluation.objects.for_commune(programme.commune).get()
    assert evaluation.commune == programme.commune and evaluation.file.name.endswith(".pdf")
    update = Update.objects.for_commune(programme.commune).get()
    assert update.changes == [{"key": "programme.evaluation", "before": "", "after": "mid_term"}]


def test_staff_add_an_axis_to_their_programme_only(client, programme, manager, outsider):
    client.force_login(outsider)
    response = client.post(
        reverse("actionplan_axes:add"),
        {"programme": programme.pk, "code": "9", "name_ar": "x", "sort_order": 1},
    )
    assert response.status_code == 200 and "programme" in response.context["form"].errors
    client.force_login(manager)
    response = client.post(
        reverse("actionplan_axes:add"),
        {"programme": programme.pk, "code": "9", "name_ar": "محور", "sort_order": 1},
    )
    assert response.status_code == 302
    assert programme.axes.get().commune == programme.commune


@pytest.mark.parametrize(
    "viewset, make",
    [
        ("actionplan_axes", lambda axis: axis),
        ("actionplan_categories", lambda axis: CategoryFactory(commune=axis.commune)),
        (
            "actionplan_updates",
            lambda axis: services.update_note_add(
                commune=axis.commune, programme=axis.programme, actor=None, note="x"
            ),
        ),
        (
            "actionplan_photos",
            lambda axis: services.photo_add(
                commune=axis.commune,
                project=ProjectFactory(axis=axis),
                actor=None,
                upload=png(),
                caption="x",
            ),
        ),
        (
            "actionplan_documents",
            lambda axis: services.document_add(
                commune=axis.commune,
                project=ProjectFactory(axis=axis),
                actor=None,
                upload=SimpleUploadedFile("a.pdf", b"%PDF"),
                title="x",
            ),
        ),
        (
            "actionplan_evaluations",
            lambda axis: Evaluation.unscoped.create(
                commune=axis.commune,
                programme=axis.programme,
                kind="mid_term",
                evaluated_on="2025-01-01",
                summary="x",
            ),
        ),
    ],
)
def test_every_screen_keeps_other_communes_out(client, axis, outsider, manager, viewset, make):
    obj = make(axis)
    client.force_login(outsider)
    for view in ("edit", "inspect", "delete"):
        assert client.get(reverse(f"{viewset}:{view}", args=[obj.pk])).status_code == 404, view
    assert list(client.get(reverse(f"{viewset}:index")).context["object_list"]) == []
    client.force_login(manager)
    assert client.get(reverse(f"{viewset}:edit", args=[obj.pk])).status_code == 200
    assert obj in list(client.get(reverse(f"{viewset}:index")).context["object_list"])


def test_the_filters_offer_only_the_staffs_programmes(client, axis, manager, commune_b):
    other = AxisFactory(programme__commune=commune_b)
    client.force_login(manager)
    response = client.get(reverse("actionplan_axes:index"))
    choices = response.context["filters"].form.fields["programme"].queryset
    assert axis.programme in choices and other.programme not in choices
