"""The demo seeder: a charter per commune with the seed's commitments; Ouezzane's has a
quarterly report, generated and published; idempotent."""

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, UserFactory
from moucharaka.modules.charter import demo
from moucharaka.modules.charter.models import Charter, Commitment, Report, Target


def test_it_seeds_each_charter_once(db, django_capture_on_commit_callbacks):
    ouezzane = CommuneFactory(slug="ouezzane", name_ar="وزان")
    taroudant = CommuneFactory(slug="taroudant", name_ar="تارودانت")
    for commune in (ouezzane, taroudant):
        module_enable(commune=commune, key="charter")
        commune_role_grant(commune=commune, user=UserFactory(), role="charter_manager")
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):
            demo.seed(commune=ouezzane)
            demo.seed(commune=taroudant)
    assert Charter.objects.for_commune(taroudant).get().status == "adopted"
    assert Charter.objects.for_commune(ouezzane).get().status == "consultation"
    commitments = Commitment.objects.for_commune(ouezzane)
    assert commitments.count() == 28  # 9 + 7 + 4 + 8 in seed 001 §12
    assert set(commitments.values_list("actor", flat=True)) == {
        "commune",
        "associations",
        "citizens",
        "shared",
    }
    assert Target.objects.for_commune(ouezzane).count() == 5
    [report] = Report.objects.for_commune(ouezzane)
    assert report.status == "ready" and report.is_published and report.pdf_ar
    assert not Report.objects.for_commune(taroudant).exists()
