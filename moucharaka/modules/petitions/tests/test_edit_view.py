from django.urls import reverse

from .conftest import make_draft, make_open


def url(petition):
    return reverse(
        "module-petitions:edit",
        kwargs={"commune_slug": petition.commune.slug, "pk": petition.pk},
    )


def test_it_lets_the_mandatary_edit_the_draft(client, commune_a, petitions_on, mandatary):
    petition = make_draft(commune_a, mandatary)
    client.force_login(mandatary)
    form = client.get(url(petition)).context["form"]
    data = {name: value for name, value in form.initial.items() if value not in (None, False)}
    data.update(
        title="Titre corrigé", declares_within_powers="on", declares_constants_respected="on"
    )
    response = client.post(url(petition), data)
    assert response.status_code == 302
    petition.refresh_from_db()
    assert petition.title == "Titre corrigé"


def test_it_answers_404_to_others_and_after_opening(client, commune_a, cndp_a, mandatary, citizen):
    draft = make_draft(commune_a, mandatary)
    client.force_login(citizen)
    assert client.get(url(draft)).status_code == 404
    client.force_login(mandatary)
    assert client.get(url(make_open(commune_a, mandatary))).status_code == 404
