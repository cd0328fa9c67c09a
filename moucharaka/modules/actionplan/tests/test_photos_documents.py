"""Photos (re-encoded without metadata by the core) and documents of a project, added by
staff through their screens; each checked, audited, scoped to the staff's communes."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.actionplan import services
from moucharaka.modules.actionplan.models import ProjectDocument, ProjectPhoto

from .factories import ProjectFactory

pytestmark = pytest.mark.usefixtures("module_on")


def png(name="site.png"):
    buffer = io.BytesIO()
    image = Image.new("RGB", (60, 40), (10, 120, 80))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    image.save(buffer, format="PNG", exif=exif)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_a_photo_is_stored_as_a_fresh_jpeg(axis, manager):
    project = ProjectFactory(axis=axis)
    photo = services.photo_add(
        commune=axis.commune, project=project, actor=manager, upload=png(), caption="الأشغال"
    )
    with Image.open(photo.image.path) as image:
        assert image.format == "JPEG" and len(image.getexif()) == 0
    assert photo.image.name.startswith(f"actionplan/photos/{axis.commune.pk}/")
    assert AuditEntry.objects.for_commune(axis.commune).filter(action="project.photo_add").exists()


def test_documents_are_office_or_pdf_files(axis, manager):
    project = ProjectFactory(axis=axis)
    with pytest.raises(ValidationError):
        services.document_add(
            commune=axis.commune,
            project=project,
            actor=manager,
            upload=SimpleUploadedFile("virus.exe", b"MZ"),
            title="x",
        )
    document = services.document_add(
        commune=axis.commune,
        project=project,
        actor=manager,
        upload=SimpleUploadedFile("Étude.PDF", b"%PDF-1.4"),
        title="الدراسة",
    )
    assert document.extension == "PDF" and "Étude" not in document.file.name


def test_staff_add_them_through_their_screens(client, axis, manager):
    project = ProjectFactory(axis=axis)
    client.force_login(manager)
    response = client.post(
        reverse("actionplan_photos:add"), {"project": project.pk, "image": png(), "caption": "قبل"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ProjectPhoto.objects.for_commune(axis.commune).get().caption == "قبل"
    response = client.post(
        reverse("actionplan_documents:add"),
        {
            "project": project.pk,
            "title": "اتفاقية الشراكة",
            "file": SimpleUploadedFile("a.pdf", b"%PDF"),
        },
    )
    assert response.status_code == 302
    assert ProjectDocument.objects.for_commune(axis.commune).get().title == "اتفاقية الشراكة"


def test_staff_cannot_attach_to_another_communes_project(client, axis, outsider):
    project = ProjectFactory(axis=axis)
    client.force_login(outsider)
    response = client.post(
        reverse("actionplan_photos:add"), {"project": project.pk, "image": png(), "caption": "x"}
    )
    assert response.status_code == 200 and "project" in response.context["form"].errors
    assert not ProjectPhoto.objects.for_commune(axis.commune).exists()
