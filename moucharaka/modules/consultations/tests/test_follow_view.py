"""Following a consultation (POST …/follow/): signed-in people, on and off."""

import pytest

from moucharaka.modules.consultations.models import Follower

from .conftest import make_consultation
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


def test_a_signed_in_person_follows_and_stops(client, commune_a, open_a, citizen):
    client.force_login(citizen)
    path = url("follow", commune_a, pk=open_a.pk)
    assert client.post(path)["Location"].endswith("#follow")
    client.post(path)  # twice is once
    assert Follower.objects.for_commune(commune_a).filter(user=citizen).count() == 1
    html = client.get(url("detail", commune_a, "en", pk=open_a.pk)).content.decode()
    assert "Stop following" in html
    client.post(path, {"action": "unfollow"})
    assert not Follower.objects.for_commune(commune_a).exists()


def test_an_announced_consultation_can_be_followed(client, commune_a, officer, citizen):
    announced = make_consultation(commune_a, officer, phase="announced")
    client.force_login(citizen)
    client.post(url("follow", commune_a, pk=announced.pk))
    assert Follower.objects.for_commune(commune_a).filter(consultation=announced).exists()


def test_visitors_sign_in_first(client, commune_a, open_a):
    response = client.post(url("follow", commune_a, pk=open_a.pk))
    assert "/accounts/login/" in response["Location"]


def test_another_communes_consultation_answers_404(client, commune_a, open_b, citizen):
    client.force_login(citizen)
    assert client.post(url("follow", commune_a, pk=open_b.pk)).status_code == 404
    assert client.get(url("follow", commune_a, pk=open_b.pk)).status_code in (404, 405)
