"""The public project page: facts, budget by year, funding, the timeline of milestones
and updates ("what changed and when"), places, photos, documents, indicators, where it
came from, following, comments; a fixed number of queries."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from moucharaka.core.comments.services import comment_post
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import UserFactory
from moucharaka.core.testing.queries import queries_of
from moucharaka.modules.actionplan import services
from moucharaka.modules.actionplan.models import Funding, Indicator
from moucharaka.modules.suggestions.tests.factories import SuggestionFactory

from .factories import (
    AxisFactory,
    BudgetLineFactory,
    LocationFactory,
    MilestoneFactory,
    ProgrammeFactory,
    ProjectFactory,
)
from .helpers import plain, url
from .test_photos_documents import png

pytestmark = pytest.mark.usefixtures("module_on")


def test_it_shows_the_project_with_its_timeline(client, axis, manager):
    project = ProjectFactory(
        axis=axis, title="مسبح بلدي", status="planned", end_date=date(2026, 12, 31)
    )
    MilestoneFactory(
        project=project, title="الدراسات", planned_date=date(2023, 1, 1), done_on=date(2023, 2, 1)
    )
    MilestoneFactory(project=project, title="الصفقة", planned_date=date(2023, 6, 1))
    MilestoneFactory(project=project, title="التسليم", planned_date=date(2999, 1, 1))
    BudgetLineFactory(
        project=project, year=2023, planned=5_000_000, committed=1_000_000, spent=500_000
    )
    Funding.unscoped.create(
        commune=axis.commune, project=project, source="مجلس الجهة", amount=2_000_000
    )

    def start():
        project.status = "in_progress"
        project.save()
        return project

    services.project_edit(
        commune=axis.commune, project=project, actor=manager, save=start, reason="انطلاق الأشغال"
    )
    response = client.get(url("project", axis.commune, "fr", pk=project.pk))
    assert response.status_code == 200
    kinds = [entry.kind for entry in response.context["timeline"]]
    assert kinds == ["reached", "overdue", "revision", "planned"]
    content = plain(response.content.decode())
    assert "انطلاق الأشغال" in content and ": prévu → en cours" in content
    assert "5 000 000" in content and "مجلس الجهة" in content and "10 %" in content
    assert "manager@a.ma" not in content and "Manager A" not in content  # staff are not named


def test_it_shows_places_photos_documents_indicators_and_origins(client, axis, manager):
    module_enable(commune=axis.commune, key="suggestions")
    project = ProjectFactory(axis=axis)
    LocationFactory(project=project, label="الساحة")
    services.photo_add(
        commune=axis.commune, project=project, actor=manager, upload=png(), caption="بداية الأشغال"
    )
    services.document_add(
        commune=axis.commune,
        project=project,
        actor=manager,
        upload=SimpleUploadedFile("etude.pdf", b"%PDF-1.4"),
        title="الدراسة التقنية",
    )
    Indicator.unscoped.create(
        commune=axis.commune, project=project, name="أعمدة الإنارة", target=120, actual=45
    )
    suggestion = SuggestionFactory(commune=axis.commune, title="إنارة الساحة")
    services.origin_link(
        commune=axis.commune,
        project=project,
        target=suggestion,
        module="suggestions",
        actor=manager,
    )
    content = client.get(url("project", axis.commune, pk=project.pk)).content.decode()
    for text in (
        "الساحة",
        "بداية الأشغال",
        "الدراسة التقنية",
        "أعمدة الإنارة",
        "120",
        "إنارة الساحة",
        'id="project-map"',
    ):
        assert text in content, text


def test_it_answers_404_for_another_commune_or_an_unpublished_programme(client, axis, commune_b):
    project = ProjectFactory(axis=axis)
    hidden = ProjectFactory(
        axis=AxisFactory(
            programme=ProgrammeFactory(
                commune=axis.commune, start_year=2028, end_year=2033, is_published=False
            )
        )
    )
    assert client.get(url("project", commune_b, pk=project.pk)).status_code == 404
    assert client.get(url("project", axis.commune, pk=hidden.pk)).status_code == 404


def test_it_takes_the_core_comments(client, axis, citizen):
    project = ProjectFactory(axis=axis)
    comment_post(
        commune=axis.commune,
        author=citizen,
        target=project,
        body="متى تنتهي الأشغال؟",
        module="actionplan",
    )
    content = client.get(url("project", axis.commune, pk=project.pk)).content.decode()
    assert "متى تنتهي الأشغال؟" in content


def test_it_runs_the_same_number_of_queries_with_few_or_many_rows(client, axis, manager):
    module_enable(commune=axis.commune, key="suggestions")
    project = ProjectFactory(axis=axis)
    viewer = UserFactory()
    services.project_follow(commune=axis.commune, project=project, user=viewer)
    client.force_login(viewer)

    def add(n):
        for i in range(n):
            MilestoneFactory(project=project, planned_date=date(2023, 1, 1 + i % 28))
            BudgetLineFactory(
                project=project, year=2022 + len(project.budget_lines.all()) % 6
            ) if i < 1 else None
            LocationFactory(project=project)
            Funding.unscoped.create(commune=axis.commune, project=project, source=f"ممول {i}")
            Indicator.unscoped.create(commune=axis.commune, project=project, name=f"مؤشر {i}")
            services.update_note_add(
                commune=axis.commune,
                programme=project.programme,
                project=project,
                actor=manager,
                note=f"خبر {i}",
                at=timezone.now(),
            )
            services.origin_link(
                commune=axis.commune,
                project=project,
                target=SuggestionFactory(commune=axis.commune),
                module="suggestions",
                actor=manager,
            )
            comment_post(
                commune=axis.commune,
                author=viewer,
                target=project,
                body=f"تعليق {i}",
                module="actionplan",
            )

    add(2)
    page = url("project", axis.commune, pk=project.pk)
    few = queries_of(client, page)
    add(20)
    assert queries_of(client, page) == few
