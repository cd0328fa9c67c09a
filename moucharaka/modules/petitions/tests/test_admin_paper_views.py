"""Paper sheets: registering a scan, entering signatures one by one, importing XLSX,
downloading a scan (audited)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.petitions.models import PaperSheet, Signature

from .conftest import make_open, pdf_file


@pytest.fixture
def petition(commune_a, cndp_a, mandatary):
    return make_open(commune_a, mandatary)


def add_sheet(client, petition):
    return client.post(
        reverse("petitions_admin:paper_sheet", args=[petition.pk]),
        {"label": "Feuille 1", "scan": pdf_file("sheet.pdf")},
    )


def test_it_enters_a_sheet_and_its_signatures(client, commune_a, petition, officer):
    client.force_login(officer)
    assert add_sheet(client, petition).status_code == 302
    sheet = PaperSheet.objects.for_commune(commune_a).get()
    url = reverse("petitions_admin:paper_signature", args=[petition.pk])
    data = {
        "sheet": sheet.pk,
        "full_name": "Rachida",
        "cnie": "pp 5555",
        "address": "Douar Ain",
        "basis": "residence",
        "declares_electoral_eligibility": "on",
    }
    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"] == url  # next signature
    response = client.post(url, data)
    assert response.status_code == 200
    assert "already signed" in response.content.decode()
    petition.refresh_from_db()
    assert petition.paper_signature_count == 1


def test_it_imports_a_spreadsheet(client, commune_a, petition, officer):
    client.force_login(officer)
    add_sheet(client, petition)
    sheet = PaperSheet.objects.for_commune(commune_a).get()
    workbook = Workbook()
    workbook.active.append(["nom", "cnie", "adresse", "qualité", "électeur"])
    workbook.active.append(["Omar", "QX1", "Rue 1", "résidence", "oui"])
    workbook.active.append(["Omar bis", "QX1", "Rue 1", "résidence", "oui"])
    output = io.BytesIO()
    workbook.save(output)
    response = client.post(
        reverse("petitions_admin:paper_import", args=[petition.pk]),
        {"sheet": sheet.pk, "xlsx": SimpleUploadedFile("s.xlsx", output.getvalue())},
        follow=True,
    )
    html = response.content.decode()
    assert "1 signatures imported, 1 duplicates skipped" in html
    assert Signature.objects.for_commune(commune_a).count() == 1


def test_it_serves_the_import_template(client, officer, petition):
    client.force_login(officer)
    response = client.get(reverse("petitions_admin:import_template"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_it_serves_scans_to_the_officer_only_and_audits(
    client, commune_a, petition, officer, owner, officer_b
):
    client.force_login(officer)
    add_sheet(client, petition)
    sheet = PaperSheet.objects.for_commune(commune_a).get()
    url = reverse("petitions_admin:sheet_scan", args=[sheet.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert (
        AuditEntry.objects.for_commune(commune_a)
        .filter(action="petition.sheet_scan_download")
        .count()
        == 1
    )
    client.force_login(owner)
    assert client.get(url).status_code == 302
    client.force_login(officer_b)
    assert client.get(url).status_code == 404


def test_it_keeps_paper_entry_from_other_roles(client, petition, president):
    client.force_login(president)
    response = client.get(reverse("petitions_admin:paper_sheet", args=[petition.pk]))
    assert response.status_code == 302


def test_it_blocks_paper_entry_without_the_cndp(client, commune_a, petition, cndp_a, officer):
    client.force_login(officer)
    add_sheet(client, petition)
    cndp_a.delete()
    response = client.post(
        reverse("petitions_admin:paper_signature", args=[petition.pk]),
        {
            "full_name": "x",
            "cnie": "K1",
            "address": "x",
            "basis": "residence",
            "declares_electoral_eligibility": "on",
        },
    )
    assert response.status_code == 200 and "CNDP" in response.content.decode()
    assert not Signature.objects.for_commune(commune_a).exists()
