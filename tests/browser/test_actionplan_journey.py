"""The action programme, end to end in real Chromium: a citizen follows a project; the
commune's programme manager imports the programme from a spreadsheet in the Wagtail back
office (preview, then import), then marks a milestone reached with its reason; the
citizen is notified and reads what changed on the project's page. axe-core checks the
public pages in Arabic and in French.

Map tiles come from an external server that tests cannot reach: the pages do not need
them (every project stays listed under the map)."""

import re
from datetime import date

import pytest
from openpyxl import Workbook
from playwright.sync_api import expect

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, DistrictFactory, UserFactory
from moucharaka.modules.actionplan.models import (
    Axis,
    BudgetLine,
    Milestone,
    Programme,
    Project,
    ProjectLocation,
)
from moucharaka.modules.actionplan.tests.factories import MilestoneFactory

PASSWORD = "correct horse battery"


@pytest.fixture
def beni_mellal(transactional_db):
    commune = CommuneFactory(slug="beni-mellal", name_fr="Béni Mellal", name_ar="بني ملال")
    module_enable(commune=commune, key="actionplan")
    DistrictFactory(commune=commune, name_ar="عين أسردون", name_fr="Aïn Asserdoun")
    programme = Programme.unscoped.create(
        commune=commune,
        title_ar="برنامج عمل جماعة بني ملال 2022-2027",
        title_fr="Programme d'action de Béni Mellal 2022-2027",
        start_year=2022,
        end_year=2027,
        status="adopted",
        adopted_on=date(2022, 10, 6),
        is_published=True,
    )
    axis = Axis.unscoped.create(
        commune=commune, programme=programme, code="1", name_ar="البنيات التحتية"
    )
    project = Project.unscoped.create(
        commune=commune,
        programme=programme,
        axis=axis,
        code="1.1",
        title="تهيئة حديقة عين أسردون",
        title_fr="Jardin d'Aïn Asserdoun",
        status="in_progress",
        progress_mode="milestones",
    )
    MilestoneFactory(project=project, title="الدراسات", planned_date=date(2023, 6, 30))
    MilestoneFactory(project=project, title="الأشغال", planned_date=date(2026, 6, 30))
    ProjectLocation.unscoped.create(
        commune=commune, project=project, latitude="32.3460", longitude="-6.3580"
    )
    return commune


@pytest.fixture
def manager(beni_mellal):
    user = UserFactory(email="manager@benimellal.ma", display_name="Manager")
    commune_role_grant(commune=beni_mellal, user=user, role="actionplan_manager")
    return user


@pytest.fixture
def citizen(transactional_db):
    return UserFactory(email="amina@example.ma", display_name="أمينة")


@pytest.fixture
def spreadsheet(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        ["رقم المحور", "المحور", "رقم المشروع", "المشروع", "الأحياء", "الحالة",
         "المواقع (خط العرض، خط الطول)", "المبرمج 2024", "الملتزم به 2024", "المؤدى 2024"]
    )  # fmt: skip
    sheet.append(
        ["1", "البنيات التحتية", "1.1", "تهيئة حديقة عين أسردون", "عين أسردون", "in_progress",
         "32.3460, -6.3580", "2 000 000", "1 000 000", "500 000"]
    )  # fmt: skip
    sheet.append(
        ["2", "التنمية الاجتماعية", "2.1", "بناء دار الشباب", "", "مبرمج", "", "3000000", "", ""]
    )  # fmt: skip
    path = tmp_path / "pac-beni-mellal.xlsx"
    workbook.save(path)
    return path


def sign_in(page, base, email, lang="ar"):
    page.goto(f"{base}/{lang}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()


def test_staff_import_and_update_a_milestone_and_the_follower_is_told(
    page, browser, live_server, beni_mellal, manager, citizen, spreadsheet, axe_clean
):
    base = live_server.url
    project = Project.objects.for_commune(beni_mellal).get(code="1.1")

    # The citizen follows the project (in French).
    sign_in(page, base, citizen.email, "fr")
    page.goto(f"{base}/fr/beni-mellal/actionplan/projects/{project.pk}/")
    axe_clean(page)
    page.get_by_role("button", name="Suivre : me prévenir de ses mises à jour").click()
    expect(page.locator(".messages")).to_contain_text("Vous suivez ce projet")

    # The manager imports the programme from a spreadsheet: preview, then import.
    staff = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = staff.new_page()
    admin.goto(f"{base}/admin/login/")
    admin.locator("input[name=username]").fill(manager.email)
    admin.locator("input[name=password]").fill(PASSWORD)
    admin.locator("button[type=submit]").click()
    admin.wait_for_url(f"{base}/admin/")
    programme = project.programme
    admin.goto(f"{base}/admin/actionplan_programmes/import/{programme.pk}/")
    admin.locator("input[name=file]").set_input_files(str(spreadsheet))
    admin.locator("textarea[name=reason]").fill("تحيين البرنامج، دورة ماي 2025")
    admin.locator("main form button[type=submit]").click()
    admin.wait_for_url(re.compile(rf"/admin/actionplan_programmes/import/{programme.pk}/\d+/$"))
    summary = admin.locator("#import-summary")
    expect(summary).to_contain_text("بناء دار الشباب")  # the new project
    expect(summary).to_contain_text("2024")  # the money of 1.1 that changes
    summary.locator("button[type=submit]").click()
    admin.wait_for_url(f"{base}/admin/actionplan_projects/")
    assert Project.objects.for_commune(beni_mellal).count() == 2
    assert BudgetLine.objects.for_commune(beni_mellal).get(project=project).planned == 2_000_000

    # Then marks the first milestone reached, with the reason of the update.
    studies = Milestone.objects.for_commune(beni_mellal).get(title="الدراسات")
    admin.goto(f"{base}/admin/actionplan_projects/edit/{project.pk}/")
    ids = [admin.locator(f"#id_milestones-{i}-id").input_value() for i in range(2)]
    index = ids.index(str(studies.pk))
    admin.locator(f"#id_milestones-{index}-done_on").fill("2025-03-01")
    admin.locator("#id_update_reason").fill("تسلم الدراسات التقنية")
    admin.locator("#id_update_note").fill("سلم مكتب الدراسات التصاميم النهائية.")
    admin.locator("form#w-editor-form button[type=submit]").first.click()
    admin.wait_for_url(f"{base}/admin/actionplan_projects/")
    staff.close()
    project.refresh_from_db()
    assert project.progress == 50

    # The citizen is told, and reads what changed and when.
    page.goto(f"{base}/fr/notifications/")
    expect(page.locator("main")).to_contain_text(
        "Le projet « Jardin d'Aïn Asserdoun » a été mis à jour"
    )
    expect(page.locator("main")).to_contain_text("étape franchie : الدراسات")
    page.goto(f"{base}/fr/beni-mellal/actionplan/projects/{project.pk}/")
    timeline = page.locator(".timeline")
    expect(timeline).to_contain_text("تسلم الدراسات التقنية")
    expect(timeline).to_contain_text("سلم مكتب الدراسات التصاميم النهائية.")
    expect(page.locator(".project .progress-value").first).to_contain_text("50 %")
    axe_clean(page)


@pytest.mark.parametrize("lang, direction", [("ar", "rtl"), ("fr", "ltr")])
def test_pages_are_accessible(page, live_server, beni_mellal, citizen, axe_clean, lang, direction):
    base = live_server.url
    project = Project.objects.for_commune(beni_mellal).get()
    page.goto(f"{base}/{lang}/beni-mellal/actionplan/")
    assert page.locator("html").get_attribute("dir") == direction
    # The map draws the project's place; the list stays under it.
    expect(page.locator("#projects-map .leaflet-marker-icon")).to_have_count(1)
    expect(page.locator(".project-list")).to_contain_text("1.1")
    axe_clean(page)
    page.get_by_label("Axe" if lang == "fr" else "المحور", exact=True).select_option(
        label="1. البنيات التحتية"
    )
    page.locator(".project-finder button[type=submit]").click()
    expect(page.locator(".project-list")).to_contain_text("1.1")
    axe_clean(page)
    page.goto(f"{base}/{lang}/beni-mellal/actionplan/programmes/{project.programme_id}/updates/")
    axe_clean(page)
    sign_in(page, base, citizen.email, lang)
    page.goto(f"{base}/{lang}/beni-mellal/actionplan/projects/{project.pk}/")
    expect(page.locator("#project-map .leaflet-marker-icon")).to_have_count(1)
    axe_clean(page)
