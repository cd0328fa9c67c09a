"""A form field for several photos at once, each checked on upload (size, really an
image); the services re-encode them with `images.prepare_photo` before storing."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from moucharaka.core.photos.images import MAX_PHOTO_BYTES, check_photo

ACCEPT_IMAGES = "image/jpeg,image/png,image/webp"


def _help_text(max_count: int, max_bytes: int) -> str:
    return _(
        "Up to %(n)s photos, JPEG, PNG or WebP, %(mb)s MB each. We remove the "
        "information cameras hide in photos (such as where they were taken)."
    ) % {"n": max_count, "mb": max_bytes // (1024 * 1024)}


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    """Up to `max_count` images of at most `max_bytes` each; cleans to a list."""

    def __init__(self, *, max_count: int = 5, max_bytes: int = MAX_PHOTO_BYTES, **kwargs):
        self.max_count, self.max_bytes = max_count, max_bytes
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT_IMAGES}))
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Photos"))
        # Lazy: the field is built at import, the text is read in each request's language.
        kwargs.setdefault("help_text", lazy(_help_text, str)(max_count, max_bytes))
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        uploads = data if isinstance(data, (list, tuple)) else [data]
        files = [single(upload, initial) for upload in uploads if upload]
        if len(files) > self.max_count:
            raise ValidationError(_("At most %(n)s photos.") % {"n": self.max_count})
        errors = []
        for upload in files:
            try:
                check_photo(upload, max_bytes=self.max_bytes)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return files
