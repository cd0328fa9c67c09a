import pytest
from django.urls import reverse

from moucharaka.modules.petitions import services

from .conftest import make_deposited, make_draft, make_open, sign


def url(petition, commune=None):
    return reverse(
        "module-petitions:detail",
        kwargs={"commune_slug": (commune or petition.commune).slug, "pk": petition.pk},
    )


def test_it_shows_progress_and_timeline_without_personal_data(
    client, commune_a, cndp_a, mandatary, officer
):
    petition = make_open(commune_a, mandatary)
    sign(commune_a, petition, cnie="ZZ987654", full_name="Youssef Secret", address="Rue Cachée")
    sheet = services.petition_paper_sheet_add(
        commune=commune_a, petition=petition, actor=officer, label="1"
    )
    services.petition_paper_signature_add(
        commune=commune_a,
        petition=petition,
        sheet=sheet,
        actor=officer,
        full_name="Papier Caché",
        cnie="PZ1",
        address="Douar Caché",
        basis="residence",
        declares_electoral_eligibility=True,
    )
    html = client.get(url(petition)).content.decode()
    assert "2 signatures of 200 required" in html and "including 1 on paper" in html
    for secret in ("ZZ987654", "Youssef Secret", "Rue Cachée", "Papier Caché", "PZ1"):
        assert secret not in html
    assert "opened for signatures" in html


def test_it_hides_drafts_from_everyone_but_the_mandatary(client, commune_a, mandatary, citizen):
    draft = make_draft(commune_a, mandatary)
    from moucharaka.core.registry.services import module_enable

    module_enable(commune=commune_a, key="petitions")
    assert client.get(url(draft)).status_code == 404
    client.force_login(citizen)
    assert client.get(url(draft)).status_code == 404
    client.force_login(mandatary)
    response = client.get(url(draft))
    assert (
        response.status_code == 200 and "Only you can see this draft." in response.content.decode()
    )


def test_it_answers_404_for_another_communes_petition(
    client, commune_a, commune_b, cndp_a, cndp_b, mandatary
):
    petition = make_open(commune_a, mandatary)
    assert client.get(url(petition, commune=commune_b)).status_code == 404
    assert client.get(url(petition)).status_code == 200


def test_it_shows_decisions_and_the_overdue_flag(client, commune_a, cndp_a, mandatary, officer):
    petition = make_deposited(commune_a, mandatary, threshold=1)
    services.petition_bureau_decide(
        commune=commune_a, petition=petition, actor=officer, admissible=False, reasons="Motif X"
    )
    html = client.get(url(petition)).content.decode()
    assert "Motif X" in html and "not admissible" in html


def test_it_offers_withdrawal_to_a_signer(client, commune_a, cndp_a, mandatary, citizen):
    petition = make_open(commune_a, mandatary)
    sign(commune_a, petition, signer=citizen)
    client.force_login(citizen)
    assert "Withdraw my signature" in client.get(url(petition)).content.decode()


@pytest.mark.parametrize("signatures", [1, 12])
def test_it_runs_a_fixed_number_of_queries(
    client, commune_a, cndp_a, mandatary, django_assert_max_num_queries, signatures
):
    petition = make_open(commune_a, mandatary)
    for _ in range(signatures):
        sign(commune_a, petition)
    client.force_login(mandatary)
    with django_assert_max_num_queries(14):
        assert client.get(url(petition)).status_code == 200
