"""The staff edit form: assignment, status and the official answer, saved through the
services (audited, notified), with the rules' errors shown on the form."""

import pytest
from django.urls import reverse

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.modules.suggestions.models import StatusChange, Suggestion

from .factories import SuggestionFactory

pytestmark = pytest.mark.usefixtures("module_on")

Status = Suggestion.Status


@pytest.fixture
def suggestion(commune_a, citizen):
    return SuggestionFactory(commune=commune_a, author=citizen, title="إنارة", body="معطلة")


def post(client, suggestion, **data):
    fields = {
        "assigned_service": "",
        "category": suggestion.category_id or "",
        "district": suggestion.district_id or "",
        "status": suggestion.status,
        "answer_kind": "",
        "answer": "",
        "answer_reason": "",
        "note": "",
    }
    return client.post(reverse("suggestions:edit", args=[suggestion.pk]), {**fields, **data})


def test_it_shows_what_the_citizen_wrote_above_the_form(client, officer, suggestion):
    client.force_login(officer)
    response = client.get(reverse("suggestions:edit", args=[suggestion.pk]))
    content = response.content.decode()
    assert "إنارة" in content and "معطلة" in content
    assert f"/ar/commune-a/suggestions/{suggestion.pk}/" in content
    choices = [value for value, _label in response.context["form"].fields["status"].choices]
    assert choices == ["received", "under_study", "answered"]


def test_it_assigns_and_moves_to_under_study(client, officer, suggestion, service_a):
    client.force_login(officer)
    response = post(client, suggestion, assigned_service=service_a.pk, status="under_study")
    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.assigned_service == service_a and suggestion.status == Status.UNDER_STUDY
    actions = set(
        AuditEntry.objects.for_commune(suggestion.commune).values_list("action", flat=True)
    )
    assert {"suggestion.assign", "suggestion.transition"} <= actions


def test_it_publishes_the_answer_and_notifies(client, officer, suggestion):
    client.force_login(officer)
    response = post(
        client,
        suggestion,
        status="answered",
        answer_kind="planned",
        answer="مبرمج في ميزانية السنة المقبلة.",
        note="بعد زيارة ميدانية",
    )
    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == Status.ANSWERED and suggestion.answer_kind == "planned"
    assert suggestion.answered_by == officer
    assert (
        StatusChange.objects.for_commune(suggestion.commune)
        .filter(note="بعد زيارة ميدانية")
        .exists()
    )
    assert Notification.objects.filter(
        recipient=suggestion.author, event="suggestions.answered"
    ).exists()


@pytest.mark.parametrize(
    "data, field",
    [
        ({"status": "answered", "answer_kind": "accepted", "answer": ""}, "answer"),
        ({"status": "answered", "answer_kind": "", "answer": "نعم"}, "answer_kind"),
        ({"status": "answered", "answer_kind": "rejected", "answer": "لا"}, "answer_reason"),
    ],
)
def test_it_refuses_to_close_without_a_public_answer(client, officer, suggestion, data, field):
    client.force_login(officer)
    response = post(client, suggestion, **data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    suggestion.refresh_from_db()
    assert suggestion.status == Status.RECEIVED


def test_it_refuses_a_status_the_workflow_does_not_allow(client, officer, suggestion):
    client.force_login(officer)
    response = post(client, suggestion, status="implemented")
    assert response.status_code == 200 and "status" in response.context["form"].errors


def test_it_marks_implemented_after_an_accepted_answer(client, officer, suggestion):
    client.force_login(officer)
    post(client, suggestion, status="answered", answer_kind="accepted", answer="سننجز.")
    suggestion.refresh_from_db()
    response = post(
        client,
        suggestion,
        status="implemented",
        answer_kind="accepted",
        answer="سننجز.",
        note="أنجزت الأشغال",
    )
    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == Status.IMPLEMENTED


def test_it_refuses_another_communes_service(client, officer, suggestion, commune_b):
    from .factories import ServiceFactory

    client.force_login(officer)
    response = post(client, suggestion, assigned_service=ServiceFactory(commune=commune_b).pk)
    assert response.status_code == 200 and "assigned_service" in response.context["form"].errors
