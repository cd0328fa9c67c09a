"""The analysis screens: per paragraph overview, contributions to tag, link to a main
point, hide or show again; main points and the synthesis."""

import pytest

from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.consultations import services
from moucharaka.modules.consultations.models import ResponsePoint

from .conftest import paragraph
from .helpers import admin_url, queries_of

pytestmark = pytest.mark.usefixtures("module_on")


@pytest.fixture
def contribution(commune_a, open_a, citizen):
    return services.contribution_post(
        commune=commune_a,
        consultation=open_a,
        author=citizen,
        body="رأي مخالف",
        stance="disagree",
        paragraph=paragraph(open_a),
    ).consultation_contribution


def test_the_overview_counts_each_paragraphs_contributions(client, officer, open_a, contribution):
    client.force_login(officer)
    html = client.get(admin_url("analysis", open_a.pk)).content.decode()
    assert admin_url("analysis_paragraph", open_a.pk, contribution.paragraph_id) in html
    assert "§1.1" in html


def test_staff_tag_and_link_a_contribution(client, commune_a, officer, open_a, contribution):
    point = services.point_save(consultation=open_a, actor=officer, summary_ar="الخلاف")
    client.force_login(officer)
    prefix = f"c{contribution.pk}"
    response = client.post(
        admin_url("contribution", open_a.pk, contribution.pk, "classify"),
        {f"{prefix}-tags": "الشفافية، الشباب, الشباب", f"{prefix}-point": point.pk},
    )
    assert response["Location"].endswith(f"#contribution-{contribution.pk}")
    contribution.refresh_from_db()
    assert contribution.point == point
    assert sorted(contribution.tags.values_list("name", flat=True)) == [
        "الشباب",
        "الشفافية، الشباب",
    ]


def test_moderators_hide_with_a_reason_but_do_not_classify(client, moderator, open_a, contribution):
    client.force_login(moderator)
    client.post(
        admin_url("contribution", open_a.pk, contribution.pk, "hide"),
        {f"h{contribution.pk}-reason": "إساءة"},
    )
    contribution.comment.refresh_from_db()
    assert contribution.comment.is_hidden
    client.post(
        admin_url("contribution", open_a.pk, contribution.pk, "classify"),
        {f"c{contribution.pk}-tags": "x"},
    )
    assert not contribution.tags.exists()
    client.post(admin_url("contribution", open_a.pk, contribution.pk, "unhide"))
    contribution.comment.refresh_from_db()
    assert not contribution.comment.is_hidden


def test_the_detail_lists_the_paragraphs_contributions_in_bounded_queries(
    client, commune_a, officer, open_a, contribution
):
    client.force_login(officer)
    path = admin_url("analysis_paragraph", open_a.pk, contribution.paragraph_id)
    few = queries_of(client, path)
    for n in range(6):
        services.contribution_post(
            commune=commune_a,
            consultation=open_a,
            author=UserFactory(email=f"a{n}@x.ma"),
            body="رأي",
            stance="agree",
            paragraph=contribution.paragraph,
        )
    assert queries_of(client, path) == few


def test_points_are_added_edited_and_deleted(client, commune_a, officer, open_a, contribution):
    client.force_login(officer)
    response = client.post(
        admin_url("point_add", open_a.pk),
        {
            "paragraph_choice": contribution.paragraph_id,
            "summary_ar": "نقطة",
            "decision": "",
            "position": 1,
        },
    )
    assert response.status_code == 302
    point = ResponsePoint.objects.for_commune(commune_a).get()
    response = client.post(
        admin_url("point_edit", open_a.pk, point.pk),
        {
            "paragraph_choice": "whole",
            "summary_ar": "نقطة",
            "decision": "rejected",
            "reason_ar": "",
            "position": 1,
        },
    )
    assert response.status_code == 200  # a rejection needs its reason
    client.post(
        admin_url("point_edit", open_a.pk, point.pk),
        {
            "paragraph_choice": "whole",
            "summary_ar": "نقطة",
            "decision": "rejected",
            "reason_ar": "خارج الاختصاص",
            "position": 1,
        },
    )
    point.refresh_from_db()
    assert point.paragraph is None and point.decision == "rejected"
    assert "خارج الاختصاص" not in client.get(admin_url("points", open_a.pk)).content.decode()
    client.post(admin_url("step_item", open_a.pk, "point-delete", point.pk))
    assert not ResponsePoint.objects.for_commune(commune_a).exists()


def test_the_synthesis_is_written(client, officer, open_a):
    client.force_login(officer)
    client.post(
        admin_url("synthesis", open_a.pk), {"synthesis_ar": "ما سمعناه", "synthesis_fr": ""}
    )
    open_a.refresh_from_db()
    assert open_a.synthesis_ar == "ما سمعناه"


@pytest.mark.parametrize("name", ["analysis_whole", "points", "synthesis", "point_add", "report"])
def test_another_communes_staff_get_404(client, outsider, open_a, name):
    client.force_login(outsider)
    assert client.get(admin_url(name, open_a.pk)).status_code == 404
