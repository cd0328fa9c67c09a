"""The public pages in Arabic (RTL) and French: translated, Moroccan dates."""

import pytest
from django.urls import reverse
from django.utils import translation

from .conftest import make_deposited, make_open

ENGLISH = ["Petitions to the commune council", "Public register", "signatures of", "Timeline"]


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("ar", ["العرائض المقدمة إلى المجلس الجماعي", "السجل العمومي", 'dir="rtl"']),
        ("fr", ["Pétitions au conseil communal", "Registre public", 'dir="ltr"']),
    ],
)
def test_it_translates_the_register_and_detail(
    client, commune_a, cndp_a, mandatary, lang, expected
):
    petition = make_open(commune_a, mandatary)
    with translation.override(lang):
        index = reverse("module-petitions:index", kwargs={"commune_slug": commune_a.slug})
        detail = reverse(
            "module-petitions:detail", kwargs={"commune_slug": commune_a.slug, "pk": petition.pk}
        )
    html = client.get(index).content.decode()
    for text in expected:
        assert text in html
    for text in ENGLISH:
        assert text not in html
    html = client.get(detail).content.decode()
    assert "Timeline" not in html and "signatures of" not in html


def test_it_writes_the_receipt_date_the_moroccan_way(client, commune_a, cndp_a, mandatary):
    from django.utils import timezone

    petition = make_deposited(commune_a, mandatary)
    client.force_login(mandatary)
    with translation.override("ar"):
        url = reverse(
            "module-petitions:receipt", kwargs={"commune_slug": commune_a.slug, "pk": petition.pk}
        )
        month = timezone.localdate().strftime("%m")
    html = client.get(url).content.decode()
    moroccan = "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر".split()
    assert moroccan[int(month) - 1] in html
    assert "وصل إيداع عريضة" in html
