"""The demo seeder: Béni Mellal's programme (3 axes, 20 projects), linked to the commune's
demo suggestions whether they are seeded before or after it; idempotent."""

from io import StringIO

import pytest

from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, DistrictFactory
from moucharaka.modules.actionplan import demo, selectors
from moucharaka.modules.actionplan.models import Axis, Follow, Origin, Programme, Project, Update
from moucharaka.modules.suggestions import demo as suggestions_demo


@pytest.fixture
def beni_mellal(db):
    commune = CommuneFactory(slug="beni-mellal", name_fr="Béni Mellal", name_ar="بني ملال")
    for name in ("عين أسردون", "الصومعة", "أمغيلة", "أولاد حمدان"):
        DistrictFactory(commune=commune, name_ar=name)
    for key in ("actionplan", "suggestions"):
        module_enable(commune=commune, key=key)
    return commune


def snapshot(commune):
    return tuple(
        model.objects.for_commune(commune).count()
        for model in (Programme, Axis, Project, Origin, Update, Follow)
    )


def test_it_builds_the_programme_then_links_suggestions_seeded_later(beni_mellal):
    demo.seed(commune=beni_mellal, stdout=StringIO())
    programme = Programme.objects.for_commune(beni_mellal).get()
    assert (programme.status, programme.is_published) == ("adopted", True)
    assert Axis.objects.for_commune(beni_mellal).count() == 3
    assert Project.objects.for_commune(beni_mellal).count() == 20
    assert not Origin.objects.for_commune(beni_mellal).exists()

    suggestions_demo.seed(commune=beni_mellal, stdout=StringIO())
    demo.seed(commune=beni_mellal, stdout=StringIO())
    linked = Origin.objects.for_commune(beni_mellal)
    assert linked.values("project").distinct().count() == 7
    first = snapshot(beni_mellal)
    demo.seed(commune=beni_mellal, stdout=StringIO())
    assert snapshot(beni_mellal) == first


def test_the_demo_programme_looks_like_one(beni_mellal):
    suggestions_demo.seed(commune=beni_mellal, stdout=StringIO())
    demo.seed(commune=beni_mellal, stdout=StringIO())
    programme = Programme.objects.for_commune(beni_mellal).get()
    overview = selectors.programme_overview(programme)
    statuses = overview.total.statuses
    assert set(statuses) == {
        "planned",
        "studies",
        "in_progress",
        "completed",
        "suspended",
        "cancelled",
    }
    assert 0 < overview.total.progress < 100 and 0 < overview.total.execution < 1
    assert all(axis.projects >= 6 for axis in overview.axes)
    updates = Update.objects.for_commune(beni_mellal)
    assert updates.filter(kind="revision").exclude(reason="").count() >= 2
    assert updates.filter(changes__0__key="programme.evaluation").exists()
    assert programme.evaluations.get().kind == "mid_term"
    milestone_driven = Project.objects.for_commune(beni_mellal).filter(progress_mode="milestones")
    assert milestone_driven.exists() and all(0 < p.progress < 100 for p in milestone_driven)


def test_other_communes_get_no_programme(commune_a):
    module_enable(commune=commune_a, key="actionplan")
    demo.seed(commune=commune_a, stdout=StringIO())
    assert not Programme.objects.for_commune(commune_a).exists()
