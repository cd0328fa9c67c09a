"""The procedure's steps in the back office: desk entry, extension, response with
documents, publication, complaints and private documents (audited)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.modules.inforequests.models import (
    AnswerDocument,
    InfoRequest,
    PublishedInformation,
)

from .conftest import answer, days_ago, pdf_file, register, submit


def desk_data(**overrides):
    data = {
        "channel": "post",
        "received_on": days_ago(2).isoformat(),
        "full_name": "Ahmed Tazi",
        "cnie": "K12345",
        "address": "Douar Ouled Ali",
        "email": "",
        "phone": "0600000000",
        "subject": "Autorisations de construire 2025",
        "information_sought": "La liste des autorisations délivrées.",
        "access_form": "paper",
    }
    data.update(overrides)
    return data


def test_the_officer_registers_a_postal_request(client, commune_a, cndp_a, officer):
    client.force_login(officer)
    page = client.get(reverse("inforequests_admin:add"))
    assert page.status_code == 200 and "Date of receipt" in page.content.decode()
    response = client.post(
        reverse("inforequests_admin:add") + f"?commune={commune_a.pk}", desk_data()
    )
    request = InfoRequest.objects.for_commune(commune_a).get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{request.pk}/")
    assert (request.channel, request.received_on, request.entered_by) == (
        "post",
        days_ago(2),
        officer,
    )


def test_registering_is_blocked_without_the_cndp_authorisation(
    client, commune_a, inforequests_on, officer
):
    client.force_login(officer)
    html = client.get(reverse("inforequests_admin:add")).content.decode()
    assert "CNDP authorisation to collect CNIE numbers is not recorded" in html
    client.post(reverse("inforequests_admin:add") + f"?commune={commune_a.pk}", desk_data())
    assert not InfoRequest.objects.for_commune(commune_a).exists()


def test_an_officer_of_two_communes_chooses_one(client, commune_a, commune_b, cndp_a, officer):
    commune_role_grant(commune=commune_b, user=officer, role="information_officer")
    client.force_login(officer)
    html = client.get(reverse("inforequests_admin:add")).content.decode()
    assert "Which commune received the request?" in html
    client.post(reverse("inforequests_admin:add") + f"?commune={commune_b.pk}", desk_data())
    assert InfoRequest.objects.for_commune(commune_b).count() == 0  # no CNDP in B
    CndpAuthorisation.unscoped.create(
        commune=commune_b, reference="B", granted_on=days_ago(100), scope="x"
    )
    client.post(reverse("inforequests_admin:add") + f"?commune={commune_b.pk}", desk_data())
    assert InfoRequest.objects.for_commune(commune_b).count() == 1


def test_a_president_does_not_register_requests(client, cndp_a, president):
    client.force_login(president)
    assert client.get(reverse("inforequests_admin:add")).status_code == 302


def test_the_officer_extends_with_reasons(client, commune_a, cndp_a, officer, requester):
    request = submit(commune_a, requester)
    client.force_login(officer)
    url = reverse("inforequests_admin:extend", args=[request.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "volume", "details": "Beaucoup de pièces."})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.is_extended


def test_a_late_extension_is_refused_with_the_reason(client, commune_a, cndp_a, officer):
    request = register(commune_a, officer, days_ago(60))
    client.force_login(officer)
    response = client.post(
        reverse("inforequests_admin:extend", args=[request.pk]),
        {"reason": "volume", "details": "x"},
    )
    assert "The first deadline has passed" in response.content.decode()


def test_the_officer_answers_with_documents(client, commune_a, cndp_a, officer, requester):
    request = submit(commune_a, requester)
    client.force_login(officer)
    url = reverse("inforequests_admin:respond", args=[request.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "outcome": "answered",
            "text": "Voici la liste.",
            "documents": [pdf_file("liste.pdf"), pdf_file("annexe.pdf")],
        },
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "answered"
    assert AnswerDocument.objects.for_commune(commune_a).filter(request=request).count() == 2


def test_a_refusal_needs_its_grounds_in_the_form(client, commune_a, cndp_a, officer, requester):
    request = submit(commune_a, requester)
    client.force_login(officer)
    response = client.post(
        reverse("inforequests_admin:respond", args=[request.pk]),
        {"outcome": "refused", "grounds": ["published"], "details": ""},
    )
    html = response.content.decode()
    assert "Explain the refusal." in html and "Choose the published information." in html
    request.refresh_from_db()
    assert request.is_pending


def test_the_officer_publishes_an_answer(client, commune_a, cndp_a, officer, requester):
    request = answer(
        commune_a, submit(commune_a, requester), officer, documents=[("Liste", pdf_file())]
    )
    doc = AnswerDocument.objects.for_commune(commune_a).get()
    client.force_login(officer)
    url = reverse("inforequests_admin:publish", args=[request.pk])
    assert "Budget 2025 de la commune" in client.get(url).content.decode()  # prefilled
    response = client.post(
        url, {"title": "Budget 2025", "summary": "Le budget.", "documents": [doc.pk]}
    )
    assert response.status_code == 302
    entry = PublishedInformation.objects.for_commune(commune_a).get()
    assert entry.documents.count() == 1


def test_complaints_on_paper_and_the_presidents_decision(
    client, commune_a, cndp_a, officer, president
):
    request = register(commune_a, officer, days_ago(35))
    client.force_login(president)
    response = client.post(
        reverse("inforequests_admin:complaint", args=[request.pk]),
        {"text": "Plainte écrite.", "channel": "desk", "filed_on": timezone.localdate()},
    )
    assert response.status_code == 302
    response = client.post(
        reverse("inforequests_admin:complaint_answer", args=[request.pk]),
        {"upheld": "1", "text": "Fondée."},
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.complaint.upheld is True


def test_private_documents_are_served_to_staff_only_and_audited(
    client, commune_a, cndp_a, officer, officer_b, requester, citizen
):
    answer(commune_a, submit(commune_a, requester), officer, documents=[("Liste", pdf_file())])
    doc = AnswerDocument.objects.for_commune(commune_a).get()
    url = reverse("inforequests_admin:document", args=[doc.pk])
    client.force_login(officer)
    response = client.get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert AuditEntry.objects.for_commune(commune_a).filter(action="inforequest.document_download")
    client.force_login(officer_b)
    assert client.get(url).status_code == 404
    client.force_login(citizen)
    assert client.get(url).status_code in (302, 404)


def test_the_register_screen_refuses_personal_data(client, commune_a, cndp_a, officer):
    client.force_login(officer)
    url = reverse("inforequests_register:add")
    data = {
        "commune": commune_a.pk,
        "title": "Horaires du bureau d'ordre",
        "summary": "Contact : 0612345678",
        "published_at": "2026-01-05 10:00",
    }
    response = client.post(url, data)
    assert "Remove the personal data" in response.content.decode()
    response = client.post(url, {**data, "summary": "Du lundi au vendredi, 8h30–16h30."})
    assert response.status_code == 302
    assert PublishedInformation.objects.for_commune(commune_a).get().published_by == officer


@pytest.mark.parametrize("view", ["edit", "delete", "inspect"])
def test_the_register_screen_answers_404_elsewhere(client, commune_a, officer_b, view):
    entry = PublishedInformation.unscoped.create(commune=commune_a, title="x", summary="y")
    client.force_login(officer_b)
    assert client.get(reverse(f"inforequests_register:{view}", args=[entry.pk])).status_code == 404
