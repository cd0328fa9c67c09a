"""Writes for the charter: reports (asked for, generated in the background, published)."""

from __future__ import annotations

import io
import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.roles import has_role
from moucharaka.core.audit.services import audit_record
from moucharaka.core.indicators.periods import ReportingPeriod, parse_period
from moucharaka.core.indicators.selectors import commune_dashboard
from moucharaka.core.notifications.services import publish
from moucharaka.core.pdf import render_pdf
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.modules.charter import rules, selectors
from moucharaka.modules.charter.models import Report
from moucharaka.modules.charter.selectors import MANAGER, MODULE

logger = logging.getLogger(__name__)

REPORT_ROLES = (MANAGER, CoreRole.ADMINISTRATOR)


class CharterError(Exception):
    def __init__(self, message, code: str = "invalid"):
        super().__init__(message)
        self.message, self.code = message, code


def _require_roles(user, commune):
    if not has_role(user, commune, *REPORT_ROLES):
        raise PermissionError("charter reports are for the charter's managers")


def report_request(
    *, commune, kind: str, period: ReportingPeriod, actor=None, today=None
) -> Report:
    """Ask for a quarterly or annual report; it is generated in the background (Huey).
    Asking again for the same period regenerates it with the latest figures and texts."""
    from moucharaka.modules.charter import tasks

    if actor is not None:
        _require_roles(actor, commune)
    today = today or timezone.localdate()
    if not rules.report_period_allowed(kind, period, today):
        raise CharterError(
            _("A report covers a finished quarter (quarterly) or year (annual)."), "period"
        )
    with transaction.atomic():
        report, _created = Report.unscoped.get_or_create(
            commune=commune, kind=kind, period=period.slug, defaults={"requested_by": actor}
        )
        if report.status == Report.Status.RUNNING:
            raise CharterError(_("This report is being generated."), "running")
        report.status, report.progress, report.error = Report.Status.QUEUED, 0, ""
        report.save(update_fields=["status", "progress", "error"])
        if actor is not None:
            audit_record(
                commune=commune,
                actor=actor,
                action="charter.report_request",
                target=report,
                data={"kind": kind, "period": period.slug},
            )
        transaction.on_commit(lambda: tasks.generate_report(report.pk))
    return report


def _progress(report: Report, percent: int, status=Report.Status.RUNNING) -> None:
    report.progress, report.status = percent, status
    Report.unscoped.filter(pk=report.pk).update(progress=percent, status=status)


def report_context(report: Report) -> dict:
    """What the report's documents show, in the active language."""
    commune = report.commune
    period = parse_period(report.period)
    return {
        "report": report,
        "commune": commune,
        "charter": selectors.charter_of(commune),
        "period": period,
        "previous": period.previous(),
        "rows": commune_dashboard(commune, period),
        "commitments": selectors.commitments_by_actor(commune),
        "targets": selectors.targets_with_status(commune),
        "team": list(selectors.team(commune)),
        "generated_at": timezone.now(),
    }


def report_generate(*, report_id: int) -> Report:
    """Render the report as PDF in Arabic and in French, and as XLSX, with progress."""
    report = Report.unscoped.select_related("commune").get(pk=report_id)
    try:
        _progress(report, 5)
        documents = {}
        for step, language in enumerate(("ar", "fr")):
            with translation.override(language):
                documents[language] = render_pdf("charter/pdf/report.html", report_context(report))
            _progress(report, 40 + 35 * step)
        with translation.override("fr"):
            spreadsheet = report_xlsx(report_context(report))
        name = f"{report.commune.slug}-{report.kind}-{report.period}"
        for field, content, suffix in (
            (report.pdf_ar, documents["ar"], "ar.pdf"),
            (report.pdf_fr, documents["fr"], "fr.pdf"),
            (report.xlsx, spreadsheet, "xlsx"),
        ):
            if field:
                field.delete(save=False)
            field.save(f"{name}.{suffix}", ContentFile(content), save=False)
        report.status, report.progress = Report.Status.READY, 100
        report.generated_at = timezone.now()
        report.save(
            update_fields=["pdf_ar", "pdf_fr", "xlsx", "status", "progress", "generated_at"]
        )
    except Exception as exc:
        logger.exception("charter report %s failed", report_id)
        Report.unscoped.filter(pk=report.pk).update(status=Report.Status.FAILED, error=str(exc))
        raise
    return report


def report_xlsx(context: dict) -> bytes:
    """The report's figures as a spreadsheet: one sheet of indicators, one of the
    breakdowns, one of commitments and one of targets (no personal data)."""
    from openpyxl import Workbook

    from moucharaka.core.indicators.formatting import breakdown_rows, plain_value

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "indicators"
    sheet.append(
        [
            _("No."),
            _("Indicator"),
            _("Figure"),
            _("Unit"),
            str(context["period"]),
            str(context["previous"]),
            _("Source"),
        ]
    )
    breakdowns = workbook.create_sheet("breakdowns")
    breakdowns.append([_("Figure"), _("Group"), _("People")])
    for row in context["rows"]:
        for figure in row.figures:
            measure = figure.measure
            if measure.breakdown:
                for label, value in breakdown_rows(measure, figure.value):
                    breakdowns.append([str(measure.label), str(label), value])
                continue
            sheet.append(
                [
                    row.indicator.number,
                    str(row.indicator.label),
                    str(measure.label),
                    measure.unit,
                    plain_value(figure.value),
                    plain_value(figure.previous),
                    str(measure.source),
                ]
            )
        if not row.measured:
            needs = ", ".join(str(m.name) for m in row.missing)
            sheet.append(
                [
                    row.indicator.number,
                    str(row.indicator.label),
                    _("not measured yet"),
                    "",
                    None,
                    None,
                    needs,
                ]
            )
    commitments = workbook.create_sheet("commitments")
    commitments.append([_("Actor"), _("Commitment"), _("Status"), _("Due on"), _("Done on")])
    for _actor, label, items in context["commitments"]:
        for item in items:
            commitments.append(
                [str(label), item.title, str(item.get_status_display()), item.due_on, item.done_on]
            )
    targets = workbook.create_sheet("targets")
    targets.append([_("Figure"), _("Aim"), _("Target"), _("Period"), _("Measured"), _("Reached")])
    for status in context["targets"]:
        target = status.target
        targets.append(
            [
                str(status.measure.label) if status.measure else target.measure,
                str(target.get_direction_display()),
                target.value,
                target.period,
                plain_value(status.actual),
                {True: _("yes"), False: _("no"), None: _("not measured")}[status.reached],
            ]
        )
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


@transaction.atomic
def report_publish(*, commune, report: Report, actor, published: bool = True) -> Report:
    """Publish a generated report on the commune's charter page (or take it back)."""
    _require_roles(actor, commune)
    if report.commune_id != commune.pk:
        raise ValueError("the report belongs to another commune")
    if published and report.status != Report.Status.READY:
        raise CharterError(_("Only a generated report can be published."), "not_ready")
    report.is_published = published
    report.save(update_fields=["is_published"])
    audit_record(
        commune=commune,
        actor=actor,
        action="charter.report_publish" if published else "charter.report_unpublish",
        target=report,
    )
    return report


def reports_schedule(*, today=None) -> list[Report]:
    """Seed 001 §13.2: after each quarter (and each year), ask for the report of every
    commune that uses the charter module, and tell its managers."""
    from moucharaka.core.accounts.models import CommuneRole

    today = today or timezone.localdate()
    created = []
    communes = ModuleInstance.objects.across_communes().filter(key=MODULE).select_related("commune")
    for instance in communes:
        for kind in rules.reports_due_today(today):
            period = rules.period_to_report(kind, today)
            exists = Report.objects.for_commune(instance.commune).filter(
                kind=kind, period=period.slug
            )
            if exists.exists():
                continue
            report = report_request(commune=instance.commune, kind=kind, period=period, today=today)
            created.append(report)
            managers = [
                role.user
                for role in CommuneRole.objects.for_commune(instance.commune)
                .filter(role__in=REPORT_ROLES)
                .select_related("user")
            ]
            publish(
                event=f"{MODULE}.report_ready",
                recipients=managers,
                title=_("The %(kind)s for %(period)s is ready to complete")
                % {"kind": report.get_kind_display(), "period": period},
                body=_("Write the achievements, challenges and improvement plan, then publish it."),
                commune=instance.commune,
                url=reverse("charter_reports:inspect", args=[report.pk]),
            )
    return created
