import datetime

import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.core.identity.selectors import cnie_collection_allowed
from moucharaka.core.identity.services import (
    CnieCollectionBlocked,
    cndp_authorisation_record,
    require_cnie_collection_allowed,
)

GRANTED = datetime.date(2025, 1, 10)


def test_it_records_the_authorisation_and_audits_it(commune_a, owner):
    record = cndp_authorisation_record(
        commune=commune_a,
        actor=owner,
        reference=" A-GC-12/2025 ",
        granted_on=GRANTED,
        scope="Pétitions au conseil",
    )
    assert record.reference == "A-GC-12/2025"
    assert record.recorded_by == owner
    assert cnie_collection_allowed(commune_a)
    entry = AuditEntry.objects.for_commune(commune_a).get(action="cndpauthorisation.create")
    assert entry.actor == owner and entry.target_id == str(record.pk)


@pytest.mark.parametrize("who", ["member", "outsider", "citizen"])
def test_it_lets_only_the_communes_administrator_record_it(request, commune_a, who):
    user = request.getfixturevalue(who)
    with pytest.raises(PermissionError):
        cndp_authorisation_record(
            commune=commune_a, actor=user, reference="X", granted_on=GRANTED, scope="x"
        )
    assert not CndpAuthorisation.objects.for_commune(commune_a).exists()


def test_it_refuses_an_end_before_the_start(commune_a, owner):
    with pytest.raises(ValueError):
        cndp_authorisation_record(
            commune=commune_a,
            actor=owner,
            reference="X",
            granted_on=GRANTED,
            scope="x",
            valid_until=GRANTED - datetime.timedelta(days=1),
        )


def test_it_blocks_services_until_the_authorisation_exists(commune_a, owner):
    with pytest.raises(CnieCollectionBlocked) as excinfo:
        require_cnie_collection_allowed(commune_a)
    assert "CNDP" in str(excinfo.value) and "administrator" in str(excinfo.value)
    cndp_authorisation_record(
        commune=commune_a, actor=owner, reference="X", granted_on=GRANTED, scope="x"
    )
    require_cnie_collection_allowed(commune_a)
