import datetime

import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import CouncilSession
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_deposited


def test_it_moves_the_petition_to_another_session(commune_a, cndp_a, mandatary, officer):
    petition = make_deposited(commune_a, mandatary)
    services.petition_bureau_decide(
        commune=commune_a, petition=petition, actor=officer, admissible=True
    )
    extra = CouncilSession.unscoped.create(
        commune=commune_a, kind="extraordinary", starts_on=datetime.date(2030, 7, 1)
    )
    services.petition_schedule(
        commune=commune_a, petition=petition, actor=officer, session=extra, committees="Budget"
    )
    petition.refresh_from_db()
    assert petition.session == extra and petition.committees == "Budget"
    assert AuditEntry.objects.for_commune(commune_a).filter(action="petition.schedule").exists()


def test_it_schedules_only_admissible_petitions(commune_a, cndp_a, mandatary, officer):
    petition = make_deposited(commune_a, mandatary)
    session = CouncilSession.unscoped.create(commune=commune_a, starts_on=datetime.date(2030, 2, 1))
    with pytest.raises(PetitionError):
        services.petition_schedule(
            commune=commune_a, petition=petition, actor=officer, session=session, committees=""
        )
