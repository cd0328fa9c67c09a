"""Documents published with a consultation: added and removed by staff, listed publicly."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from moucharaka.modules.consultations.models import Attachment

from .helpers import admin_url, url

pytestmark = pytest.mark.usefixtures("module_on")


def test_staff_add_a_document_the_public_sees(client, commune_a, officer, open_a):
    client.force_login(officer)
    response = client.post(
        admin_url("attachment_add", open_a.pk),
        {"title": "مشروع الميثاق (PDF)", "file": SimpleUploadedFile("draft.pdf", b"%PDF-1.4 x")},
    )
    assert response.status_code == 302
    attachment = Attachment.objects.for_commune(commune_a).get()
    assert attachment.file.name.startswith(f"consultations/{commune_a.pk}/")
    assert "draft" not in attachment.file.name  # the uploaded name is not kept
    client.logout()
    html = client.get(url("detail", commune_a, pk=open_a.pk)).content.decode()
    assert "مشروع الميثاق (PDF)" in html and attachment.file.url in html


def test_other_files_are_refused(client, commune_a, officer, open_a):
    client.force_login(officer)
    client.post(
        admin_url("attachment_add", open_a.pk),
        {"title": "x", "file": SimpleUploadedFile("run.exe", b"MZ")},
    )
    assert not Attachment.objects.for_commune(commune_a).exists()


def test_staff_remove_a_document(client, commune_a, officer, open_a):
    client.force_login(officer)
    client.post(
        admin_url("attachment_add", open_a.pk),
        {"title": "ملحق", "file": SimpleUploadedFile("annex.pdf", b"%PDF-1.4 x")},
    )
    attachment = Attachment.objects.for_commune(commune_a).get()
    client.post(admin_url("step_item", open_a.pk, "attachment-delete", attachment.pk))
    assert not Attachment.objects.for_commune(commune_a).exists()
