"""Uploaded photos of suggestions: the core's checks and re-encoding without metadata
(moucharaka.core.photos), with this module's size limit."""

from __future__ import annotations

from django.core.files.base import ContentFile

from moucharaka.core.photos import processing
from moucharaka.modules.suggestions.rules import MAX_PHOTO_BYTES


def check_photo(upload) -> None:
    processing.check_photo(upload, max_bytes=MAX_PHOTO_BYTES)


def prepare_photo(upload) -> ContentFile:
    return processing.prepare_photo(upload, max_bytes=MAX_PHOTO_BYTES)
