"""The public programme page: axes with progress bars, budget execution, the map of the
projects, filters by district, axis and status, the "from your proposals" list, the
latest updates; a fixed number of queries however many projects."""

import json

import pytest

from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import DistrictFactory
from moucharaka.core.testing.queries import queries_of
from moucharaka.modules.actionplan import services
from moucharaka.modules.suggestions.tests.factories import SuggestionFactory

from .factories import (
    AxisFactory,
    BudgetLineFactory,
    LocationFactory,
    ProgrammeFactory,
    ProjectFactory,
)
from .helpers import plain, url

pytestmark = pytest.mark.usefixtures("module_on")


def listed(response) -> list[str]:
    return [p.code for p in response.context["page_obj"].object_list]


def test_it_opens_on_the_current_programme(client, programme, axis):
    ProgrammeFactory(commune=programme.commune, start_year=2016, end_year=2021, title_ar="السابق")
    ProgrammeFactory(commune=programme.commune, start_year=2028, end_year=2033, is_published=False)
    ProjectFactory(axis=axis, code="1.1")
    response = client.get(url("index", programme.commune))
    assert response.status_code == 200
    assert response.context["programme"] == programme
    assert listed(response) == ["1.1"]
    content = response.content.decode()
    assert "السابق" in content  # other programmes are listed
    assert "2028" not in content  # unpublished ones are not


def test_it_says_when_nothing_is_published(client, commune_b):
    ProgrammeFactory(commune=commune_b, is_published=False)
    response = client.get(url("index", commune_b))
    assert response.status_code == 200
    assert "actionplan/empty.html" in [t.name for t in response.templates]


def test_it_shows_axes_progress_and_budget(client, programme, axis):
    project = ProjectFactory(axis=axis, progress=40)
    BudgetLineFactory(
        project=project, year=2022, planned=1_000_000, committed=800_000, spent=250_000
    )
    response = client.get(url("programme", programme.commune, "fr", pk=programme.pk))
    content = plain(response.content.decode())
    assert response.context["overview"].axes[0].progress == 40
    assert "1 000 000" in content and "250 000" in content
    assert "25 %" in content  # spent of the planned budget


def test_it_filters_by_district_axis_status_and_proposals(
    client, programme, axis, district_a, manager
):
    module_enable(commune=programme.commune, key="suggestions")
    other_axis = AxisFactory(programme=programme, code="2")
    in_district = ProjectFactory(axis=axis, code="1.1", status="planned")
    in_district.districts.add(district_a)
    ProjectFactory(axis=other_axis, code="2.1", status="completed", completed_on="2024-01-01")
    proposed = ProjectFactory(axis=other_axis, code="2.2", status="planned")
    services.origin_link(
        commune=programme.commune,
        project=proposed,
        target=SuggestionFactory(commune=programme.commune),
        module="suggestions",
        actor=manager,
    )
    page = url("programme", programme.commune, pk=programme.pk)
    assert listed(client.get(page, {"district": district_a.pk})) == ["1.1"]
    assert listed(client.get(page, {"axis": other_axis.pk})) == ["2.1", "2.2"]
    assert listed(client.get(page, {"status": "planned"})) == ["1.1", "2.2"]
    assert listed(client.get(page, {"from_proposals": "on"})) == ["2.2"]
    # A stale or tampered filter is ignored, not an error.
    assert len(listed(client.get(page, {"axis": "99999", "status": "nope"}))) == 3


def test_from_your_proposals_lists_what_projects_came_from(client, programme, axis, manager):
    module_enable(commune=programme.commune, key="suggestions")
    project = ProjectFactory(axis=axis, code="1.1", title="ملعب القرب")
    suggestion = SuggestionFactory(commune=programme.commune, title="نريد ملعبا للقرب")
    services.origin_link(
        commune=programme.commune,
        project=project,
        target=suggestion,
        module="suggestions",
        actor=manager,
    )
    response = client.get(url("index", programme.commune))
    content = response.content.decode()
    assert response.context["proposals_count"] == 1
    assert "نريد ملعبا للقرب" in content and suggestion.get_absolute_url() in content
    assert response.context["page_obj"].object_list[0].from_proposals


def test_the_map_has_every_place_and_the_list_stays(client, programme, axis):
    project = ProjectFactory(
        axis=axis, code="1.1", title="الحديقة", title_fr="Le jardin", status="planned"
    )
    LocationFactory(project=project, latitude="32.34", longitude="-6.36")
    LocationFactory(project=project, latitude="32.35", longitude="-6.37")
    ProjectFactory(axis=axis, code="1.2")  # no place
    response = client.get(url("index", programme.commune, "fr"))
    content = response.content.decode()
    markers = json.loads(
        content.split('id="actionplan-markers" type="application/json">')[1].split("</script>")[0]
    )
    assert markers[0] == {
        "lat": 32.34,
        "lng": -6.36,
        "title": "Le jardin",
        "text": "prévu",
        "url": f"/fr/commune-a/actionplan/projects/{project.pk}/",
    }
    assert len(markers) == 2 and "leaflet/leaflet.js" in content
    assert listed(response) == ["1.1", "1.2"]


def test_it_answers_404_for_an_unpublished_or_another_communes_programme(
    client, programme, commune_b
):
    hidden = ProgrammeFactory(
        commune=programme.commune, start_year=2028, end_year=2033, is_published=False
    )
    assert client.get(url("programme", programme.commune, pk=hidden.pk)).status_code == 404
    assert client.get(url("programme", commune_b, pk=programme.pk)).status_code == 404
    assert client.get(url("updates", commune_b, pk=programme.pk)).status_code == 404


def test_it_runs_the_same_number_of_queries_for_2_and_40_projects(client, programme, manager):
    module_enable(commune=programme.commune, key="suggestions")
    district = DistrictFactory(commune=programme.commune)
    axes = [AxisFactory(programme=programme) for _ in range(3)]

    def add(n):
        for i in range(n):
            project = ProjectFactory(axis=axes[i % 3], status="in_progress")
            project.districts.add(district)
            LocationFactory(project=project)
            BudgetLineFactory(
                project=project, year=2022 + i % 6, planned=100, committed=50, spent=10
            )
            services.origin_link(
                commune=programme.commune,
                project=project,
                target=SuggestionFactory(commune=programme.commune),
                module="suggestions",
                actor=manager,
            )
            services.update_note_add(
                commune=programme.commune,
                programme=programme,
                project=project,
                actor=manager,
                note="خبر",
            )

    add(2)
    page = url("index", programme.commune)
    few = queries_of(client, page)
    add(38)
    assert queries_of(client, page) == few
    assert queries_of(client, page, {"district": district.pk, "page": 2}) <= few + 1
