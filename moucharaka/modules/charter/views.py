"""Public pages of the charter: the charter and its indicators, commitments, reports."""

from django.http import FileResponse, Http404
from django.shortcuts import render

from moucharaka.core.indicators.forms import period_from_request
from moucharaka.core.indicators.selectors import commune_dashboard
from moucharaka.core.tenancy import get_for_commune_or_404
from moucharaka.modules.charter import selectors
from moucharaka.modules.charter.models import Report

REPORT_FILES = {
    "ar.pdf": ("pdf_ar", "application/pdf"),
    "fr.pdf": ("pdf_fr", "application/pdf"),
    "xlsx": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def index(request):
    commune = request.commune
    form, period = period_from_request(request)
    return render(
        request,
        "charter/index.html",
        {
            "charter": selectors.charter_of(commune),
            "form": form,
            "period": period,
            "previous": period.previous(),
            "rows": commune_dashboard(commune, period),
            "targets": selectors.targets_with_status(commune),
            "commitments": selectors.commitments_by_actor(commune),
            "team": selectors.team(commune),
            "reports": selectors.published_reports(commune),
        },
    )


def commitments(request):
    commune = request.commune
    return render(
        request,
        "charter/commitments.html",
        {
            "charter": selectors.charter_of(commune),
            "commitments": selectors.commitments_by_actor(commune),
        },
    )


def report_file(request, pk, name):
    """A published report's file (the PDFs and the spreadsheet hold no personal data)."""
    if name not in REPORT_FILES:
        raise Http404
    report = get_for_commune_or_404(
        Report, request.commune, pk=pk, is_published=True, status=Report.Status.READY
    )
    field, content_type = REPORT_FILES[name]
    file = getattr(report, field)
    if not file:
        raise Http404
    filename = f"{request.commune.slug}-{report.kind}-{report.period}.{name}"
    return FileResponse(
        file.open("rb"), as_attachment=True, filename=filename, content_type=content_type
    )
