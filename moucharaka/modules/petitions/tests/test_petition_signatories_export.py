import io

import pytest
from openpyxl import load_workbook

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.petitions import services

from .conftest import make_open, sign


def test_it_exports_the_official_file_and_audits_it(commune_a, cndp_a, mandatary, officer):
    petition = make_open(commune_a, mandatary)
    sign(commune_a, petition, cnie="EX1234", full_name="Nadia")
    content = services.petition_signatories_export(
        commune=commune_a, petition=petition, actor=officer
    )
    sheet = load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2
    assert rows[1][1:3] == ("Nadia", "EX1234")
    entry = AuditEntry.objects.for_commune(commune_a).get(action="petition.export_signatories")
    assert entry.actor == officer and entry.data == {"format": "xlsx", "rows": 1}


@pytest.mark.parametrize("who", ["owner", "president", "officer_b", "mandatary"])
def test_it_is_for_the_petitions_officer_only(request, commune_a, cndp_a, mandatary, who):
    petition = make_open(commune_a, mandatary)
    with pytest.raises(PermissionError):
        services.petition_signatories_export(
            commune=commune_a, petition=petition, actor=request.getfixturevalue(who)
        )
    assert (
        not AuditEntry.objects.for_commune(commune_a)
        .filter(action="petition.export_signatories")
        .exists()
    )


def test_it_exports_a_pdf_in_arabic_and_audits_the_format(commune_a, cndp_a, mandatary, officer):
    from django.utils import translation

    from moucharaka.core.testing.pdf import pdf_text

    petition = make_open(commune_a, mandatary)
    sign(commune_a, petition, cnie="EX1234", full_name="نادية العلمي", address="حي جنان")
    with translation.override("ar"):
        content = services.petition_signatories_export(
            commune=commune_a, petition=petition, actor=officer, fmt="pdf"
        )
    text = pdf_text(content)
    assert "نادية العلمي" in text and "EX1234" in text and "حي جنان" in text
    assert "لائحة الموقعين" in text  # the title, translated
    entry = AuditEntry.objects.for_commune(commune_a).get(action="petition.export_signatories")
    assert entry.data == {"format": "pdf", "rows": 1}


def test_it_refuses_an_unknown_format(commune_a, cndp_a, mandatary, officer):
    petition = make_open(commune_a, mandatary)
    with pytest.raises(ValueError):
        services.petition_signatories_export(
            commune=commune_a, petition=petition, actor=officer, fmt="csv"
        )
