from django.urls import reverse

from .conftest import make_deposited, make_open


def test_it_renders_the_public_pages(client, commune_a, cndp_a, mandatary):
    petition = make_open(commune_a, mandatary)
    deposited = make_deposited(commune_a, mandatary)
    base = reverse("module-petitions:index", kwargs={"commune_slug": commune_a.slug})
    assert client.get(base).status_code == 200
    assert client.get(f"{base}{petition.pk}/").status_code == 200
    client.force_login(mandatary)
    assert client.get(f"{base}{deposited.pk}/receipt/").status_code == 200
    assert client.get(f"{base}{petition.pk}/sign/").status_code == 200
    assert client.get(f"{base}new/").status_code == 200
    assert client.get(f"{base}new/citizens/").status_code == 200
    assert client.get(f"{base}new/association/").status_code == 200


def test_it_renders_the_staff_pages(client, commune_a, cndp_a, mandatary, officer):
    from moucharaka.modules.petitions import services

    from .conftest import make_open

    collecting = make_open(commune_a, mandatary)
    sheet = services.petition_paper_sheet_add(
        commune=commune_a, petition=collecting, actor=officer, label="1"
    )
    assert sheet
    deposited = make_deposited(commune_a, mandatary)
    client.force_login(officer)
    for url in [
        reverse("petitions_admin:index"),
        reverse("petitions_admin:inspect", args=[collecting.pk]),
        reverse("petitions_admin:inspect", args=[deposited.pk]),
        reverse("petitions_admin:bureau", args=[deposited.pk]),
        reverse("petitions_admin:paper_sheet", args=[collecting.pk]),
        reverse("petitions_admin:paper_signature", args=[collecting.pk]),
        reverse("petitions_admin:paper_import", args=[collecting.pk]),
        reverse("petitions_admin:export", args=[collecting.pk]),
        reverse("petitions_admin:rules"),
        reverse("council_sessions:index"),
        reverse("wagtailadmin_home"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
