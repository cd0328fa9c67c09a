import io

from django.urls import reverse
from openpyxl import load_workbook

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Signature

from .conftest import make_deposited


def test_it_exports_the_signatories_and_audits(client, commune_a, cndp_a, mandatary, officer):
    petition = make_deposited(commune_a, mandatary, threshold=2)
    client.force_login(officer)
    url = reverse("petitions_admin:export", args=[petition.pk])
    assert "audit trail" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert len(rows) == 3
    assert (
        AuditEntry.objects.for_commune(commune_a)
        .filter(action="petition.export_signatories", actor=officer)
        .exists()
    )


def test_it_keeps_the_export_from_other_roles(client, commune_a, cndp_a, mandatary, president):
    petition = make_deposited(commune_a, mandatary)
    client.force_login(president)
    assert client.post(reverse("petitions_admin:export", args=[petition.pk])).status_code == 302
    assert (
        not AuditEntry.objects.for_commune(commune_a)
        .filter(action="petition.export_signatories")
        .exists()
    )


def test_it_purges_an_ended_procedure(client, commune_a, cndp_a, mandatary, officer):
    petition = make_deposited(commune_a, mandatary, threshold=2)
    services.petition_bureau_decide(
        commune=commune_a, petition=petition, actor=officer, admissible=False, reasons="r"
    )
    client.force_login(officer)
    url = reverse("petitions_admin:purge", args=[petition.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not Signature.objects.for_commune(commune_a).exists()
