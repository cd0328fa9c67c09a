import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from moucharaka.core.audit.models import AuditEntry
from moucharaka.modules.petitions import services
from moucharaka.modules.petitions.models import Signature
from moucharaka.modules.petitions.services import PetitionError

from .conftest import make_open, sign


def xlsx(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["الاسم الكامل", "CNIE", "العنوان", "الصفة", "ناخب"])
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile("sheet.xlsx", output.getvalue())


@pytest.fixture
def setup(commune_a, cndp_a, mandatary, officer):
    petition = make_open(commune_a, mandatary)
    sheet = services.petition_paper_sheet_add(
        commune=commune_a, petition=petition, actor=officer, label="1"
    )
    return petition, sheet


def test_it_imports_rows_and_reports_duplicates_and_errors(commune_a, setup, officer):
    petition, sheet = setup
    sign(commune_a, petition, cnie="ON1")  # already signed online
    result = services.petition_paper_import(
        commune=commune_a,
        petition=petition,
        sheet=sheet,
        actor=officer,
        xlsx=xlsx(
            [
                ["فاطمة الزهراء", "XA100", "حي المسيرة", "سكن", "نعم"],
                ["Karim B.", "xb 200", "Rue 2", "activité", "oui"],
                ["Double", "XA100", "Rue 3", "residence", "yes"],  # twice in the sheet
                ["Online", "ON1", "Rue 4", "residence", "1"],  # signed online already
                ["Bad", "123", "Rue 5", "residence", "yes"],
                ["Tourist", "XC300", "Rue 6", "visite", "yes"],
                ["Not a voter", "XD400", "Rue 7", "residence", "no"],
                [None, None, None, None, None],  # empty row: ignored
            ]
        ),
    )
    assert result.added == 2
    assert result.duplicates == [4, 5]
    assert [row for row, _message in result.errors] == [6, 7, 8]
    petition.refresh_from_db()
    assert petition.signature_count == 3 and petition.paper_signature_count == 2
    paper = Signature.objects.for_commune(commune_a).filter(channel="paper")
    assert {s.cnie_clear() for s in paper} == {"XA100", "XB200"}
    entry = AuditEntry.objects.for_commune(commune_a).get(action="petition.paper_import")
    assert entry.data == {"sheet": sheet.pk, "added": 2, "duplicates": 2, "errors": 3}


def test_it_refuses_a_file_that_is_not_xlsx(commune_a, setup, officer):
    petition, sheet = setup
    with pytest.raises(PetitionError) as excinfo:
        services.petition_paper_import(
            commune=commune_a,
            petition=petition,
            sheet=sheet,
            actor=officer,
            xlsx=SimpleUploadedFile("x.xlsx", b"not a spreadsheet"),
        )
    assert excinfo.value.code == "not_xlsx"


def test_it_is_for_the_petitions_officer_only(commune_a, setup, owner):
    petition, sheet = setup
    with pytest.raises(PermissionError):
        services.petition_paper_import(
            commune=commune_a, petition=petition, sheet=sheet, actor=owner, xlsx=xlsx([])
        )
