"""suggestion_submit: online by a signed-in citizen, offline by staff; the ledger row,
the public history and (for staff) the audit trail in the same transaction."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from PIL import Image

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.ledger.models import Channel, Participation
from moucharaka.core.testing.images import GPS_IFD, jpeg_with_gps, upload
from moucharaka.modules.suggestions.models import StatusChange, Suggestion, SuggestionPhoto
from moucharaka.modules.suggestions.services import suggestion_submit


def submit(commune, **kwargs):
    kwargs.setdefault("title", "إصلاح الإنارة العمومية")
    kwargs.setdefault("body", "المصابيح معطلة منذ شهر.")
    return suggestion_submit(commune=commune, **kwargs)


def test_it_publishes_an_online_suggestion_and_records_it(commune_a, citizen, category_a):
    suggestion = submit(commune_a, author=citizen, category=category_a, language="ar")

    assert suggestion.status == Suggestion.Status.RECEIVED
    assert suggestion.channel == Channel.ONLINE and suggestion.language == "ar"
    assert suggestion.title_normalized == " اصلاح اناره عموميه "
    assert "الاناره العموميه" in suggestion.search_text
    row = Participation.objects.for_commune(commune_a).get()
    assert (row.kind, row.module, row.person, row.channel) == (
        "suggestion_submitted",
        "suggestions",
        citizen,
        Channel.ONLINE,
    )
    assert row.object_type == "suggestions.suggestion" and row.object_id == str(suggestion.pk)
    history = StatusChange.objects.for_commune(commune_a).get()
    assert (history.from_status, history.to_status) == ("", "received")
    assert not AuditEntry.objects.for_commune(commune_a).exists()  # a citizen, not staff


def test_it_records_offline_suggestions_with_their_channel_and_date(commune_a, officer):
    received_at = timezone.now() - timedelta(days=3)
    suggestion = submit(
        commune_a,
        channel=Channel.PAPER,
        entered_by=officer,
        citizen_name="أحمد",
        received_at=received_at,
    )
    assert suggestion.author is None and suggestion.citizen_name == "أحمد"
    assert suggestion.created_at == received_at
    row = Participation.objects.for_commune(commune_a).get()
    assert row.channel == Channel.PAPER and row.person is None and row.occurred_at == received_at
    entry = AuditEntry.objects.for_commune(commune_a).get(target_type="suggestions.suggestion")
    assert (entry.action, entry.actor, entry.data) == (
        "suggestion.enter",
        officer,
        {"channel": "paper"},
    )


def test_it_refuses_anonymous_online_suggestions(commune_a):
    with pytest.raises(ValidationError):
        submit(commune_a, author=None)
    assert not Suggestion.objects.for_commune(commune_a).exists()


def test_it_refuses_a_date_in_the_future(commune_a, officer):
    with pytest.raises(ValidationError):
        submit(
            commune_a,
            channel=Channel.PHONE,
            entered_by=officer,
            received_at=timezone.now() + timedelta(days=1),
        )


def test_it_refuses_another_communes_category_or_district(
    commune_a, citizen, category_b, district_b
):
    with pytest.raises(ValueError):
        submit(commune_a, author=citizen, category=category_b)
    with pytest.raises(ValueError):
        submit(commune_a, author=citizen, district=district_b)
    assert not Participation.objects.for_commune(commune_a).exists()


def test_it_keeps_located_suggestions_in_morocco(commune_a, citizen):
    suggestion = submit(
        commune_a, author=citizen, latitude=Decimal("35.193200"), longitude=Decimal("-6.155700")
    )
    assert suggestion.is_located
    with pytest.raises(ValidationError):
        submit(commune_a, author=citizen, latitude=Decimal("48.85"), longitude=Decimal("2.35"))


def test_it_stores_photos_without_their_metadata(commune_a, citizen):
    suggestion = submit(commune_a, author=citizen, photos=[upload(jpeg_with_gps())])
    photo = SuggestionPhoto.objects.for_commune(commune_a).get(suggestion=suggestion)
    assert photo.image.name.startswith(f"suggestions/{commune_a.pk}/")
    assert "photo" not in photo.image.name  # the uploaded file's name is not kept
    assert (photo.width, photo.height) == (64, 48)
    with Image.open(photo.image.path) as image:
        assert image.getexif().get_ifd(GPS_IFD) == {}


def test_it_refuses_too_many_photos_or_a_non_image_before_writing(commune_a, citizen):
    with pytest.raises(ValidationError):
        submit(commune_a, author=citizen, photos=[upload(jpeg_with_gps()) for _ in range(6)])
    with pytest.raises(ValidationError):
        submit(commune_a, author=citizen, photos=[upload(b"not an image")])
    assert not Suggestion.objects.for_commune(commune_a).exists()
    assert not Participation.objects.for_commune(commune_a).exists()


def test_it_checks_lengths(commune_a, citizen):
    with pytest.raises(ValidationError):
        submit(commune_a, author=citizen, title="ا" * 151)
