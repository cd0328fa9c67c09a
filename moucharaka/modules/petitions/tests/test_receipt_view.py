import pytest
from django.urls import reverse
from django.utils import timezone, translation

from moucharaka.core.testing.pdf import first_page_ink, pdf_text

from .conftest import make_deposited, make_open


def url(petition, commune=None, name="receipt"):
    return reverse(
        f"module-petitions:{name}",
        kwargs={"commune_slug": (commune or petition.commune).slug, "pk": petition.pk},
    )


def test_it_shows_the_receipt_to_the_mandatary_and_staff(
    client, commune_a, cndp_a, mandatary, officer, president
):
    petition = make_deposited(commune_a, mandatary)
    for user in (mandatary, officer, president):
        client.force_login(user)
        response = client.get(url(petition))
        assert response.status_code == 200
        assert petition.receipt_number in response.content.decode()


def test_it_refuses_other_people(client, commune_a, cndp_a, mandatary, citizen, outsider):
    petition = make_deposited(commune_a, mandatary)
    for user in (citizen, outsider):
        client.force_login(user)
        assert client.get(url(petition)).status_code == 403
        assert client.get(url(petition, name="receipt_pdf")).status_code == 403


def test_it_answers_404_before_deposit_or_elsewhere(
    client, commune_a, commune_b, cndp_a, petitions_on, mandatary
):
    client.force_login(mandatary)
    for name in ("receipt", "receipt_pdf"):
        assert client.get(url(make_open(commune_a, mandatary), name=name)).status_code == 404
        deposited = make_deposited(commune_a, mandatary)
        assert client.get(url(deposited, commune_b, name=name)).status_code == 404


def test_the_receipt_page_links_to_its_pdf(client, commune_a, cndp_a, mandatary):
    petition = make_deposited(commune_a, mandatary)
    client.force_login(mandatary)
    assert url(petition, name="receipt_pdf") in client.get(url(petition)).content.decode()


@pytest.mark.parametrize(
    "language, title", [("ar", "وصل إيداع عريضة"), ("fr", "Récépissé de dépôt d'une pétition")]
)
def test_it_downloads_the_numbered_dated_receipt_as_a_pdf(
    client, commune_a, cndp_a, mandatary, language, title
):
    petition = make_deposited(commune_a, mandatary)
    client.force_login(mandatary)
    with translation.override(language):
        response = client.get(url(petition, name="receipt_pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = pdf_text(content)
    assert title in text
    assert petition.receipt_number in text and petition.title in text
    assert str(timezone.localdate(petition.deposited_at).year) in text
    assert first_page_ink(content) > 0.001
