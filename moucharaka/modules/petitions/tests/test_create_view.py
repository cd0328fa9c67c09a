from django.urls import reverse

from moucharaka.modules.petitions.models import Petition

from .conftest import make_association, pdf_file


def url(commune, kind=None):
    if kind is None:
        return reverse("module-petitions:create", kwargs={"commune_slug": commune.slug})
    return reverse(
        "module-petitions:create_kind", kwargs={"commune_slug": commune.slug, "kind": kind}
    )


FORM = {
    "title": "Un terrain de sport",
    "requested_point": "Aménager un terrain de sport au quartier Maghreb Jadid.",
    "reasons": "Aucun équipement pour les jeunes.",
    "objectives": "Sport et santé.",
    "mandatary_name": "Amina Alaoui",
    "mandatary_address": "12 rue des Orangers",
    "mandatary_phone": "",
    "declares_within_powers": "on",
    "declares_constants_respected": "on",
}


def test_it_asks_visitors_to_sign_in(client, commune_a, petitions_on):
    response = client.get(url(commune_a, "citizens"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert "Sign in to write a petition" in client.get(url(commune_a)).content.decode()


def test_it_saves_a_citizens_draft(client, commune_a, petitions_on, mandatary):
    client.force_login(mandatary)
    response = client.post(url(commune_a, "citizens"), {**FORM, "attachment": pdf_file()})
    petition = Petition.objects.for_commune(commune_a).get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/petitions/{petition.pk}/")
    assert petition.status == "draft" and petition.mandatary == mandatary
    assert petition.attachments.count() == 1


def test_it_requires_the_declarations(client, commune_a, petitions_on, mandatary):
    client.force_login(mandatary)
    data = {k: v for k, v in FORM.items() if k != "declares_within_powers"}
    response = client.post(url(commune_a, "citizens"), data)
    assert response.status_code == 200
    assert "declares_within_powers" in response.context["form"].errors
    assert not Petition.objects.for_commune(commune_a).exists()


def test_it_offers_only_associations_the_user_acts_for(
    client, commune_a, petitions_on, mandatary, citizen
):
    association = make_association(commune_a, mandatary)
    client.force_login(citizen)
    response = client.get(url(commune_a, "association"))
    assert list(response.context["form"].fields["association"].queryset) == []
    response = client.post(url(commune_a, "association"), {**FORM, "association": association.pk})
    assert "association" in response.context["form"].errors


def test_it_saves_an_association_draft_and_explains_failures(
    client, commune_a, petitions_on, mandatary
):
    young = make_association(commune_a, mandatary, years=1)
    client.force_login(mandatary)
    data = {
        **FORM,
        "association": young.pk,
        "declares_related_activity": "on",
        "declares_good_standing": "on",
        "good_standing_document": pdf_file(),
    }
    response = client.post(url(commune_a, "association"), data)
    assert response.status_code == 200
    assert "more than 3 years" in response.content.decode()
    old = make_association(commune_a, mandatary, years=6)
    data.update(association=old.pk, good_standing_document=pdf_file())
    response = client.post(url(commune_a, "association"), data)
    assert response.status_code == 302
    assert Petition.objects.for_commune(commune_a).get().association == old


def test_it_answers_404_for_an_unknown_kind(client, commune_a, petitions_on, mandatary):
    client.force_login(mandatary)
    assert client.get(url(commune_a, "robots")).status_code == 404
