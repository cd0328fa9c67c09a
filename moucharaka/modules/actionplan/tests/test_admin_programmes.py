"""Staff screens of programmes: create and edit through the services (six years, the
status cycle); import a spreadsheet with a preview and a row-level error report, all or
nothing; export the same format; another commune's programme answers 404."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.testing.factories import UserFactory
from moucharaka.modules.actionplan.models import Programme, ProgrammeImport, Project, Update

from .factories import ProjectFactory
from .spreadsheets import row, xlsx

pytestmark = pytest.mark.usefixtures("module_on")


def upload(client, programme, content, name="pac.xlsx", reason="دورة أكتوبر"):
    return client.post(
        reverse("actionplan_programmes:import", args=[programme.pk]),
        {"file": SimpleUploadedFile(name, content), "reason": reason},
    )


def test_staff_create_a_programme_of_six_years(client, commune_a, manager):
    client.force_login(manager)
    data = {
        "commune": commune_a.pk,
        "title_ar": "برنامج عمل الجماعة 2028-2033",
        "start_year": "2028",
        "end_year": "2032",
        "status": "diagnosis",
    }
    response = client.post(reverse("actionplan_programmes:add"), data)
    assert response.status_code == 200 and "end_year" in response.context["form"].errors
    response = client.post(reverse("actionplan_programmes:add"), {**data, "end_year": "2033"})
    assert response.status_code == 302
    assert Programme.objects.for_commune(commune_a).get().start_year == 2028


def test_staff_move_the_programme_along_its_cycle(client, programme, manager):
    client.force_login(manager)
    edit = reverse("actionplan_programmes:edit", args=[programme.pk])
    data = {
        "commune": programme.commune_id,
        "title_ar": programme.title_ar,
        "start_year": "2022",
        "end_year": "2027",
        "adopted_on": programme.adopted_on.isoformat(),
        "is_published": "on",
    }
    refused = client.post(edit, {**data, "status": "diagnosis"})
    assert refused.status_code == 200 and "status" in refused.context["form"].errors
    response = client.post(edit, {**data, "status": "evaluated"})
    assert response.status_code == 302
    assert Update.objects.for_commune(programme.commune).get().changes[0]["after"] == "evaluated"


def test_import_preview_reports_errors_and_imports_nothing(client, programme, manager):
    client.force_login(manager)
    response = upload(client, programme, xlsx([row(code="1.1"), row(code="1.2", status="???")]))
    batch = ProgrammeImport.objects.for_commune(programme.commune).get()
    preview = reverse("actionplan_programmes:import_preview", args=[programme.pk, batch.pk])
    assert response.status_code == 302 and response.url == preview
    page = client.get(preview)
    content = page.content.decode()
    assert 'id="import-errors"' in content and "???" in content
    assert "import-summary" not in content  # no summary, no button to import
    refused = client.post(preview)
    assert refused.status_code == 200
    assert not Project.objects.for_commune(programme.commune).exists()


def test_import_preview_then_apply(client, programme, manager):
    ProjectFactory(
        axis__programme=programme,
        axis__code="1",
        axis__name_ar="البنيات التحتية",
        code="1.1",
        title="قديم",
    )
    client.force_login(manager)
    upload(
        client, programme, xlsx([row(code="1.1", title="جديد"), row(code="1.2", title="مشروع ثان")])
    )
    batch = ProgrammeImport.objects.for_commune(programme.commune).get()
    preview = reverse("actionplan_programmes:import_preview", args=[programme.pk, batch.pk])
    page = client.get(preview)
    plan = page.context["plan"]
    assert [r.code for r in plan.created] == ["1.2"] and [r.code for r, _c in plan.changed] == [
        "1.1"
    ]
    assert "قديم ← جديد" in page.content.decode()  # right to left: “old, then new”
    assert Project.objects.for_commune(programme.commune).get(code="1.1").title == "قديم"
    response = client.post(preview)
    assert response.status_code == 302
    assert sorted(
        Project.objects.for_commune(programme.commune).values_list("title", flat=True)
    ) == ["جديد", "مشروع ثان"]
    batch.refresh_from_db()
    assert batch.applied_at and batch.summary["created"] == 1


def test_an_upload_must_be_a_spreadsheet(client, programme, manager):
    client.force_login(manager)
    response = upload(client, programme, b"x", name="pac.pdf")
    assert response.status_code == 200 and "file" in response.context["form"].errors
    assert not ProgrammeImport.objects.for_commune(programme.commune).exists()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_staff_download_the_programme(client, programme, manager, fmt):
    ProjectFactory(axis__programme=programme, code="1.1", title="الطرق")
    client.force_login(manager)
    response = client.get(
        reverse("actionplan_programmes:export", args=[programme.pk]), {"format": fmt}
    )
    assert response.status_code == 200
    assert f".{fmt}" in response["Content-Disposition"]
    if fmt == "xlsx":
        sheet = load_workbook(BytesIO(response.content)).active
        assert sheet.cell(row=2, column=5).value == "الطرق"
        assert sheet.sheet_view.rightToLeft  # the staff's language is Arabic
    else:
        assert (
            response.content.startswith("\ufeff".encode()) and "الطرق" in response.content.decode()
        )


@pytest.mark.parametrize("view", ["edit", "inspect", "delete", "import", "export"])
def test_it_answers_404_for_another_communes_programme(client, programme, outsider, view):
    client.force_login(outsider)
    assert (
        client.get(reverse(f"actionplan_programmes:{view}", args=[programme.pk])).status_code == 404
    )
    assert (
        client.post(reverse(f"actionplan_programmes:{view}", args=[programme.pk])).status_code
        == 404
    )


def test_another_communes_import_answers_404(client, programme, manager, outsider):
    client.force_login(manager)
    upload(client, programme, xlsx([row(code="1")]))
    batch = ProgrammeImport.objects.for_commune(programme.commune).get()
    client.force_login(outsider)
    preview = reverse("actionplan_programmes:import_preview", args=[programme.pk, batch.pk])
    assert client.get(preview).status_code == 404
    assert client.post(preview).status_code == 404
    assert not Project.objects.for_commune(programme.commune).exists()


def test_readers_do_not_import(client, programme):
    president = UserFactory()
    commune_role_grant(commune=programme.commune, user=president, role=CoreRole.PRESIDENT)
    client.force_login(president)
    assert (
        client.get(reverse("actionplan_programmes:export", args=[programme.pk])).status_code == 200
    )
    response = client.get(reverse("actionplan_programmes:import", args=[programme.pk]))
    assert response.status_code == 302  # sent back: permission denied
