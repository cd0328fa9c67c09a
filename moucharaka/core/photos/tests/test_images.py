"""Uploaded photos: images only, size-limited, re-encoded without any metadata (GPS EXIF
included), the right way up."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from PIL import Image

from moucharaka.core.photos.images import check_photo, prepare_photo
from moucharaka.core.testing.images import GPS_IFD, jpeg_with_gps, upload


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):  # the messages checked below are the English ones
        yield


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


def test_a_module_may_set_a_smaller_limit():
    photo = upload(jpeg_with_gps() + b"\0" * (1024 * 1024))
    check_photo(photo)  # under the default 5 MB
    with pytest.raises(ValidationError, match="larger than 1 MB"):
        prepare_photo(photo, max_bytes=1024 * 1024)
