import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.ledger.models import Participation
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import PaperSheet, Petition, Signature
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_deposited, make_open, pdf_file, sign


@pytest.fixture
def ended(commune_a, cndp_a, mandatary, officer):
    petition = make_open(commune_a, mandatary)
    Petition.objects.for_commune(commune_a).filter(pk=petition.pk).update(threshold=2)
    petition.refresh_from_db()
    sheet = services.petition_paper_sheet_add(
        commune=commune_a, petition=petition, actor=officer, label="1", scan=pdf_file()
    )
    services.petition_paper_signature_add(
        commune=commune_a,
        petition=petition,
        sheet=sheet,
        actor=officer,
        full_name="Paper",
        cnie="PG1",
        address="x",
        basis="residence",
        declares_electoral_eligibility=True,
    )
    sign(commune_a, petition)
    petition = services.petition_deposit(commune=commune_a, petition=petition, actor=mandatary)
    return services.petition_bureau_decide(
        commune=commune_a, petition=petition, actor=officer, admissible=False, reasons="Hors"
    )


def test_it_deletes_personal_data_and_keeps_counts_and_decisions(commune_a, ended, officer):
    scan_path = PaperSheet.objects.for_commune(commune_a).get().scan.path
    deleted = services.petition_personal_data_purge(
        commune=commune_a, petition=ended, actor=officer
    )
    assert deleted == 2
    ended.refresh_from_db()
    assert not Signature.objects.for_commune(commune_a).exists()
    assert not PaperSheet.objects.for_commune(commune_a).get().scan
    import os

    assert not os.path.exists(scan_path)
    assert ended.mandatary_address == "" and ended.mandatary_phone == ""
    assert ended.personal_data_purged_at
    assert (ended.signature_count, ended.paper_signature_count) == (2, 1)
    assert ended.status == "inadmissible" and ended.bureau_reasons == "Hors"
    assert Participation.objects.for_commune(commune_a).filter(kind="petition_signed").count() == 2
    assert AuditEntry.objects.for_commune(commune_a).get(action="petition.purge").data == {
        "signatures": 2
    }
    assert ended.events.last().kind == "purged"
    # Twice is harmless.
    assert services.petition_personal_data_purge(commune=commune_a, petition=ended) == 0


def test_it_waits_for_the_end_of_the_procedure(commune_a, cndp_a, mandatary):
    petition = make_deposited(commune_a, mandatary)
    with pytest.raises(PetitionError):
        services.petition_personal_data_purge(commune=commune_a, petition=petition)


def test_it_purges_when_the_retention_period_is_over(settings, commune_a, ended):
    settings.PETITIONS_PURGE_AFTER_DAYS = 30
    closed = timezone.localdate(ended.closed_at)
    assert services.petitions_purge_due(today=closed + datetime.timedelta(days=29)) == 0
    assert services.petitions_purge_due(today=closed + datetime.timedelta(days=30)) == 1
    ended.refresh_from_db()
    assert ended.personal_data_purged_at is not None
    assert services.petitions_purge_due(today=closed + datetime.timedelta(days=31)) == 0


def test_it_runs_from_the_management_command(settings, commune_a, ended, capsys):
    settings.PETITIONS_PURGE_AFTER_DAYS = 0
    call_command("purge_petition_signatories")
    assert "1 petition(s) purged" in capsys.readouterr().out
    assert not Signature.objects.for_commune(commune_a).exists()


def test_it_runs_from_the_daily_task(settings, commune_a, ended):
    from moucharaka.modules.petitions.tasks import petitions_daily

    settings.PETITIONS_PURGE_AFTER_DAYS = 0
    petitions_daily.call_local()
    assert not Signature.objects.for_commune(commune_a).exists()
