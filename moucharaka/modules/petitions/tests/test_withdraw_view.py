from django.urls import reverse

from moucharaka.modules.petitions.models import Petition

from .conftest import make_open


def test_it_lets_the_mandatary_withdraw(client, commune_a, cndp_a, mandatary, citizen):
    petition = make_open(commune_a, mandatary)
    url = reverse(
        "module-petitions:withdraw",
        kwargs={"commune_slug": commune_a.slug, "pk": petition.pk},
    )
    client.force_login(citizen)
    assert client.post(url).status_code == 404
    client.force_login(mandatary)
    assert client.post(url).status_code == 302
    petition.refresh_from_db()
    assert petition.status == Petition.Status.WITHDRAWN
