import pytest

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.identity.services import CnieCollectionBlocked
from moucharaka.modules.petitions import services

from .conftest import make_draft, make_open, pdf_file


def test_it_stores_the_scan_privately_and_audits(settings, commune_a, cndp_a, mandatary, officer):
    petition = make_open(commune_a, mandatary)
    sheet = services.petition_paper_sheet_add(
        commune=commune_a, petition=petition, actor=officer, label=" 1/3 ", scan=pdf_file()
    )
    assert sheet.label == "1/3" and sheet.uploaded_by == officer
    location = settings.STORAGES["private"]["OPTIONS"]["location"]
    assert sheet.scan.path.startswith(location)
    entry = AuditEntry.objects.for_commune(commune_a).get(action="petition.paper_sheet_add")
    assert entry.actor == officer


def test_it_is_for_the_petitions_officer_only(commune_a, cndp_a, mandatary, owner, officer_b):
    petition = make_open(commune_a, mandatary)
    for user in (owner, officer_b, mandatary):
        with pytest.raises(PermissionError):
            services.petition_paper_sheet_add(
                commune=commune_a, petition=petition, actor=user, label="1"
            )


def test_it_needs_an_open_petition_and_the_cndp(commune_a, petitions_on, mandatary, officer):
    petition = make_draft(commune_a, mandatary)
    with pytest.raises(CnieCollectionBlocked):
        services.petition_paper_sheet_add(
            commune=commune_a, petition=petition, actor=officer, label="1"
        )
