"""The secret page of a registration without an account: status, queue position, and a
POST to cancel. A wrong token, or another commune, is not found."""

import pytest

from moucharaka.modules.meetings.models import Registration
from moucharaka.modules.meetings.services import (
    registration_create,
    registration_manage_path,
    registration_token,
)

from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


def register(commune, meeting, n):
    return registration_create(
        commune=commune, meeting=meeting, name=f"P{n}", email=f"p{n}@example.ma", notify=False
    )


def test_it_shows_the_place_in_the_queue_and_cancels_on_post(client, commune_a, meeting):
    people = [register(commune_a, meeting, n) for n in range(5)]
    path = registration_manage_path(people[4], "fr")
    response = client.get(path)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response.context["position"] == 2 and "n° 2 dans la file" in response.content.decode()
    response = client.post(path)
    assert response.status_code == 302
    assert Registration.objects.for_commune(commune_a).get(pk=people[4].pk).status == "cancelled"


def test_a_confirmed_registrant_cancels_and_the_waiting_list_moves(client, commune_a, meeting):
    people = [register(commune_a, meeting, n) for n in range(4)]
    client.post(registration_manage_path(people[0], "ar"))
    assert Registration.objects.for_commune(commune_a).get(pk=people[3].pk).status == "confirmed"


def test_a_wrong_token_or_commune_is_not_found(client, commune_a, commune_b, meeting):
    registration = register(commune_a, meeting, 0)
    assert (
        client.get(url("registration", commune_a, pk=registration.pk, token="x" * 32)).status_code
        == 404
    )
    token = registration_token(registration)
    assert (
        client.post(url("registration", commune_b, pk=registration.pk, token=token)).status_code
        == 404
    )
    assert Registration.objects.for_commune(commune_a).get().status == "confirmed"
