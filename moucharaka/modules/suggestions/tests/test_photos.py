"""Uploaded photos: images only, size-limited, re-encoded without any metadata (GPS EXIF
included), the right way up."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from moucharaka.modules.suggestions.photos import check_photo, prepare_photo

GPS_IFD = 0x8825
ORIENTATION = 0x0112


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):  # the messages checked below are the English ones
        yield


def jpeg_with_gps(size=(64, 48), orientation=None) -> bytes:
    """A JPEG as a phone would make it: EXIF with a GPS position (Larache), the camera
    model, and optionally an orientation."""
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 12"  # Model
    if orientation:
        exif[ORIENTATION] = orientation
    exif[GPS_IFD] = {
        1: "N",
        2: (35.0, 11.0, 36.0),
        3: "W",
        4: (6.0, 9.0, 20.0),
    }
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif, comment=b"taken at home")
    return buffer.getvalue()


def upload(content: bytes, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_the_test_image_really_carries_gps():
    with Image.open(io.BytesIO(jpeg_with_gps())) as image:
        assert image.getexif().get_ifd(GPS_IFD)[1] == "N"


def test_it_strips_every_metadata_block_including_gps():
    cleaned = prepare_photo(upload(jpeg_with_gps())).read()
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG"
        assert image.size == (64, 48)
        assert len(image.getexif()) == 0
        assert image.getexif().get_ifd(GPS_IFD) == {}
        assert "exif" not in image.info and "comment" not in image.info
    assert b"PhoneMaker" not in cleaned and b"taken at home" not in cleaned


def test_it_keeps_the_picture_upright_once_the_orientation_tag_is_gone():
    # Orientation 6: the camera held sideways; shown rotated by 90°.
    cleaned = prepare_photo(upload(jpeg_with_gps(size=(64, 48), orientation=6))).read()
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.size == (48, 64)


def test_it_flattens_transparent_png_to_jpeg():
    buffer = io.BytesIO()
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(buffer, format="PNG")
    cleaned = prepare_photo(upload(buffer.getvalue(), "a.png", "image/png")).read()
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG" and image.mode == "RGB"
        assert image.getpixel((5, 5)) == (255, 255, 255)


def test_it_shrinks_huge_pictures():
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 1000), "blue").save(buffer, format="JPEG")
    cleaned = prepare_photo(upload(buffer.getvalue())).read()
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.size == (2560, 640)


@pytest.mark.parametrize(
    "content, name",
    [
        (b"%PDF-1.4 not a picture", "scan.jpg"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "drawing.svg"),
        (b"MZ\x90\x00 an executable", "photo.jpg"),
    ],
)
def test_it_refuses_what_is_not_an_image(content, name):
    with pytest.raises(ValidationError, match="not a photo"):
        check_photo(upload(content, name))


def test_it_refuses_image_formats_browsers_do_not_send():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, format="TIFF")
    with pytest.raises(ValidationError, match="not a photo"):
        check_photo(upload(buffer.getvalue(), "a.tiff", "image/tiff"))


def test_it_refuses_photos_over_the_size_limit(settings):
    big = upload(jpeg_with_gps() + b"\0" * (5 * 1024 * 1024))
    with pytest.raises(ValidationError, match="larger than 5 MB"):
        check_photo(big)
