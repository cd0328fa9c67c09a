"""The text screen: paste or upload, preview the split, adjust, save; refused once open."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from .conftest import make_consultation
from .helpers import admin_url

pytestmark = pytest.mark.usefixtures("module_on")


def test_the_preview_shows_the_split_without_saving(client, commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    client.force_login(officer)
    response = client.post(
        admin_url("text", draft.pk),
        {"text_ar": "مقدمة\n\nالفقرة الأولى.\n\nالمبادئ\n\nالشفافية.", "preview": "1"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "# مقدمة" in html and "# المبادئ" in html  # the guessed headings, to adjust
    assert draft.paragraphs.count() == 3  # unchanged


def test_saving_replaces_the_text(client, commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    client.force_login(officer)
    response = client.post(
        admin_url("text", draft.pk),
        {"text_ar": "# أ\nواحدة.\n\nاثنتان.", "text_fr": "# A\nUne.\n\nDeux.", "save": "1"},
    )
    assert response.status_code == 302
    assert [p.text_fr for p in draft.paragraphs.order_by("position")] == ["Une.", "Deux."]


def test_an_uploaded_file_fills_the_box(client, commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    client.force_login(officer)
    upload = SimpleUploadedFile("draft.txt", "# القيم\nالنزاهة.".encode())
    html = client.post(
        admin_url("text", draft.pk), {"text_ar": "", "upload_ar": upload, "preview": "1"}
    ).content.decode()
    assert "# القيم" in html and "النزاهة." in html


def test_the_existing_split_is_shown_to_adjust(client, commune_a, officer):
    draft = make_consultation(commune_a, officer, phase="draft")
    client.force_login(officer)
    html = client.get(admin_url("text", draft.pk)).content.decode()
    assert "# المبادئ" in html and "# Principes" in html


def test_once_open_the_text_stays(client, officer, open_a):
    client.force_login(officer)
    response = client.post(admin_url("text", open_a.pk), {"text_ar": "نص جديد.", "save": "1"})
    assert response.status_code == 200 and open_a.paragraphs.count() == 3


def test_moderators_do_not_edit_the_text(client, moderator, open_a):
    client.force_login(moderator)
    assert client.get(admin_url("text", open_a.pk)).status_code == 302
