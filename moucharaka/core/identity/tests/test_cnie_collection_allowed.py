import datetime

from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.core.identity.selectors import (
    cndp_authorisation_current,
    cnie_collection_allowed,
)

TODAY = datetime.date(2025, 6, 1)


def authorise(commune, **dates):
    return CndpAuthorisation.unscoped.create(
        commune=commune, reference="A-GC-1/2025", scope="Petitions", **dates
    )


def test_it_blocks_collection_without_an_authorisation(commune_a):
    assert cnie_collection_allowed(commune_a, on=TODAY) is False
    assert cnie_collection_allowed(None) is False


def test_it_allows_collection_once_an_authorisation_is_in_force(commune_a, commune_b):
    record = authorise(commune_a, granted_on=datetime.date(2025, 1, 10))
    assert cnie_collection_allowed(commune_a, on=TODAY) is True
    assert cndp_authorisation_current(commune_a, on=TODAY) == record
    assert cnie_collection_allowed(commune_b, on=TODAY) is False  # per commune


def test_it_ignores_future_and_expired_authorisations(commune_a):
    authorise(commune_a, granted_on=datetime.date(2025, 7, 1))
    authorise(
        commune_a, granted_on=datetime.date(2020, 1, 1), valid_until=datetime.date(2024, 12, 31)
    )
    assert cnie_collection_allowed(commune_a, on=TODAY) is False
    assert cnie_collection_allowed(commune_a, on=datetime.date(2025, 7, 1)) is True
