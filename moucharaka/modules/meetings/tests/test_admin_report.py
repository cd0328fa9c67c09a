"""After the meeting, in the back office: the minutes, documents and photos."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from moucharaka.core.testing.images import jpeg_with_gps, upload
from moucharaka.modules.meetings.models import MeetingDocument, MeetingPhoto
from moucharaka.modules.meetings.services import document_add

pytestmark = pytest.mark.usefixtures("module_on")


def test_staff_publish_the_minutes(client, officer, past_meeting):
    client.force_login(officer)
    report = reverse("meetings:report", args=[past_meeting.pk])
    assert client.get(report).status_code == 200
    response = client.post(report, {"minutes": "خلاصات اللقاء", "publish": "on"})
    assert response.status_code == 302 and response["Location"] == report
    past_meeting.refresh_from_db()
    assert past_meeting.minutes_published and past_meeting.minutes == "خلاصات اللقاء"


def test_minutes_of_a_future_meeting_are_refused(client, officer, meeting):
    client.force_login(officer)
    response = client.post(
        reverse("meetings:report", args=[meeting.pk]), {"minutes": "x", "publish": "on"}
    )
    assert response.status_code == 200 and response.context["form"].non_field_errors()


def test_staff_add_and_delete_documents_and_photos(client, officer, commune_a, past_meeting):
    client.force_login(officer)
    response = client.post(
        reverse("meetings:document_add", args=[past_meeting.pk]),
        {"title": "العرض", "file": SimpleUploadedFile("a.pdf", b"%PDF-1.4", "application/pdf")},
    )
    assert response.status_code == 302
    document = MeetingDocument.objects.for_commune(commune_a).get()
    response = client.post(
        reverse("meetings:photos_add", args=[past_meeting.pk]),
        {"photos": [upload(jpeg_with_gps())], "caption": "الحضور"},
    )
    assert response.status_code == 302
    photo = MeetingPhoto.objects.for_commune(commune_a).get()
    assert photo.caption == "الحضور"
    client.post(reverse("meetings:document_delete", args=[past_meeting.pk, document.pk]))
    client.post(reverse("meetings:photo_delete", args=[past_meeting.pk, photo.pk]))
    assert not MeetingDocument.objects.for_commune(commune_a).exists()
    assert not MeetingPhoto.objects.for_commune(commune_a).exists()


def test_a_wrong_file_is_shown_on_its_form(client, officer, past_meeting):
    client.force_login(officer)
    response = client.post(
        reverse("meetings:document_add", args=[past_meeting.pk]),
        {"title": "x", "file": SimpleUploadedFile("a.exe", b"MZ", "application/octet-stream")},
    )
    assert response.status_code == 200 and response.context["document_form"].errors
    response = client.post(
        reverse("meetings:photos_add", args=[past_meeting.pk]),
        {"photos": [upload(b"%PDF-1.4", "x.jpg")]},
    )
    assert response.status_code == 200 and response.context["photos_form"].errors


def test_another_communes_files_are_not_found(
    client, outsider, officer, commune_b, meeting_b, past_meeting
):
    document = document_add(
        commune=commune_b,
        meeting=meeting_b,
        actor=outsider,
        title="x",
        upload=SimpleUploadedFile("a.pdf", b"%PDF", "application/pdf"),
    )
    client.force_login(officer)
    url = reverse("meetings:document_delete", args=[past_meeting.pk, document.pk])
    assert client.post(url).status_code == 404
    url = reverse("meetings:document_delete", args=[meeting_b.pk, document.pk])
    assert client.post(url).status_code == 404
