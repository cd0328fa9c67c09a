"""Registering on the public page: with or without an account, errors on the form, the
waiting list, once per person, CSRF and rate limits, another commune's meeting 404."""

import pytest
from django.core import mail
from django.test import Client

from moucharaka.core.ledger.models import Participation
from moucharaka.modules.meetings.models import Registration
from moucharaka.modules.meetings.services import registration_create

from .factories import MeetingFactory
from .helpers import url

pytestmark = pytest.mark.usefixtures("module_on")


def post(client, commune, meeting, lang="ar", **data):
    return client.post(url("register", commune, lang, pk=meeting.pk), data)


def test_someone_without_an_account_registers_and_lands_on_their_page(
    client, commune_a, meeting, district_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client,
            commune_a,
            meeting,
            "fr",
            name="Amina",
            email="amina@example.ma",
            phone="",
            needs="Langue des signes",
            stats_consent="on",
            gender="female",
            age_band="18_29",
            district=district_a.pk,
            disability="no",
        )
    registration = Registration.objects.for_commune(commune_a).get()
    assert response.status_code == 302
    assert response["Location"].startswith(
        f"/fr/commune-a/meetings/registrations/{registration.pk}/"
    )
    assert (registration.name, registration.needs, registration.language) == (
        "Amina",
        "Langue des signes",
        "fr",
    )
    assert (registration.gender, registration.district, registration.disability) == (
        "female",
        district_a,
        False,
    )
    [message] = mail.outbox
    assert message.to == ["amina@example.ma"] and message.attachments
    page = client.get(response["Location"])
    assert page.status_code == 200 and "Vous êtes inscrit(e)" in page.content.decode()


def test_details_without_consent_are_not_kept(client, commune_a, meeting):
    post(client, commune_a, meeting, name="Karim", phone="0612345678", gender="male")
    registration = Registration.objects.for_commune(commune_a).get()
    assert registration.gender == ""
    assert Participation.objects.for_commune(commune_a).get().gender == ""


def test_a_signed_in_citizen_registers_in_one_click(client, commune_a, meeting, citizen):
    client.force_login(citizen)
    response = post(client, commune_a, meeting)
    assert response.status_code == 302 and response["Location"].endswith("#register")
    assert Registration.objects.for_commune(commune_a).get().user == citizen
    again = client.get(url("detail", commune_a, pk=meeting.pk))
    assert "أنتم مسجلون." in again.content.decode()


def test_errors_are_shown_on_the_form(client, commune_a, meeting):
    response = post(client, commune_a, meeting, name="", email="", phone="123")
    assert response.status_code == 400
    form = response.context["form"]
    assert set(form.errors) == {"name", "phone"}
    assert "error-summary" in response.content.decode()
    assert not Registration.objects.for_commune(commune_a).exists()


def test_a_full_meeting_takes_people_on_its_waiting_list(client, commune_a, meeting):
    for n in range(3):
        registration_create(
            commune=commune_a, meeting=meeting, name=f"P{n}", email=f"p{n}@example.ma", notify=False
        )
    page = client.get(url("detail", commune_a, pk=meeting.pk))
    assert page.context["registration_state"] == "waiting_list"
    post(client, commune_a, meeting, name="Nadia", email="nadia@example.ma")
    assert Registration.objects.for_commune(commune_a).get(name="Nadia").status == "waiting"


def test_the_same_address_twice_never_reveals_the_first_registration(client, commune_a, meeting):
    first = post(client, commune_a, meeting, name="Amina", email="amina@example.ma")
    second = post(client, commune_a, meeting, name="Intruder", email="AMINA@example.ma")
    assert second.status_code == 302 and second["Location"].endswith("#register")
    assert first["Location"] != second["Location"]
    assert Registration.objects.for_commune(commune_a).count() == 1


def test_registration_needs_the_csrf_token(commune_a, meeting):
    strict = Client(enforce_csrf_checks=True)
    response = post(strict, commune_a, meeting, name="Amina", email="amina@example.ma")
    assert response.status_code == 403
    assert not Registration.objects.for_commune(commune_a).exists()


def test_floods_are_refused(client, commune_a, settings):
    meeting = MeetingFactory(commune=commune_a, capacity=None)
    statuses = [
        post(client, commune_a, meeting, name=f"P{n}", email=f"p{n}@example.ma").status_code
        for n in range(11)
    ]
    assert statuses == [302] * 10 + [429]
    assert Registration.objects.for_commune(commune_a).count() == 10


def test_one_address_cannot_be_flooded_with_confirmations(client, commune_a):
    meetings = MeetingFactory.create_batch(4, commune=commune_a)
    statuses = [
        post(client, commune_a, m, name="Amina", email="amina@example.ma").status_code
        for m in meetings
    ]
    assert statuses == [302, 302, 302, 429]


def test_closed_meetings_and_other_communes_refuse(client, commune_a, past_meeting, meeting_b):
    response = post(client, commune_a, past_meeting, name="A", email="a@example.ma")
    assert response.status_code == 400
    assert post(client, commune_a, meeting_b, name="A", email="a@example.ma").status_code == 404
    assert client.get(url("register", commune_a, pk=past_meeting.pk)).status_code == 302
