"""Reports: asked for, generated in the background (Huey, run in-process here) as PDF in
Arabic and French and as XLSX, published, downloaded; scheduled after each quarter."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.indicators.periods import ReportingPeriod
from moucharaka.core.notifications.models import Notification
from moucharaka.core.testing.pdf import first_page_ink, pdf_text
from moucharaka.modules.charter import services
from moucharaka.modules.charter.models import Report
from moucharaka.modules.charter.services import CharterError

from .conftest import commitment

Q3 = ReportingPeriod.quarter(2026, 3)


@pytest.fixture
def report(commune_a, charter, manager, django_capture_on_commit_callbacks):
    commitment(charter, title="نشر المعلومات بانتظام")
    with django_capture_on_commit_callbacks(execute=True):
        report = services.report_request(
            commune=commune_a, kind="quarterly", period=Q3, actor=manager
        )
    report.refresh_from_db()
    return report


def test_it_generates_pdfs_in_arabic_and_french_and_a_spreadsheet(commune_a, report):
    assert (report.status, report.progress) == ("ready", 100)
    arabic = report.pdf_ar.read()
    text = pdf_text(arabic)
    assert "تقرير فصلي" in text  # the kind, in Arabic
    assert "الميثاق" in text or "ميثاق المشاركة" in text
    assert "المشاركون" in text or "الأشخاص الذين شاركوا" in text
    assert "نشر المعلومات بانتظام" in text  # a commitment, shaped and extractable
    assert first_page_ink(arabic) > 0.002
    french = pdf_text(report.pdf_fr.read())
    assert "Rapport trimestriel" in french and "Trimestre 3 de 2026" in french
    sheet = load_workbook(io.BytesIO(report.xlsx.read())).worksheets[0]
    numbers = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert numbers == set(range(1, 15))  # every charter indicator, measured or not
    assert AuditEntry.objects.for_commune(commune_a).filter(action="charter.report_request")


def test_the_written_sections_appear_in_the_documents(
    commune_a, report, manager, django_capture_on_commit_callbacks
):
    Report.unscoped.filter(pk=report.pk).update(challenges="Faible participation des jeunes.")
    with django_capture_on_commit_callbacks(execute=True):
        services.report_request(commune=commune_a, kind="quarterly", period=Q3, actor=manager)
    report.refresh_from_db()
    assert "Faible participation des jeunes." in pdf_text(report.pdf_fr.read())


def test_it_refuses_unfinished_periods_and_other_people(commune_a, charter, manager, member):
    current = ReportingPeriod.containing(datetime.date.today())
    with pytest.raises(CharterError):
        services.report_request(commune=commune_a, kind="quarterly", period=current, actor=manager)
    with pytest.raises(CharterError):
        services.report_request(commune=commune_a, kind="annual", period=Q3, actor=manager)
    with pytest.raises(PermissionError):
        services.report_request(commune=commune_a, kind="quarterly", period=Q3, actor=member)
    assert not Report.objects.for_commune(commune_a).exists()


def test_published_reports_are_downloadable_by_anyone(client, commune_a, report, manager):
    url = reverse(
        "module-charter:report_file",
        kwargs={"commune_slug": commune_a.slug, "pk": report.pk, "name": "ar.pdf"},
    )
    assert client.get(url).status_code == 404  # not published yet
    services.report_publish(commune=commune_a, report=report, actor=manager)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    other = url.replace(commune_a.slug, "commune-b")
    assert client.get(other).status_code == 404
    index = client.get(reverse("module-charter:index", kwargs={"commune_slug": commune_a.slug}))
    assert url in index.content.decode()


def test_staff_follow_the_progress_and_download_before_publishing(
    client, report, manager, manager_b
):
    client.force_login(manager)
    progress = client.get(reverse("charter_reports:progress", args=[report.pk])).json()
    assert progress == {"status": "ready", "progress": 100}
    response = client.get(reverse("charter_reports:download", args=[report.pk, "xlsx"]))
    assert response.status_code == 200
    client.force_login(manager_b)
    assert client.get(reverse("charter_reports:progress", args=[report.pk])).status_code == 404
    assert client.get(reverse("charter_reports:inspect", args=[report.pk])).status_code == 404


def test_publishing_needs_a_generated_report(commune_a, charter, manager):
    queued = Report.unscoped.create(commune=commune_a, kind="quarterly", period="2026-Q2")
    with pytest.raises(CharterError):
        services.report_publish(commune=commune_a, report=queued, actor=manager)


def test_reports_are_asked_for_after_each_quarter_once(
    commune_a, commune_b, charter, manager, django_capture_on_commit_callbacks, settings
):
    settings.CHARTER_REPORT_DAY = 5
    january = datetime.date(2027, 1, 5)
    with django_capture_on_commit_callbacks(execute=True):
        created = services.reports_schedule(today=january)
    mine = sorted((r.kind, r.period) for r in created if r.commune_id == commune_a.pk)
    assert mine == [("annual", "2026"), ("quarterly", "2026-Q4")]
    assert {r.commune_id for r in created} == {commune_a.pk, commune_b.pk}
    assert Notification.objects.filter(recipient=manager, event="charter.report_ready").count() == 2
    assert services.reports_schedule(today=january) == []
    assert services.reports_schedule(today=datetime.date(2027, 1, 6)) == []
    with translation.override("ar"):
        assert Report.objects.for_commune(commune_a).get(period="2026").status == "ready"
