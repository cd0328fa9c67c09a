"""The public pages in Arabic (RTL) and French: translated, with Moroccan month names."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from .conftest import register, submit

ENGLISH = ["The right of access to information", "working days", "Follow a request"]


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("ar", ["الحق في الحصول على المعلومات", "20 يوم عمل", 'dir="rtl"']),
        ("fr", ["Le droit d'accès à l'information", "20 jours ouvrables", 'dir="ltr"']),
    ],
)
def test_it_translates_the_home_page(client, commune_a, cndp_a, lang, expected):
    with translation.override(lang):
        url = reverse("module-inforequests:index", kwargs={"commune_slug": commune_a.slug})
    html = client.get(url).content.decode().replace("&#x27;", "'")
    for text in expected:
        assert text in html
    for text in ENGLISH:
        assert text not in html


def test_it_writes_the_deadline_the_moroccan_way(client, commune_a, cndp_a, officer):
    request = register(commune_a, officer, datetime.date(2025, 7, 23))  # due 26 August
    with translation.override("ar"):
        url = reverse(
            "module-inforequests:acknowledgement",
            kwargs={"commune_slug": commune_a.slug, "code": request.tracking_code},
        )
    html = client.get(url).content.decode()
    assert "26 غشت 2025" in html and "23 يوليوز 2025" in html
    assert "إشعار بالتوصل بطلب الحصول على المعلومات" in html


def test_the_tracking_page_in_french(client, commune_a, cndp_a, requester):
    request = submit(commune_a, requester)
    with translation.override("fr"):
        url = reverse(
            "module-inforequests:track",
            kwargs={"commune_slug": commune_a.slug, "code": request.tracking_code},
        )
    html = client.get(url).content.decode()
    assert "jours ouvrables restants" in html and "Si vous n'êtes pas satisfait" in html
