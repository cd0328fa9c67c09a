"""The core's photo checks: each caller sets its own size limit; the re-encoding itself is
exercised through the modules that use it (e.g. suggestions' test_photos)."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from moucharaka.core.photos.processing import check_photo, prepare_photo


def png(size=(40, 30)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGBA", size, (0, 90, 60, 128)).save(buffer, format="PNG")
    return SimpleUploadedFile("site.png", buffer.getvalue(), content_type="image/png")


def test_it_applies_the_callers_size_limit():
    photo = png()
    check_photo(photo, max_bytes=photo.size)
    with translation.override("en"), pytest.raises(ValidationError, match="larger than"):
        check_photo(photo, max_bytes=photo.size - 1)


def test_it_turns_a_transparent_png_into_an_opaque_jpeg():
    with Image.open(io.BytesIO(prepare_photo(png()).read())) as image:
        assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (40, 30))
