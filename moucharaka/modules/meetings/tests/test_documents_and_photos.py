"""document_add / photos_add and attachment_delete: public files of a meeting; photos
re-encoded without metadata (GPS included)."""

import os

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.testing.images import GPS_IFD, jpeg_with_gps, upload
from moucharaka.modules.meetings.models import MeetingDocument, MeetingPhoto
from moucharaka.modules.meetings.services import (
    attachment_delete,
    document_add,
    photos_add,
)


def pdf(name="presentation.pdf", size=100):
    return SimpleUploadedFile(name, b"%PDF-1.4 " + b"0" * size, content_type="application/pdf")


def test_it_adds_and_deletes_a_document(commune_a, past_meeting, officer):
    document = document_add(
        commune=commune_a, meeting=past_meeting, actor=officer, title=" العرض ", upload=pdf()
    )
    assert document.title == "العرض" and document.extension == "PDF" and document.size == 109
    assert document.file.name.endswith("/presentation.pdf")
    path = document.file.path
    attachment_delete(commune=commune_a, item=document, actor=officer)
    assert not MeetingDocument.objects.for_commune(commune_a).exists()
    assert not os.path.exists(path)


def test_it_refuses_other_files_and_untitled_documents(commune_a, past_meeting, officer):
    with pytest.raises(ValidationError) as error:
        document_add(
            commune=commune_a,
            meeting=past_meeting,
            actor=officer,
            title="x",
            upload=pdf("script.exe"),
        )
    assert "file" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        document_add(
            commune=commune_a, meeting=past_meeting, actor=officer, title=" ", upload=pdf()
        )
    assert "title" in error.value.message_dict


def test_photos_lose_their_metadata(commune_a, past_meeting, officer):
    [photo] = photos_add(
        commune=commune_a,
        meeting=past_meeting,
        actor=officer,
        uploads=[upload(jpeg_with_gps())],
        caption="الحضور خلال الورشة",
    )
    with photo.image.open("rb") as stored, Image.open(stored) as image:
        assert image.getexif().get_ifd(GPS_IFD) == {} and "exif" not in image.info
    assert photo.caption == "الحضور خلال الورشة" and (photo.width, photo.height) == (64, 48)
    audit = AuditEntry.objects.for_commune(commune_a).get(action="meeting.photos_add")
    assert audit.data == {"photos": [photo.pk]}
    attachment_delete(commune=commune_a, item=photo, actor=officer)
    assert not MeetingPhoto.objects.for_commune(commune_a).exists()


def test_a_bad_photo_stores_nothing(commune_a, past_meeting, officer):
    with pytest.raises(ValidationError):
        photos_add(
            commune=commune_a,
            meeting=past_meeting,
            actor=officer,
            uploads=[upload(jpeg_with_gps()), upload(b"%PDF-1.4", "scan.jpg")],
        )
    assert not MeetingPhoto.objects.for_commune(commune_a).exists()


def test_it_refuses_another_communes_meeting(commune_a, meeting_b, officer):
    with pytest.raises(ValueError):
        document_add(commune=commune_a, meeting=meeting_b, actor=officer, title="x", upload=pdf())
