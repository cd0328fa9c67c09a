"""The public pages in Arabic (RTL) and French: translated, Moroccan dates."""

import pytest

from .conftest import make_consultation
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")

ENGLISH = ["Digital consultations", "The draft text", "Open until", "People who took part"]


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("ar", ["التشاور الرقمي", "مشروع النص", "مفتوح إلى غاية", 'dir="rtl"']),
        ("fr", ["Consultations numériques", "Le projet de texte", "Ouverte jusqu", 'dir="ltr"']),
    ],
)
def test_it_translates_the_list_and_the_consultation(client, commune_a, open_a, lang, expected):
    html = client.get(url("index", commune_a, lang)).content.decode()
    html += client.get(url("detail", commune_a, lang, pk=open_a.pk)).content.decode()
    for text in expected:
        assert text in html, text
    for text in ENGLISH:
        assert text not in html, text


def test_dates_use_moroccan_month_names(client, commune_a, officer):
    from datetime import datetime

    from django.utils import timezone

    from moucharaka.modules.consultations.models import Consultation

    consultation = make_consultation(commune_a, officer, phase="closed")
    Consultation.objects.for_commune(commune_a).filter(pk=consultation.pk).update(
        opens_at=timezone.make_aware(datetime(2024, 4, 3)),
        closes_at=timezone.make_aware(datetime(2024, 4, 15, 23, 59)),
    )
    html = client.get(url("index", commune_a, "ar")).content.decode()
    assert "3 أبريل 2024" in html and "15 أبريل 2024" in html
    html = client.get(url("detail", commune_a, "ar", pk=consultation.pk)).content.decode()
    assert "23:59" in html
