"""Check and re-encode uploaded photos (see the package docstring)."""

from __future__ import annotations

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# What browsers and phones produce; anything else is refused before decoding.
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "MPO"}  # MPO: some phones' JPEGs
# Decoding a huge image costs memory: refuse more than 40 megapixels…
MAX_PIXELS = 40_000_000
# …and keep at most this many pixels on the long side (plenty for a street or a site).
MAX_SIDE = 2560
JPEG_QUALITY = 85
MAX_BYTES = 5 * 1024 * 1024


def check_photo(upload, *, max_bytes: int = MAX_BYTES) -> None:
    """Refuse what is too big or not an image (cheap: reads the header only)."""
    if upload.size > max_bytes:
        raise ValidationError(
            _("“%(name)s” is larger than %(limit)s MB."),
            params={"name": upload.name, "limit": max_bytes // (1024 * 1024)},
        )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            fmt, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        raise ValidationError(
            _("“%(name)s” is not a photo (JPEG, PNG or WebP)."), params={"name": upload.name}
        ) from None
    finally:
        upload.seek(0)
    if fmt not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("“%(name)s” is not a photo (JPEG, PNG or WebP)."), params={"name": upload.name}
        )
    if width * height > MAX_PIXELS:
        raise ValidationError(_("“%(name)s” has too many pixels."), params={"name": upload.name})


def prepare_photo(upload, *, max_bytes: int = MAX_BYTES) -> ContentFile:
    """Check the upload, then return a fresh JPEG of its pixels, without metadata."""
    check_photo(upload, max_bytes=max_bytes)
    try:
        with Image.open(upload) as image:
            image.seek(0)  # first frame of an animated GIF or a multi-picture JPEG
            image = ImageOps.exif_transpose(image)  # keep the picture upright
            if image.mode not in ("RGB", "L"):
                background = Image.new("RGB", image.size, "white")
                rgba = image.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                image = background
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            # A new image from the pixels alone: no `info` (EXIF, XMP, ICC, comments).
            clean = Image.new(image.mode, image.size)
            clean.paste(image)
            buffer = io.BytesIO()
            clean.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("“%(name)s” could not be read as a photo."), params={"name": upload.name}
        ) from None
    finally:
        upload.seek(0)
    return ContentFile(buffer.getvalue(), name="photo.jpg")
