"""Back office: the charter's screens see only the user's communes; reports are asked
for through a form; the staff dashboard narrows the figures."""

import pytest
from django.urls import reverse

from moucharaka.core.testing.factories import DistrictFactory
from moucharaka.modules.charter.models import Report, Target

from .conftest import commitment, target


@pytest.mark.parametrize(
    "viewset", ["charters", "charter_commitments", "charter_team", "charter_targets"]
)
def test_listings_are_scoped_to_the_users_communes(client, charter, manager, manager_b, viewset):
    client.force_login(manager_b)
    assert client.get(reverse(f"{viewset}:index")).status_code == 200


def test_other_communes_objects_are_404(client, charter, manager, manager_b):
    item = commitment(charter, title="Publier")
    client.force_login(manager_b)
    assert client.get(reverse("charter_commitments:edit", args=[item.pk])).status_code == 404
    assert client.get(reverse("charters:edit", args=[charter.pk])).status_code == 404
    client.force_login(manager)
    assert client.get(reverse("charter_commitments:edit", args=[item.pk])).status_code == 200


def test_a_target_names_a_figure_and_a_period(client, commune_a, charter, manager):
    client.force_login(manager)
    data = {
        "commune": commune_a.pk,
        "charter": charter.pk,
        "measure": "participants",
        "direction": "at_least",
        "value": "300",
        "period": "2026",
        "note": "",
    }
    response = client.post(reverse("charter_targets:add"), {**data, "period": "soon"})
    assert response.status_code == 200 and "period" in response.context["form"].errors
    assert client.post(reverse("charter_targets:add"), data).status_code == 302
    saved = Target.objects.for_commune(commune_a).get()
    assert saved.due_on.isoformat() == "2026-12-31"


def test_reports_are_asked_for_through_the_form(
    client, commune_a, charter, manager, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    form = client.get(reverse("charter_reports:request")).context["form"]
    assert list(form.fields["commune"].queryset) == [commune_a]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("charter_reports:request"),
            {"commune": commune_a.pk, "kind": "quarterly", "period": "2026-Q3"},
        )
    report = Report.objects.for_commune(commune_a).get()
    assert response.url == reverse("charter_reports:inspect", args=[report.pk])
    page = client.get(response.url).content.decode()
    assert reverse("charter_reports:download", args=[report.pk, "ar.pdf"]) in page
    response = client.post(reverse("charter_reports:publish", args=[report.pk]), {"publish": "1"})
    report.refresh_from_db()
    assert report.is_published


def test_a_wrong_kind_of_period_is_refused(client, commune_a, charter, manager):
    client.force_login(manager)
    response = client.post(
        reverse("charter_reports:request"),
        {"commune": commune_a.pk, "kind": "annual", "period": "2026-Q3"},
    )
    assert response.status_code == 200 and "period" in response.context["form"].errors
    assert not Report.objects.for_commune(commune_a).exists()


def test_people_who_are_not_staff_cannot_see_the_dashboard(client, citizen):
    client.force_login(citizen)
    assert client.get(reverse("charter_dashboard")).status_code in (302, 403)


def test_the_staff_dashboard_narrows_to_a_district(client, commune_a, charter, manager):
    district = DistrictFactory(commune=commune_a, name_ar="حي السلام")
    target(charter, "participants", 5, "2025")
    client.force_login(manager)
    response = client.get(
        reverse("charter_dashboard"),
        {"commune": commune_a.pk, "district": district.pk, "period": "2025"},
    )
    assert response.status_code == 200
    assert response.context["district"] == district
    assert [row.indicator.number for row in response.context["rows"]] == list(range(1, 15))
    assert len(response.context["activity"]) == 3
