"""Bureau decision, scheduling and council decision screens."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import CouncilSession, Petition

from .conftest import make_deposited


@pytest.fixture
def deposited(commune_a, cndp_a, mandatary):
    return make_deposited(commune_a, mandatary)


def test_it_records_the_bureaus_decision(client, commune_a, deposited, officer):
    client.force_login(officer)
    url = reverse("petitions_admin:bureau", args=[deposited.pk])
    page = client.get(url).content.decode()
    assert "legal deadline (art. 125)" in page
    response = client.post(url, {"admissible": "0", "reasons": ""})
    assert response.status_code == 200 and "reasons" in response.context["form"].errors
    response = client.post(url, {"admissible": "0", "reasons": "Hors compétences"})
    assert response.status_code == 302
    deposited.refresh_from_db()
    assert deposited.status == Petition.Status.INADMISSIBLE
    assert AuditEntry.objects.for_commune(commune_a).filter(action="petition.bureau_decide")


def test_it_refuses_the_step_when_it_does_not_apply(client, commune_a, deposited, officer):
    services.petition_bureau_decide(
        commune=commune_a, petition=deposited, actor=officer, admissible=True
    )
    client.force_login(officer)
    response = client.get(reverse("petitions_admin:bureau", args=[deposited.pk]))
    assert response.status_code == 302
    response = client.post(
        reverse("petitions_admin:bureau", args=[deposited.pk]),
        {"admissible": "1"},
    )
    assert response.status_code == 200  # the service refuses; the form says why
    assert response.context["form"].non_field_errors()


def test_it_keeps_the_administrator_out_of_decisions(client, owner, deposited):
    client.force_login(owner)
    response = client.get(reverse("petitions_admin:bureau", args=[deposited.pk]))
    assert response.status_code == 302  # Wagtail's permission denied: back to the dashboard
    deposited.refresh_from_db()
    assert deposited.status == Petition.Status.DEPOSITED


def test_it_schedules_and_records_the_council_decision(client, commune_a, deposited, president):
    client.force_login(president)
    client.post(
        reverse("petitions_admin:bureau", args=[deposited.pk]),
        {"admissible": "1", "reasons": "", "committees": "Urbanisme"},
    )
    session = CouncilSession.unscoped.create(
        commune=commune_a, kind="extraordinary", starts_on=datetime.date(2031, 3, 3)
    )
    response = client.post(
        reverse("petitions_admin:schedule", args=[deposited.pk]),
        {"session": session.pk, "committees": "Urbanisme, Budget"},
    )
    assert response.status_code == 302
    council = reverse("petitions_admin:council", args=[deposited.pk])
    decision = {"accepted": "1", "deliberation": "Adoptée à l'unanimité."}
    response = client.post(council, decision)  # the committees have not examined it yet
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    committees = reverse("petitions_admin:committees", args=[deposited.pk])
    assert client.get(committees).context["form"].initial["committees"] == "Urbanisme, Budget"
    response = client.post(
        committees,
        {
            "committees": "Urbanisme, Budget",
            "examined_on": timezone.localdate().isoformat(),
            "report": "Avis favorable.",
        },
    )
    assert response.status_code == 302
    assert client.post(council, decision).status_code == 302
    deposited.refresh_from_db()
    assert deposited.status == Petition.Status.ACCEPTED
    assert deposited.session == session and deposited.committees == "Urbanisme, Budget"
    assert deposited.committees_report == "Avis favorable."


def test_it_offers_only_the_communes_sessions(client, commune_a, commune_b, deposited, officer):
    CouncilSession.unscoped.create(commune=commune_b, starts_on=datetime.date(2031, 2, 1))
    mine = CouncilSession.unscoped.create(commune=commune_a, starts_on=datetime.date(2031, 5, 1))
    client.force_login(officer)
    form = client.get(reverse("petitions_admin:bureau", args=[deposited.pk])).context["form"]
    assert list(form.fields["session"].queryset) == [mine]
