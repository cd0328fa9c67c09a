import datetime

import pytest
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.modules.petitions import rules, services
from moucharaka.modules.petitions.models import CouncilSession, Petition
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_deposited


@pytest.fixture
def deposited(commune_a, cndp_a, mandatary):
    return make_deposited(commune_a, mandatary)


def test_it_records_inadmissibility_with_reasons(commune_a, deposited, officer, mandatary):
    petition = services.petition_bureau_decide(
        commune=commune_a,
        petition=deposited,
        actor=officer,
        admissible=False,
        reasons="Hors des compétences de la commune.",
    )
    assert petition.status == Petition.Status.INADMISSIBLE
    assert petition.closed_at and petition.bureau_decided_at
    assert AuditEntry.objects.for_commune(commune_a).get(action="petition.bureau_decide").data == {
        "admissible": False
    }
    notification = Notification.objects.get(recipient=mandatary, event="petitions.bureau")
    assert "Hors des compétences" in notification.body


def test_it_requires_reasons_for_inadmissibility(commune_a, deposited, officer):
    with pytest.raises(PetitionError) as excinfo:
        services.petition_bureau_decide(
            commune=commune_a, petition=deposited, actor=officer, admissible=False, reasons=" "
        )
    assert excinfo.value.code == "reasons"


def test_it_schedules_an_admissible_petition_on_the_next_ordinary_session(
    commune_a, deposited, officer
):
    petition = services.petition_bureau_decide(
        commune=commune_a,
        petition=deposited,
        actor=officer,
        admissible=True,
        committees="Commission des services publics",
    )
    assert petition.status == Petition.Status.ADMISSIBLE
    assert petition.session.starts_on == rules.next_ordinary_session(timezone.localdate())
    assert petition.session.kind == CouncilSession.Kind.ORDINARY
    assert petition.committees == "Commission des services publics"
    assert list(petition.events.values_list("kind", flat=True))[-2:] == [
        "admissible",
        "scheduled",
    ]


def test_it_uses_the_communes_own_calendar(commune_a, deposited, officer):
    soon = CouncilSession.unscoped.create(
        commune=commune_a, starts_on=timezone.localdate() + datetime.timedelta(days=10)
    )
    petition = services.petition_bureau_decide(
        commune=commune_a, petition=deposited, actor=officer, admissible=True
    )
    assert petition.session == soon


@pytest.mark.parametrize("role_fixture", ["president"])
def test_it_lets_the_president_record_it(request, commune_a, deposited, role_fixture):
    user = request.getfixturevalue(role_fixture)
    services.petition_bureau_decide(
        commune=commune_a, petition=deposited, actor=user, admissible=True
    )


@pytest.mark.parametrize("who", ["owner", "member", "officer_b", "mandatary"])
def test_it_refuses_other_people(request, commune_a, deposited, who):
    with pytest.raises(PermissionError):
        services.petition_bureau_decide(
            commune=commune_a,
            petition=deposited,
            actor=request.getfixturevalue(who),
            admissible=True,
        )


def test_it_decides_only_once(commune_a, deposited, officer):
    services.petition_bureau_decide(
        commune=commune_a, petition=deposited, actor=officer, admissible=True
    )
    with pytest.raises(PetitionError):
        services.petition_bureau_decide(
            commune=commune_a, petition=deposited, actor=officer, admissible=False, reasons="x"
        )


def test_it_refuses_a_session_of_another_commune(commune_a, commune_b, deposited, officer):
    elsewhere = CouncilSession.unscoped.create(
        commune=commune_b, starts_on=datetime.date(2030, 2, 1)
    )
    with pytest.raises(ValueError):
        services.petition_bureau_decide(
            commune=commune_a, petition=deposited, actor=officer, admissible=True, session=elsewhere
        )
