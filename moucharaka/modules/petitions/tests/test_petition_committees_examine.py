import datetime

import pytest
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.notifications.models import Notification
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.services import PetitionError

from .conftest import examine, make_deposited


@pytest.fixture
def admissible(commune_a, cndp_a, mandatary, officer):
    petition = make_deposited(commune_a, mandatary)
    return services.petition_bureau_decide(
        commune=commune_a, petition=petition, actor=officer, admissible=True
    )


def test_it_records_publishes_and_notifies(commune_a, admissible, officer, mandatary):
    petition = examine(commune_a, admissible, officer)
    assert petition.committees == "Commission de l'urbanisme"
    assert petition.committees_examined_on == timezone.localdate()
    assert petition.events.last().kind == "examined"
    assert AuditEntry.objects.for_commune(commune_a).filter(action="petition.committees_examine")
    assert Notification.objects.filter(recipient=mandatary, event="petitions.examined").exists()


@pytest.mark.parametrize(
    "field, value",
    [
        ("committees", " "),
        ("report", ""),
        ("examined_on", timezone.localdate() + datetime.timedelta(days=1)),
    ],
)
def test_it_refuses_an_incomplete_or_future_examination(
    commune_a, admissible, officer, field, value
):
    with pytest.raises(PetitionError):
        examine(commune_a, admissible, officer, **{field: value})
    admissible.refresh_from_db()
    assert admissible.committees_examined_on is None


def test_it_needs_an_admissible_petition(commune_a, cndp_a, mandatary, officer):
    with pytest.raises(PetitionError) as excinfo:
        examine(commune_a, make_deposited(commune_a, mandatary), officer)
    assert excinfo.value.code == "status"


def test_it_refuses_people_without_the_role(commune_a, admissible, owner):
    with pytest.raises(PermissionError):
        examine(commune_a, admissible, owner)
