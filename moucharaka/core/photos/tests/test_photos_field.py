"""PhotosField: several photos in one input, each checked, at most `max_count`."""

import pytest
from django import forms
from django.utils import translation
from django.utils.datastructures import MultiValueDict

from moucharaka.core.photos.forms import PhotosField
from moucharaka.core.testing.images import jpeg_with_gps, upload


class TwoPhotosForm(forms.Form):
    photos = PhotosField(max_count=2)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def bound(*files):
    return TwoPhotosForm(data={}, files=MultiValueDict({"photos": list(files)}))


def test_it_cleans_to_the_list_of_uploads():
    form = bound(upload(jpeg_with_gps(), "a.jpg"), upload(jpeg_with_gps(), "b.jpg"))
    assert form.is_valid(), form.errors
    assert [f.name for f in form.cleaned_data["photos"]] == ["a.jpg", "b.jpg"]


def test_it_is_optional_and_says_the_limits():
    form = bound()
    assert form.is_valid() and form.cleaned_data["photos"] == []
    assert "Up to 2 photos" in str(form.fields["photos"].help_text)


def test_it_refuses_too_many_photos_and_what_is_not_a_photo():
    photos = [upload(jpeg_with_gps(), f"{n}.jpg") for n in range(3)]
    assert bound(*photos).errors["photos"] == ["At most 2 photos."]
    form = bound(upload(b"%PDF-1.4", "scan.jpg"))
    assert "not a photo" in form.errors["photos"][0]
