"""Art. 19: the head of the commune's decision, then the route to the CDAI (art. 20)."""

import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.modules.inforequests import services
from moucharaka.modules.inforequests.services import InfoRequestError

from .conftest import days_ago, register


@pytest.fixture
def complaint(commune_a, cndp_a, officer):
    request = register(commune_a, officer, days_ago(35), email="walkin@example.ma")
    return services.complaint_file(commune=commune_a, request=request, text="Rien reçu.")


def test_the_president_decides_and_the_requester_learns_the_way_to_the_cdai(
    commune_a, complaint, president, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answered = services.complaint_answer(
            commune=commune_a,
            complaint=complaint,
            actor=president,
            upheld=True,
            text="Le service doit répondre sous 5 jours.",
        )
    assert answered.upheld is True and answered.answered_by == president
    assert answered.request.events.filter(kind="complaint_answered").exists()
    assert AuditEntry.objects.for_commune(commune_a).filter(action="inforequest.complaint_answer")
    mail = [m for m in mailoutbox if m.to == ["walkin@example.ma"]][-1]
    assert "CDAI" in mail.body and "art. 20" in mail.body


def test_the_officer_may_record_the_presidents_decision(commune_a, complaint, officer):
    services.complaint_answer(
        commune=commune_a, complaint=complaint, actor=officer, upheld=False, text="Rejetée."
    )
    with pytest.raises(InfoRequestError):
        services.complaint_answer(
            commune=commune_a, complaint=complaint, actor=officer, upheld=True, text="x"
        )


def test_a_decision_has_reasons(commune_a, complaint, president):
    with pytest.raises(InfoRequestError):
        services.complaint_answer(
            commune=commune_a, complaint=complaint, actor=president, upheld=False, text=""
        )


def test_others_do_not_decide(commune_a, complaint, owner, officer_b):
    for actor in (owner, officer_b):
        with pytest.raises(PermissionError):
            services.complaint_answer(
                commune=commune_a, complaint=complaint, actor=actor, upheld=True, text="x"
            )
    assert not Notification.objects.filter(event="inforequests.complaint_answered").exists()
