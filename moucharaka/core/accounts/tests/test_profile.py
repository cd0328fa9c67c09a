from moucharaka.core.testing.factories import DistrictFactory


def test_it_requires_sign_in(client, db):
    response = client.get("/fr/profile/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_it_refuses_demographic_details_without_consent(client, citizen):
    client.force_login(citizen)
    response = client.post("/fr/profile/", {"gender": "female", "birth_year": 1990})
    assert response.status_code == 200
    citizen.refresh_from_db()
    assert citizen.gender == "" and citizen.birth_year is None


def test_it_saves_details_with_consent_and_dates_it(client, citizen, commune_a):
    district = DistrictFactory(commune=commune_a)
    client.force_login(citizen)
    response = client.post(
        "/ar/profile/",
        {
            "gender": "female",
            "birth_year": 1990,
            "district": district.pk,
            "disability": "false",
            "stats_consent": "on",
        },
    )
    assert response.status_code == 302
    citizen.refresh_from_db()
    assert citizen.gender == "female" and citizen.district == district
    assert citizen.stats_consent_at is not None
    assert citizen.age_band  # a band computed from the year of birth


def test_it_forgets_the_consent_date_when_consent_is_withdrawn(client, citizen):
    citizen.stats_consent = True
    citizen.save()
    client.force_login(citizen)
    assert client.post("/fr/profile/", {"display_name": "X"}).status_code == 302
    citizen.refresh_from_db()
    assert citizen.stats_consent is False and citizen.stats_consent_at is None


def test_it_rejects_an_implausible_birth_year(client, citizen):
    client.force_login(citizen)
    response = client.post("/fr/profile/", {"birth_year": 1800, "stats_consent": "on"})
    assert response.status_code == 200
    assert "birth_year" in response.context["form"].errors
