"""Importing the programme from a spreadsheet (XLSX or CSV): every error is reported by
row and column and then nothing is imported; a clean file creates and updates projects,
axes and categories in one transaction; exporting gives back the same format."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from moucharaka.core.notifications.models import Notification
from moucharaka.core.testing.factories import DistrictFactory, UserFactory
from moucharaka.modules.actionplan import services, spreadsheet
from moucharaka.modules.actionplan.models import (
    Axis,
    BudgetLine,
    Funding,
    Milestone,
    ProgrammeImport,
    Project,
    ProjectLocation,
    Update,
)

from .factories import (
    AxisFactory,
    BudgetLineFactory,
    CategoryFactory,
    MilestoneFactory,
    ProgrammeFactory,
    ProjectFactory,
)
from .spreadsheets import HEADER, csv_bytes, row, xlsx

pytestmark = pytest.mark.usefixtures("module_on")


def plan(programme, content, filename="pac.xlsx"):
    return spreadsheet.plan_import(programme=programme, filename=filename, content=content)


def errors(result):
    return [(number, message) for number, _column, message in result.errors]


def apply(programme, content, actor, *, filename="pac.xlsx", reason="تحيين البرنامج"):
    batch = services.programme_import_upload(
        commune=programme.commune,
        programme=programme,
        actor=actor,
        filename=filename,
        content=content,
        reason=reason,
    )
    return services.programme_import_apply(commune=programme.commune, batch=batch, actor=actor)


# --- Reading values -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, amount",
    [
        ("1 200 000", "1200000"),
        ("1.200.000,50", "1200000.50"),
        ("1,200,000.50 MAD", "1200000.50"),
        ("250000 درهم", "250000"),
        ("12,5", "12.50"),
        (1500.25, "1500.25"),
        ("", "0"),
        (None, "0"),
    ],
)
def test_it_reads_amounts_as_people_type_them(text, amount):
    assert spreadsheet.parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["beaucoup", "-5", "12abc"])
def test_it_refuses_what_is_not_an_amount(text):
    with pytest.raises(ValueError):
        spreadsheet.parse_amount(text)


def test_it_reads_dates_percentages_places_and_funding():
    assert spreadsheet.parse_date("2024-03-31") == date(2024, 3, 31)
    assert spreadsheet.parse_date("31/03/2024") == date(2024, 3, 31)
    assert spreadsheet.parse_progress(0.45) == 45  # a cell formatted as a percentage
    assert spreadsheet.parse_progress("60 %") == 60
    assert spreadsheet.parse_locations("32.34, -6.36; 32.35 -6.37") == [
        (Decimal("32.340000"), Decimal("-6.360000")),
        (Decimal("32.350000"), Decimal("-6.370000")),
    ]
    assert spreadsheet.parse_funding("الجماعة: 1 000 000; INDH") == [
        ("الجماعة", Decimal("1000000.00")),
        ("INDH", None),
    ]
    for parser, value in [
        (spreadsheet.parse_date, "2024-13-01"),
        (spreadsheet.parse_progress, "120"),
        (spreadsheet.parse_locations, "north"),
        (spreadsheet.parse_locations, "95, 10"),
    ]:
        with pytest.raises(ValueError):
            parser(value)


# --- Validation: row-level report, nothing imported ---------------------------------------


def test_it_reports_each_error_by_row_and_column(programme, district_a):
    content = xlsx(
        [
            row(code="1.1", title="صالح", districts="المدينة العتيقة"),
            row(code="1.2", title="", end_date="2021-13-40", status="finished"),
            row(
                code="1.3",
                districts="حي مجهول",
                planned_2022="10",
                committed_2022="5",
                spent_2022="6",
            ),
            row(code="1.1", title="مكرر"),
            row(code="1.4", status="completed"),
            row(code="1.5", axis="اسم آخر للمحور"),
        ]
    )
    with translation.override("en"):
        result = plan(programme, content)
        labels = {key: str(label) for key, label in spreadsheet.COLUMNS.items()}
    found = {(number, column) for number, column, _message in result.errors}
    assert {number for number, _column in found} == {3, 4, 5, 6, 7}
    assert (3, labels["title"]) in found and (3, labels["end_date"]) in found
    assert (3, labels["status"]) in found
    assert (4, labels["districts"]) in found
    assert (5, labels["code"]) in found  # the same project number twice
    assert (6, labels["completed_on"]) in found  # completed without a date
    assert (7, labels["axis"]) in found  # one axis, two names
    assert any(number == 4 and "2022" in message for number, message in errors(result))


def test_a_file_with_an_error_imports_nothing(programme, manager):
    content = xlsx([row(code="1.1", title="صالح"), row(code="1.2", status="???")])
    with pytest.raises(services.ImportRefused) as refused:
        apply(programme, content, manager)
    assert errors(refused.value.plan)[0][0] == 3
    commune = programme.commune
    assert not Project.objects.for_commune(commune).exists()
    assert not Axis.objects.for_commune(commune).exists()
    assert ProgrammeImport.objects.for_commune(commune).get().applied_at is None


def test_an_error_while_writing_rolls_everything_back(programme, manager, monkeypatch):
    content = xlsx([row(code="1.1", title="الأول"), row(code="1.2", title="الثاني")])
    written = []
    original = spreadsheet.write_row

    def fail_on_second(project, row, **kwargs):
        if written:
            raise RuntimeError("disk full")
        written.append(row.code)
        return original(project, row, **kwargs)

    monkeypatch.setattr(spreadsheet, "write_row", fail_on_second)
    with pytest.raises(RuntimeError):
        apply(programme, content, manager)
    assert written == ["1.1"]
    assert not Project.objects.for_commune(programme.commune).exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"not a spreadsheet", "XLSX or CSV"),
        (b"PK\x03\x04broken", "not an XLSX"),
    ],
)
def test_it_refuses_what_is_not_a_spreadsheet(programme, content, message):
    with translation.override("en"):
        result = plan(programme, content)
        assert result.errors and message in result.errors[0][2]


def test_it_reports_missing_columns_and_years_outside_the_programme(programme):
    header = ["code", "title", "planned 2030"]
    with translation.override("en"):
        result = plan(programme, xlsx([["1", "x", "5"]], header=header))
    messages = " ".join(message for _row, _column, message in result.errors)
    assert "2030" in messages and "axis number" in messages and "axis" in messages
    assert {number for number, _message in errors(result)} == {1}


def test_it_warns_about_years_without_estimates_and_unknown_columns(programme):
    content = xlsx([row(code="1", planned_2022="5")], header=[*HEADER, "ملاحظات"])
    result = plan(programme, content)
    assert not result.errors
    assert any("2023" in warning and "2024" in warning for warning in result.warnings)
    assert any("ملاحظات" in warning for warning in result.warnings)


# --- A clean import -----------------------------------------------------------------------------


def test_it_imports_projects_axes_categories_and_money(programme, manager, district_a):
    content = xlsx(
        [
            row(
                code="1.1",
                title="تهيئة الطرق",
                category="الطرق",
                districts="Médina",  # a district may be named in French
                locations="32.34, -6.36",
                start_date=date(2022, 3, 1),
                end_date="2024-12-31",
                progress=0.4,
                funding="الجماعة: 2 000 000; مجلس الجهة: 1 000 000",
                partners="وزارة التجهيز; INDH",
                planned_2022="2 000 000",
                committed_2022="1 500 000",
                spent_2022="1 000 000",
                planned_2023=1000000,
            ),
            row(
                axis_code="2",
                axis="التنمية الاجتماعية",
                code="2.1",
                title="دار الشباب",
                status="planned",
            ),
        ]
    )
    summary = apply(programme, content, manager)
    assert summary == {
        "created": 2,
        "changed": 0,
        "unchanged": 0,
        "new_axes": 2,
        "new_categories": 1,
    }
    commune = programme.commune
    roads = Project.objects.for_commune(commune).get(code="1.1")
    assert (roads.title, roads.axis.name_ar, roads.category.name_ar) == (
        "تهيئة الطرق",
        "البنيات التحتية",
        "الطرق",
    )
    assert list(roads.districts.all()) == [district_a]
    assert (roads.start_date, roads.end_date, roads.progress) == (
        date(2022, 3, 1),
        date(2024, 12, 31),
        40,
    )
    assert roads.partner_list == ["وزارة التجهيز", "INDH"]
    lines = {
        line.year: (line.planned, line.committed, line.spent)
        for line in BudgetLine.objects.for_commune(commune).filter(project=roads)
    }
    assert lines == {
        2022: (Decimal("2000000"), Decimal("1500000"), Decimal("1000000")),
        2023: (Decimal("1000000"), Decimal("0"), Decimal("0")),
    }
    assert sorted(Funding.objects.for_commune(commune).values_list("source", "amount")) == [
        ("الجماعة", Decimal("2000000")),
        ("مجلس الجهة", Decimal("1000000")),
    ]
    assert ProjectLocation.objects.for_commune(commune).get().latitude == Decimal("32.34")
    # New projects of an adopted programme are public updates, and so is the import.
    assert Update.objects.for_commune(commune).filter(kind="revision").count() == 2
    assert (
        Update.objects.for_commune(commune)
        .filter(kind="programme", reason="تحيين البرنامج")
        .exists()
    )


def test_reimporting_updates_by_project_number_and_keeps_the_rest(programme, manager):
    axis = AxisFactory(programme=programme, code="1", name_ar="البنيات التحتية")
    kept = ProjectFactory(axis=axis, code="9.9", title="ليس في الملف")
    project = ProjectFactory(
        axis=axis,
        code="1.1",
        title="الطرق",
        status="planned",
        progress_mode="milestones",
        progress=50,
    )
    milestone = MilestoneFactory(project=project, title="الدراسات", done_on=date(2022, 5, 1))
    MilestoneFactory(project=project, title="الأشغال")
    follower = UserFactory()
    services.project_follow(
        commune=programme.commune, project=project, user=follower, language="ar"
    )
    content = xlsx([row(code="1.1", title="الطرق", status="in_progress", progress="90")])

    preview = plan(programme, content)
    assert [r.code for r, _changes in preview.changed] == ["1.1"]
    assert [c["key"] for c in preview.changed[0][1]] == ["status"]  # progress: from the milestones
    summary = apply(programme, content, manager, reason="دورة ماي")

    assert summary["changed"] == 1 and summary["created"] == 0
    project.refresh_from_db()
    assert (project.status, project.progress) == ("in_progress", 50)
    assert Milestone.objects.for_commune(programme.commune).filter(pk=milestone.pk).exists()
    assert Project.objects.for_commune(programme.commune).filter(pk=kept.pk).exists()
    update = Update.objects.for_commune(programme.commune).get(project=project)
    assert update.reason == "دورة ماي"
    assert Notification.objects.filter(recipient=follower).exists()


def test_what_the_file_leaves_out_stays_as_it_is(programme, manager):
    axis = AxisFactory(programme=programme, code="1", name_ar="البنيات التحتية")
    project = ProjectFactory(
        axis=axis, code="1.1", title="الطرق", title_fr="Routes", status="studies"
    )
    BudgetLineFactory(project=project, year=2023, planned=500)
    BudgetLineFactory(project=project, year=2025, planned=700)
    header = ["axis_code", "axis", "code", "title", "planned 2023", "planned 2024"]
    content = xlsx([["1", "البنيات التحتية", "1.1", "الطرق", "", "900"]], header=header)
    preview = plan(programme, content)
    assert [c["key"] for c in preview.changed[0][1]] == [
        "budget.2023.planned",
        "budget.2024.planned",
    ]
    apply(programme, content, manager)
    project.refresh_from_db()
    assert (project.title_fr, project.status) == ("Routes", "studies")
    lines = BudgetLine.objects.for_commune(programme.commune).filter(project=project)
    assert dict(lines.values_list("year", "planned")) == {2024: 900, 2025: 700}


def test_an_unchanged_file_changes_nothing(programme, manager, district_a):
    content = xlsx([row(code="1.1", title="الطرق", districts="المدينة العتيقة", planned_2023="5")])
    apply(programme, content, manager)
    before = Update.objects.for_commune(programme.commune).count()
    summary = apply(programme, content, manager)
    assert summary["unchanged"] == 1 and summary["changed"] == 0
    assert Update.objects.for_commune(programme.commune).count() == before + 0


def test_an_adopted_programme_needs_a_reason(programme, manager):
    with pytest.raises(ValidationError) as error:
        apply(programme, xlsx([row(code="1")]), manager, reason="")
    assert "reason" in error.value.message_dict
    assert not Project.objects.for_commune(programme.commune).exists()


def test_a_drafted_programme_imports_without_updates(commune_a, manager):
    draft = ProgrammeFactory(commune=commune_a, status="drafting", start_year=2028, end_year=2033)
    apply(
        draft,
        xlsx(
            [row(code="1")],
            header=[
                h.replace("2022", "2028").replace("2023", "2029").replace("2024", "2030")
                for h in HEADER
            ],
        ),
        manager,
        reason="",
    )
    assert Project.objects.for_commune(commune_a).filter(programme=draft).count() == 1
    assert not Update.objects.for_commune(commune_a).exists()


def test_a_file_is_imported_once(programme, manager):
    batch = services.programme_import_upload(
        commune=programme.commune,
        programme=programme,
        actor=manager,
        filename="a.xlsx",
        content=xlsx([row(code="1")]),
        reason="x",
    )
    services.programme_import_apply(commune=programme.commune, batch=batch, actor=manager)
    with pytest.raises(ValidationError):
        services.programme_import_apply(commune=programme.commune, batch=batch, actor=manager)


@pytest.mark.parametrize(
    "delimiter, encoding", [(",", "utf-8"), (";", "utf-8"), (";", "cp1256"), ("\t", "utf-8")]
)
def test_it_reads_csv_as_excel_saves_it(programme, manager, delimiter, encoding):
    content = csv_bytes(
        [row(code="1.1", title="الإنارة العمومية", planned_2022="1 000")],
        delimiter=delimiter,
        encoding=encoding,
    )
    apply(programme, content, manager, filename="pac.csv")
    project = Project.objects.for_commune(programme.commune).get()
    assert project.title == "الإنارة العمومية"
    assert project.budget_lines.get().planned == Decimal("1000")


def test_categories_are_matched_in_either_language(programme, manager):
    CategoryFactory(commune=programme.commune, name_ar="الإنارة", name_fr="Éclairage")
    result = plan(programme, xlsx([row(code="1", category="eclairage")]))
    assert result.new_categories == [] and result.rows[0].category == "الإنارة"


# --- Export and round trip ----------------------------------------------------------------------


@pytest.mark.parametrize("language, fmt", [("ar", "xlsx"), ("fr", "csv"), ("en", "xlsx")])
def test_an_exported_programme_imports_back_unchanged(
    programme, manager, district_a, commune_b, language, fmt
):
    content = xlsx(
        [
            row(
                code="1.1",
                title="تهيئة الطرق",
                category="الطرق",
                districts="المدينة العتيقة",
                locations="32.34, -6.36; 32.35, -6.37",
                start_date="2022-03-01",
                end_date="2024-12-31",
                progress="40",
                funding="الجماعة: 2000000.50; INDH",
                partners="وزارة التجهيز",
                planned_2022="2000000",
                committed_2022="1500000",
                spent_2022="1000000",
            ),
            row(code="1.2", title="مكتمل", status="completed", completed_on="2023-06-30"),
            row(
                axis_code="2",
                axis="المحور الثاني",
                code="2.1",
                title="دار الشباب",
                status="planned",
            ),
        ]
    )
    apply(programme, content, manager)
    with translation.override(language):
        table = spreadsheet.export_table(programme)
        exported = spreadsheet.to_csv(table) if fmt == "csv" else spreadsheet.to_xlsx(table)
    # Into the same programme: nothing to change.
    same = plan(programme, exported, filename=f"pac.{fmt}")
    assert not same.errors and not same.created and not same.changed
    assert len(same.unchanged) == 3
    # Into another commune's empty programme: the same projects, the same table out again.
    DistrictFactory(commune=commune_b, name_ar="المدينة العتيقة", name_fr="Médina")
    twin = ProgrammeFactory(commune=commune_b)
    outsider = UserFactory()
    apply(twin, exported, outsider, filename=f"pac.{fmt}")
    with translation.override(language):
        assert spreadsheet.export_table(twin) == table
