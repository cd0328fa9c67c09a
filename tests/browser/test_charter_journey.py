"""The participation charter in real Chromium: the public page shows every indicator in
Arabic and French (axe-clean); the charter manager asks for the quarterly report in the
back office, follows it until ready and publishes it; a visitor downloads the Arabic PDF."""

import datetime
from pathlib import Path

import pytest
from django.utils import timezone

from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.indicators.periods import ReportingPeriod
from moucharaka.core.ledger.services import participation_record
from moucharaka.core.registry.services import module_enable
from moucharaka.core.testing.factories import CommuneFactory, DistrictFactory, UserFactory
from moucharaka.core.testing.pdf import pdf_text
from moucharaka.modules.charter.models import Charter, Commitment, Report, Target

LAST_QUARTER = ReportingPeriod.containing(timezone.localdate()).previous()


@pytest.fixture
def ouezzane(transactional_db):
    commune = CommuneFactory(slug="ouezzane", name_fr="Ouezzane", name_ar="وزان")
    module_enable(commune=commune, key="charter")
    module_enable(commune=commune, key="suggestions")
    charter = Charter.unscoped.create(
        commune=commune,
        title="ميثاق المشاركة المواطنة لجماعة وزان",
        status=Charter.Status.CONSULTATION,
    )
    Commitment.unscoped.create(
        commune=commune, charter=charter, actor="commune", title="نشر المعلومات بانتظام"
    )
    Target.unscoped.create(
        commune=commune,
        charter=charter,
        measure="participants",
        value=5,
        period=LAST_QUARTER.slug,
        due_on=LAST_QUARTER.last_day,
    )
    district = DistrictFactory(commune=commune, name_ar="حي الملاح")
    when = datetime.datetime.combine(
        LAST_QUARTER.first_day + datetime.timedelta(days=10),
        datetime.time(10),
        tzinfo=timezone.get_default_timezone(),
    )
    for i in range(12):  # twelve people at a workshop, seven women
        participation_record(
            commune=commune,
            kind="meeting_attended",
            module="suggestions",
            person_key=f"sheet-{i}",
            channel="paper",
            occurred_at=when,
            demographics={"gender": "female" if i < 7 else "male", "district": district},
        )
    manager = UserFactory(email="manager@ouezzane.ma")
    commune_role_grant(commune=commune, user=manager, role="charter_manager")
    return commune, manager


def test_the_charter_is_followed_and_reported_on(page, live_server, ouezzane, axe_clean, log_in):
    commune, manager = ouezzane
    public = f"{live_server.url}/{{lang}}/ouezzane/charter/?period={LAST_QUARTER.slug}"

    # 1. The public page: every indicator, measured or saying what it needs.
    for lang, heading, not_measured in (
        ("ar", "المؤشرات", "غير مقاس بعد"),
        ("fr", "Indicateurs", "Pas encore mesuré"),
    ):
        page.goto(public.format(lang=lang))
        assert page.get_by_role("heading", name=heading, exact=True).count() == 1
        for number in range(1, 15):
            assert page.locator(f"#indicator-{number}").count() == 1
        assert not_measured in page.content()
        people = page.locator("#indicator-4 table.figures tbody tr").first
        assert "12" in people.inner_text()  # twelve people took part
        axe_clean(page)
        page.goto(f"{live_server.url}/{lang}/ouezzane/charter/commitments/")
        assert "نشر المعلومات بانتظام" in page.content()
        axe_clean(page)

    # 2. The manager asks for the quarterly report and publishes it once ready.
    log_in(page, manager)
    page.goto(f"{live_server.url}/admin/charter_reports/request/")
    page.locator("select[name=kind]").select_option("quarterly")
    page.locator("select[name=period]").select_option(LAST_QUARTER.slug)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/admin/charter_reports/inspect/*/")
    report = Report.objects.for_commune(commune).get()
    page.wait_for_function("!document.querySelector('[data-report-progress]')", timeout=60_000)
    report.refresh_from_db()
    assert report.status == "ready"
    page.locator("form[action$='/publish/'] button").click()
    report.refresh_from_db()
    assert report.is_published

    # 3. A visitor downloads the Arabic report from the public page.
    page.context.clear_cookies()
    page.goto(public.format(lang="ar"))
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF (العربية)").click()
    text = pdf_text(Path(download.value.path()).read_bytes())
    assert "تقرير فصلي" in text and "نشر المعلومات بانتظام" in text
