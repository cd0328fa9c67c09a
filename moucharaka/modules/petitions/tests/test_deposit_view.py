from django.urls import reverse

from moucharaka.modules.petitions.models import Petition

from .conftest import fill, make_open


def url(petition, name="deposit"):
    return reverse(
        f"module-petitions:{name}",
        kwargs={"commune_slug": petition.commune.slug, "pk": petition.pk},
    )


def test_it_deposits_and_shows_the_receipt(client, commune_a, cndp_a, mandatary):
    petition = make_open(commune_a, mandatary)
    Petition.objects.for_commune(commune_a).filter(pk=petition.pk).update(threshold=2)
    fill(commune_a, petition, 2)
    client.force_login(mandatary)
    assert client.get(url(petition)).status_code == 200
    response = client.post(url(petition), follow=True)
    petition.refresh_from_db()
    assert response.redirect_chain[-1][0] == url(petition, "receipt")
    html = response.content.decode()
    assert petition.receipt_number in html and "Receipt of deposit of a petition" in html


def test_it_explains_a_missing_threshold(client, commune_a, cndp_a, mandatary):
    petition = make_open(commune_a, mandatary)
    client.force_login(mandatary)
    response = client.post(url(petition), follow=True)
    assert "needs 200 signatures" in response.content.decode()
    petition.refresh_from_db()
    assert petition.status == Petition.Status.COLLECTING


def test_it_answers_404_to_others(client, commune_a, cndp_a, mandatary, citizen):
    petition = make_open(commune_a, mandatary)
    client.force_login(citizen)
    assert client.post(url(petition)).status_code == 404
