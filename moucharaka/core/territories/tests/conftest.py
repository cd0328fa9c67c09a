import pytest

from moucharaka.core.territories.loader import load_territories
from moucharaka.core.territories.models import (
    Commune,
    CommuneAlias,
    District,
    Province,
    Region,
)


@pytest.fixture(scope="module")
def territories(django_db_setup, django_db_blocker):
    """All of Morocco, loaded once per test module (each test still runs in its own
    rolled-back transaction); returns the counts of that first load."""
    with django_db_blocker.unblock():
        counts = load_territories()
    yield counts
    with django_db_blocker.unblock():
        for model in (District, CommuneAlias, Commune, Province, Region):
            model.objects.all().delete()
