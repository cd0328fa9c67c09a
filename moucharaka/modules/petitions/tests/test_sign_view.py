import pytest
from django.urls import reverse

from moucharaka.modules.petitions.models import Signature

from .conftest import make_draft, make_open, sign


def url(petition, name="sign"):
    return reverse(
        f"module-petitions:{name}",
        kwargs={"commune_slug": petition.commune.slug, "pk": petition.pk},
    )


FORM = {
    "full_name": "Hicham Idrissi",
    "cnie": "lb 123456",
    "address": "Hay Jadid",
    "basis": "residence",
    "declares_electoral_eligibility": "on",
    "declares_truth": "on",
}


@pytest.fixture
def petition(commune_a, cndp_a, mandatary):
    return make_open(commune_a, mandatary)


def test_it_records_the_signature(client, commune_a, petition, citizen):
    client.force_login(citizen)
    response = client.post(url(petition), FORM)
    assert response.status_code == 302
    signature = Signature.objects.for_commune(commune_a).get()
    assert signature.signer == citizen and signature.cnie_clear() == "LB123456"


def test_it_asks_visitors_to_sign_in(client, petition):
    response = client.get(url(petition))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_it_validates_the_cnie_format(client, petition, citizen):
    client.force_login(citizen)
    response = client.post(url(petition), {**FORM, "cnie": "12345"})
    assert response.status_code == 200 and "cnie" in response.context["form"].errors


def test_it_says_when_the_cnie_already_signed(client, commune_a, petition, citizen):
    sign(commune_a, petition, cnie="LB123456")
    client.force_login(citizen)
    response = client.post(url(petition), FORM)
    assert response.status_code == 200
    assert "already signed" in response.content.decode()


def test_it_refuses_without_the_cndp_authorisation(client, commune_a, petition, cndp_a, citizen):
    cndp_a.delete()
    client.force_login(citizen)
    response = client.get(url(petition))
    assert "CNDP" in response.content.decode() and '<form method="post" novalidate' not in (
        response.content.decode()
    )
    response = client.post(url(petition), FORM)
    assert response.status_code == 200
    assert not Signature.objects.for_commune(commune_a).exists()


def test_it_rate_limits_per_account(settings, client, commune_a, cndp_a, mandatary, citizen):
    settings.PETITIONS_SIGN_LIMIT_PER_ACCOUNT = 2
    client.force_login(citizen)
    petitions = [make_open(commune_a, mandatary, title=f"P{i}") for i in range(3)]
    for index, petition in enumerate(petitions[:2]):
        response = client.post(url(petition), {**FORM, "cnie": f"RL{index}"})
        assert response.status_code == 302
    response = client.post(url(petitions[2]), {**FORM, "cnie": "RL9"})
    assert response.status_code == 429
    assert Signature.objects.for_commune(commune_a).count() == 2


def test_it_rate_limits_per_address(settings, client, commune_a, cndp_a, mandatary):
    from moucharaka.core.testing.factories import UserFactory

    settings.PETITIONS_SIGN_LIMIT_PER_IP = 1
    petition = make_open(commune_a, mandatary)
    client.force_login(UserFactory())
    assert client.post(url(petition), {**FORM, "cnie": "IP1"}).status_code == 302
    client.force_login(UserFactory())
    assert client.post(url(petition), {**FORM, "cnie": "IP2"}).status_code == 429


def test_it_sends_signers_back_when_the_petition_is_not_open(client, commune_a, cndp_a, mandatary):
    draft = make_draft(commune_a, mandatary)
    client.force_login(mandatary)
    assert client.get(url(draft)).status_code == 302


def test_it_lets_a_signer_withdraw(client, commune_a, petition, citizen):
    sign(commune_a, petition, signer=citizen)
    client.force_login(citizen)
    assert client.post(url(petition, "unsign")).status_code == 302
    assert not Signature.objects.for_commune(commune_a).exists()


def test_it_answers_404_for_another_communes_petition(client, commune_b, cndp_b, petition, citizen):
    client.force_login(citizen)
    other_url = reverse(
        "module-petitions:sign", kwargs={"commune_slug": commune_b.slug, "pk": petition.pk}
    )
    assert client.get(other_url).status_code == 404
