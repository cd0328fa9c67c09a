"""The demo seeder: Larache (collecting, deposited and overdue, association admissible,
scheduled and examined by a committee), Naour (threshold 100), Tanger without CNDP; idempotent."""

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.identity.selectors import cnie_collection_allowed
from moucharaka.core.registry.services import module_enable
from moucharaka.core.territories.models import Commune
from moucharaka.core.testing.factories import CommuneFactory, UserFactory
from moucharaka.modules.petitions import demo
from moucharaka.modules.petitions.models import Petition


def demo_commune(slug, **fields):
    commune = CommuneFactory(slug=slug, name_fr=slug.title(), **fields)
    module_enable(commune=commune, key="petitions")
    commune_role_grant(commune=commune, user=UserFactory(), role="petitions_officer")
    return commune


def test_it_seeds_the_demo_petitions_once(db):
    larache = demo_commune("larache", population_2024=133_731)
    naour = demo_commune("naour", commune_type=Commune.Type.RURAL, population_2024=12_000)
    tanger = demo_commune("tanger", commune_type=Commune.Type.WITH_ARRONDISSEMENTS)
    for _ in range(2):
        for commune in (larache, naour, tanger):
            demo.seed(commune=commune)

    rows = list(Petition.objects.for_commune(larache).order_by("id"))
    assert [p.status for p in rows] == ["collecting", "deposited", "admissible"]
    collecting, overdue, scheduled = rows
    assert collecting.threshold == 200 and collecting.signature_count == 37
    assert collecting.paper_signature_count == 36
    assert overdue.is_overdue and overdue.signature_count == 200
    assert scheduled.kind == "association" and scheduled.session is not None
    assert scheduled.committees_examined_on and scheduled.committees_report
    [small] = Petition.objects.for_commune(naour)
    assert small.threshold == 100 and small.status == "collecting"
    assert not Petition.objects.for_commune(tanger).exists()
    assert cnie_collection_allowed(larache) and not cnie_collection_allowed(tanger)
