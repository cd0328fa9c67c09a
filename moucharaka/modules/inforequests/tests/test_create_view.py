"""The online request form: identity of the official form (CNIE through the core),
information sought, form of access, urgent track; acknowledgement at once."""

from django.urls import reverse

from moucharaka.modules.inforequests.models import InfoRequest


def url(commune):
    return reverse("module-inforequests:create", kwargs={"commune_slug": commune.slug})


def form_data(**overrides):
    data = {
        "full_name": "Salma Bennani",
        "cnie": "ab 123456",
        "address": "12 rue des Orangers",
        "email": "salma@example.ma",
        "phone": "",
        "subject": "Budget 2025",
        "information_sought": "Le budget adopté.",
        "access_form": "email",
    }
    data.update(overrides)
    return data


def test_it_asks_to_sign_in(client, commune_a, cndp_a):
    response = client.get(url(commune_a))
    assert response.status_code == 302 and "login" in response["Location"]


def test_it_submits_and_shows_the_acknowledgement(client, commune_a, cndp_a, requester):
    client.force_login(requester)
    response = client.post(url(commune_a), form_data(), follow=True)
    request = InfoRequest.objects.for_commune(commune_a).get()
    html = response.content.decode()
    assert response.redirect_chain[-1][0].endswith(
        f"/track/{request.tracking_code}/acknowledgement/"
    )
    assert request.reference in html and request.tracking_code in html
    assert "Acknowledgement of receipt of a request for information" in html
    assert request.requester == requester and request.cnie_clear() == "AB123456"
    assert "no-store" in response["Cache-Control"]


def test_an_urgent_request_needs_its_ground_and_reasons(client, commune_a, cndp_a, requester):
    client.force_login(requester)
    response = client.post(url(commune_a), form_data(urgent="on"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Say what the urgent request protects." in html and "Explain why it is urgent." in html
    assert not InfoRequest.objects.for_commune(commune_a).exists()


def test_it_refuses_a_malformed_cnie(client, commune_a, cndp_a, requester):
    client.force_login(requester)
    response = client.post(url(commune_a), form_data(cnie="123"))
    assert "national identity card (CNIE) number" in response.content.decode()


def test_the_form_is_closed_without_the_cndp_authorisation(
    client, commune_a, inforequests_on, requester
):
    client.force_login(requester)
    assert "cndp-notice" in client.get(url(commune_a)).content.decode()
    client.post(url(commune_a), form_data())
    assert not InfoRequest.objects.for_commune(commune_a).exists()


def test_it_limits_requests_per_account(client, commune_a, cndp_a, requester, settings):
    settings.INFOREQUESTS_SUBMIT_LIMIT_PER_ACCOUNT = 1
    client.force_login(requester)
    client.post(url(commune_a), form_data())
    response = client.post(url(commune_a), form_data())
    assert response.status_code == 429
    assert InfoRequest.objects.for_commune(commune_a).count() == 1
