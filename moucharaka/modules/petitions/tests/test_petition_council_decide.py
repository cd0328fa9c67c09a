import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Petition
from moucharaka.modules.petitions.services import PetitionError

from .conftest import examine, make_deposited


@pytest.fixture
def admissible(commune_a, cndp_a, mandatary, officer):
    petition = make_deposited(commune_a, mandatary)
    petition = services.petition_bureau_decide(
        commune=commune_a, petition=petition, actor=officer, admissible=True
    )
    return examine(commune_a, petition, officer)


@pytest.mark.parametrize("accepted, status", [(True, "accepted"), (False, "rejected")])
def test_it_records_and_publishes_the_decision(
    commune_a, admissible, officer, mandatary, accepted, status
):
    petition = services.petition_council_decide(
        commune=commune_a,
        petition=admissible,
        actor=officer,
        accepted=accepted,
        deliberation="Vote: 25 pour, 3 contre.",
    )
    assert petition.status == status and petition.closed_at and petition.council_decided_at
    assert petition.events.last().kind == status
    assert AuditEntry.objects.for_commune(commune_a).filter(action="petition.council_decide")
    assert Notification.objects.filter(recipient=mandatary, event="petitions.council").exists()


def test_it_needs_the_deliberation(commune_a, admissible, officer):
    with pytest.raises(PetitionError):
        services.petition_council_decide(
            commune=commune_a, petition=admissible, actor=officer, accepted=True, deliberation=""
        )


def test_it_waits_for_the_bureau(commune_a, cndp_a, mandatary, officer):
    petition = make_deposited(commune_a, mandatary)
    with pytest.raises(PetitionError):
        services.petition_council_decide(
            commune=commune_a, petition=petition, actor=officer, accepted=True, deliberation="x"
        )
    assert petition.status == Petition.Status.DEPOSITED


def test_it_refuses_people_without_the_role(commune_a, admissible, owner):
    with pytest.raises(PermissionError):
        services.petition_council_decide(
            commune=commune_a, petition=admissible, actor=owner, accepted=True, deliberation="x"
        )


def test_it_waits_for_the_committees(commune_a, cndp_a, mandatary, officer):
    """Art. 125: the committees examine the petition before the council deliberates."""
    petition = services.petition_bureau_decide(
        commune=commune_a,
        petition=make_deposited(commune_a, mandatary),
        actor=officer,
        admissible=True,
    )
    with pytest.raises(PetitionError) as excinfo:
        services.petition_council_decide(
            commune=commune_a, petition=petition, actor=officer, accepted=True, deliberation="x"
        )
    assert excinfo.value.code == "committees"
