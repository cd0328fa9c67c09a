"""Cancelling one's registration when signed in (POST only)."""

import pytest

from moucharaka.modules.meetings.models import Registration
from moucharaka.modules.meetings.services import registration_create

from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


def test_a_registrant_cancels(client, commune_a, meeting, citizen):
    registration_create(commune=commune_a, meeting=meeting, user=citizen, notify=False)
    client.force_login(citizen)
    assert client.get(url("unregister", commune_a, pk=meeting.pk)).status_code == 405
    response = client.post(url("unregister", commune_a, pk=meeting.pk))
    assert response.status_code == 302
    assert Registration.objects.for_commune(commune_a).get().status == "cancelled"


def test_someone_not_registered_changes_nothing(client, commune_a, meeting, citizen, meeting_b):
    client.force_login(citizen)
    assert client.post(url("unregister", commune_a, pk=meeting.pk)).status_code == 302
    assert client.post(url("unregister", commune_a, pk=meeting_b.pk)).status_code == 404
