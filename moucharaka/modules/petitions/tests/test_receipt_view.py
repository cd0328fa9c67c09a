from django.urls import reverse

from .conftest import make_deposited, make_open


def url(petition, commune=None):
    return reverse(
        "module-petitions:receipt",
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
    client.force_login(citizen)
    assert client.get(url(petition)).status_code == 403
    client.force_login(outsider)
    assert client.get(url(petition)).status_code == 403


def test_it_answers_404_before_deposit_or_elsewhere(
    client, commune_a, commune_b, cndp_a, petitions_on, mandatary
):
    client.force_login(mandatary)
    assert client.get(url(make_open(commune_a, mandatary))).status_code == 404
    assert client.get(url(make_deposited(commune_a, mandatary), commune_b)).status_code == 404
