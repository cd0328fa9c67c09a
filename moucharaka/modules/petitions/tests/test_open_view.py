from django.urls import reverse

from moucharaka.modules.petitions.models import Petition

from .conftest import make_draft


def url(petition):
    return reverse(
        "module-petitions:open", kwargs={"commune_slug": petition.commune.slug, "pk": petition.pk}
    )


def test_it_opens_the_petition(client, commune_a, cndp_a, mandatary):
    petition = make_draft(commune_a, mandatary)
    client.force_login(mandatary)
    assert client.post(url(petition)).status_code == 302
    petition.refresh_from_db()
    assert petition.status == Petition.Status.COLLECTING


def test_it_explains_the_cndp_block(client, commune_a, petitions_on, mandatary):
    petition = make_draft(commune_a, mandatary)
    client.force_login(mandatary)
    response = client.post(url(petition), follow=True)
    assert "CNDP" in response.content.decode()
    petition.refresh_from_db()
    assert petition.status == Petition.Status.DRAFT


def test_it_refuses_get_and_strangers(client, commune_a, cndp_a, mandatary, citizen):
    petition = make_draft(commune_a, mandatary)
    client.force_login(mandatary)
    assert client.get(url(petition)).status_code == 405
    client.force_login(citizen)
    assert client.post(url(petition)).status_code == 404
