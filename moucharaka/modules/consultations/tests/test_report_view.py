"""The PDF report (…/report.pdf): participation figures, each paragraph's contributions,
the main points and responses, the questionnaire's results — in Arabic, shaped, RTL."""

import pytest

from moucharaka.core.testing.pdf import first_page_ink, pdf_text
from moucharaka.modules.consultations import services

from .conftest import close, paragraph, publish_results
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


def test_the_arabic_report_carries_the_figures_and_responses(
    client, commune_a, officer, open_a, citizen
):
    services.contribution_post(
        commune=commune_a,
        consultation=open_a,
        author=citizen,
        body="أوافق",
        stance="agree",
        paragraph=paragraph(open_a, 1, 2),
    )
    close(open_a)
    publish_results(open_a, officer)
    response = client.get(url("report", commune_a, "ar", pk=open_a.pk))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    for expected in [
        open_a.title_ar,
        "ما سمعناه",  # "What we heard"
        "سمعنا الكثير.",
        "أضيفت فقرة.",
        "تقوم المشاركة المواطنة على الشفافية.",
    ]:
        assert expected in text, expected
    assert first_page_ink(response.content) > 0.005


def test_the_french_report(client, commune_a, officer, open_a):
    close(open_a)
    publish_results(open_a, officer)
    text = pdf_text(client.get(url("report", commune_a, "fr", pk=open_a.pk)).content)
    assert (
        "Projet de charte de participation citoyenne" in text
        and "Ce que nous avons entendu" in text
    )


def test_the_public_gets_it_with_the_results(client, commune_a, open_a, open_b):
    assert client.get(url("report", commune_a, pk=open_a.pk)).status_code == 404
    assert client.get(url("report", commune_a, pk=open_b.pk)).status_code == 404
