"""Back office of the petitions module (DESIGN §3: one viewset per model).

Who may do what comes from commune roles (`CommuneRolePermissionPolicy`), checked on
each petition's own commune; every action goes through a service that checks the role
again and writes the audit trail. The bureau's deadline is shown on every screen.
"""

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.audit.services import audit_record
from moucharaka.core.identity.selectors import cnie_collection_allowed
from moucharaka.core.identity.services import CnieCollectionBlocked
from moucharaka.core.pdf import pdf_response
from moucharaka.core.viewsets import (
    TenantEditView,
    TenantIndexView,
    TenantInspectView,
    TenantServiceFormView,
    TenantViewSet,
)
from moucharaka.modules.petitions import selectors, services
from moucharaka.modules.petitions.forms import (
    BureauDecisionForm,
    CommitteesExaminationForm,
    CouncilDecisionForm,
    PaperImportForm,
    PaperSheetForm,
    PaperSignatureForm,
    ScheduleForm,
    session_choices,
)
from moucharaka.modules.petitions.models import CouncilSession, PaperSheet, Petition
from moucharaka.modules.petitions.permissions import petition_policy, session_policy
from moucharaka.modules.petitions.services import PetitionError

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PETITION_POLICY = petition_policy
SESSION_POLICY = session_policy


# --- Petitions -----------------------------------------------------------------------


class PetitionIndexView(TenantIndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .exclude(status=Petition.Status.DRAFT)
            .select_related("commune", "association")
        )


class PetitionInspectView(TenantInspectView):
    template_name = "petitions/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        petition = self.object
        user = self.request.user
        context.update(
            petition=petition,
            can_decide=PETITION_POLICY.user_has_permission_for_instance(user, "decide", petition),
            can_paper=PETITION_POLICY.user_has_permission_for_instance(user, "paper", petition),
            cnie_allowed=cnie_collection_allowed(petition.commune),
            sheets=list(PaperSheet.objects.for_commune(petition.commune).filter(petition=petition)),
            events=selectors.petition_timeline(petition),
            public_url=services.petition_url(petition),
        )
        return context


class PetitionEditView(TenantEditView):
    """Staff never edit the petitioners' text: the "edit" URL shows the petition."""

    def dispatch(self, request, *args, **kwargs):
        return redirect("petitions_admin:inspect", kwargs["pk"])


class PetitionActionView(TenantServiceFormView):
    """One step of the procedure on one petition, through its service."""

    model = Petition
    permission_policy = PETITION_POLICY
    permission_action = "decide"
    service_errors = (PetitionError, CnieCollectionBlocked)
    template_name = "petitions/admin/form.html"
    header_icon = "doc-full"
    allowed_statuses: tuple = ()

    def get(self, request, *args, **kwargs):
        if self.allowed_statuses and self.object.status not in self.allowed_statuses:
            messages.error(request, _("This step does not apply to the petition now."))
            return redirect("petitions_admin:inspect", self.object.pk)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["petition"] = self.object
        return context

    def get_success_url(self):
        return reverse("petitions_admin:inspect", args=[self.object.pk])


class BureauDecisionView(PetitionActionView):
    form_class = BureauDecisionForm
    page_title = gettext_lazy("The bureau's decision")
    submit_button_label = gettext_lazy("Record the decision")
    success_message = gettext_lazy("The bureau's decision was recorded and published.")
    allowed_statuses = (Petition.Status.DEPOSITED,)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "sessions": session_choices(self.object.commune)}

    def run(self, form):
        data = form.cleaned_data
        services.petition_bureau_decide(
            commune=self.object.commune,
            petition=self.object,
            actor=self.request.user,
            admissible=data["admissible"],
            reasons=data["reasons"],
            committees=data["committees"],
            session=data["session"],
        )


class ScheduleView(PetitionActionView):
    form_class = ScheduleForm
    page_title = gettext_lazy("Council session and committees")
    success_message = gettext_lazy("The agenda was updated.")
    allowed_statuses = (Petition.Status.ADMISSIBLE,)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "sessions": session_choices(self.object.commune)}

    def get_initial(self):
        return {"session": self.object.session_id, "committees": self.object.committees}

    def run(self, form):
        services.petition_schedule(
            commune=self.object.commune,
            petition=self.object,
            actor=self.request.user,
            session=form.cleaned_data["session"],
            committees=form.cleaned_data["committees"],
        )


class CommitteesExaminationView(PetitionActionView):
    form_class = CommitteesExaminationForm
    page_title = gettext_lazy("Examination by the standing committee(s)")
    submit_button_label = gettext_lazy("Record the examination")
    success_message = gettext_lazy("The committees' examination was recorded and published.")
    allowed_statuses = (Petition.Status.ADMISSIBLE,)

    def get_initial(self):
        return {
            "committees": self.object.committees,
            "examined_on": self.object.committees_examined_on or timezone.localdate(),
            "report": self.object.committees_report,
        }

    def run(self, form):
        services.petition_committees_examine(
            commune=self.object.commune,
            petition=self.object,
            actor=self.request.user,
            **form.cleaned_data,
        )


class CouncilDecisionView(PetitionActionView):
    form_class = CouncilDecisionForm
    page_title = gettext_lazy("The council's decision")
    submit_button_label = gettext_lazy("Record the decision")
    success_message = gettext_lazy("The council's decision was recorded and published.")
    allowed_statuses = (Petition.Status.ADMISSIBLE,)

    def run(self, form):
        services.petition_council_decide(
            commune=self.object.commune,
            petition=self.object,
            actor=self.request.user,
            accepted=form.cleaned_data["accepted"],
            deliberation=form.cleaned_data["deliberation"],
        )


class PaperActionView(PetitionActionView):
    permission_action = "paper"
    allowed_statuses = (Petition.Status.COLLECTING,)

    def sheets(self):
        return PaperSheet.objects.for_commune(self.object.commune).filter(petition=self.object)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.form_class is not PaperSheetForm:
            kwargs["sheets"] = self.sheets()
            kwargs["cnie_allowed"] = cnie_collection_allowed(self.object.commune)
        return kwargs


class PaperSheetView(PaperActionView):
    form_class = PaperSheetForm
    page_title = gettext_lazy("Add a paper sheet")
    submit_button_label = gettext_lazy("Add the sheet")
    success_message = gettext_lazy("The sheet was added. Enter or import its signatures.")

    def run(self, form):
        services.petition_paper_sheet_add(
            commune=self.object.commune,
            petition=self.object,
            actor=self.request.user,
            label=form.cleaned_data["label"],
            scan=form.cleaned_data["scan"],
        )


class PaperSignatureView(PaperActionView):
    form_class = PaperSignatureForm
    page_title = gettext_lazy("Enter a paper signature")
    submit_button_label = gettext_lazy("Add the signature")
    success_message = gettext_lazy("The signature was added.")

    def run(self, form):
        data = form.cleaned_data
        services.petition_paper_signature_add(
            commune=self.object.commune,
            petition=self.object,
            sheet=data["sheet"],
            actor=self.request.user,
            full_name=data["full_name"],
            cnie=data["cnie"],
            address=data["address"],
            basis=data["basis"],
            declares_electoral_eligibility=data["declares_electoral_eligibility"],
        )

    def get_success_url(self):
        # Next signature of the same sheet.
        return self.request.get_full_path()


class PaperImportView(PaperActionView):
    form_class = PaperImportForm
    page_title = gettext_lazy("Import a paper sheet (XLSX)")
    submit_button_label = gettext_lazy("Import")

    def run(self, form):
        result = services.petition_paper_import(
            commune=self.object.commune,
            petition=self.object,
            sheet=form.cleaned_data["sheet"],
            actor=self.request.user,
            xlsx=form.cleaned_data["xlsx"],
        )
        self.success_message = _(
            "%(added)s signatures imported, %(duplicates)s duplicates skipped, "
            "%(errors)s rows with errors."
        ) % {
            "added": result.added,
            "duplicates": len(result.duplicates),
            "errors": len(result.errors),
        }
        for row, message in result.errors[:20]:
            messages.warning(
                self.request, _("Row %(row)s: %(message)s") % {"row": row, "message": message}
            )
        if result.duplicates:
            messages.warning(
                self.request,
                _("Rows already signed (same CNIE): %(rows)s")
                % {"rows": ", ".join(map(str, result.duplicates[:50]))},
            )


class PetitionObjectView(WagtailAdminTemplateMixin, View):
    """A plain view on one petition of the user's communes (404 elsewhere)."""

    permission_action = "paper"

    def dispatch(self, request, *args, **kwargs):
        rows = Petition.objects.for_communes(staff_communes(request.user))
        self.object = get_object_or_404(rows, pk=kwargs["pk"])
        if not PETITION_POLICY.user_has_permission_for_instance(
            request.user, self.permission_action, self.object
        ):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class ExportView(PetitionObjectView):
    """GET: what the export is and that it is audited; POST: the XLSX or PDF file."""

    template_name = "petitions/admin/export.html"
    page_title = gettext_lazy("Export the signatories")

    def get(self, request, pk):
        return self.render_to_response(self.get_context_data(petition=self.object))

    def post(self, request, pk):
        fmt = request.POST.get("format", "xlsx")
        if fmt not in services.SIGNATORY_EXPORT_FORMATS:
            raise Http404
        try:
            content = services.petition_signatories_export(
                commune=self.object.commune, petition=self.object, actor=request.user, fmt=fmt
            )
        except PetitionError as error:
            messages.error(request, error.message)
            return redirect("petitions_admin:inspect", self.object.pk)
        name = f"petition-{self.object.pk}-signatories.{fmt}"
        if fmt == "pdf":
            response = pdf_response(content, name)
        else:
            response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
            response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "no-store"
        return response


class PurgeView(PetitionObjectView):
    template_name = "petitions/admin/purge.html"
    page_title = gettext_lazy("Delete the signatories' personal data")

    def get(self, request, pk):
        return self.render_to_response(self.get_context_data(petition=self.object))

    def post(self, request, pk):
        try:
            deleted = services.petition_personal_data_purge(
                commune=self.object.commune, petition=self.object, actor=request.user
            )
        except PetitionError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("%(n)s signatures deleted; the counts and decisions stay.") % {"n": deleted},
            )
        return redirect("petitions_admin:inspect", self.object.pk)


def sheet_scan(request, pk):
    """A scanned sheet (personal data): petitions officer of its commune only, audited."""
    rows = PaperSheet.objects.for_communes(staff_communes(request.user)).select_related("petition")
    sheet = get_object_or_404(rows, pk=pk)
    if not PETITION_POLICY.user_has_permission_for_instance(request.user, "paper", sheet):
        return permission_denied(request)
    if not sheet.scan:
        raise Http404
    audit_record(
        commune=sheet.commune,
        actor=request.user,
        action="petition.sheet_scan_download",
        target=sheet.petition,
        data={"sheet": sheet.pk},
    )
    response = FileResponse(sheet.scan.open("rb"), as_attachment=True)
    response["Cache-Control"] = "no-store"
    return response


def import_template(request):
    """An empty spreadsheet with the columns the import expects."""
    from io import BytesIO

    from openpyxl import Workbook

    if not PETITION_POLICY.user_has_permission(request.user, "paper"):
        return permission_denied(request)
    workbook = Workbook()
    workbook.active.append(
        [
            _("full name"),
            _("CNIE number"),
            _("address"),
            _("link with the commune (residence / activity)"),
            _("eligible for electoral registration (yes / no)"),
        ]
    )
    output = BytesIO()
    workbook.save(output)
    response = HttpResponse(
        output.getvalue(),
        content_type=XLSX_CONTENT_TYPE,
    )
    response["Content-Disposition"] = 'attachment; filename="paper-signatures.xlsx"'
    return response


class RulesView(WagtailAdminTemplateMixin, TemplateView):
    """The petition rules of the user's communes: legal defaults with their article and
    status, and each commune's own (tightened) values."""

    template_name = "petitions/admin/rules.html"
    page_title = gettext_lazy("Petition rules")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not PETITION_POLICY.user_has_permission(request.user, "view"):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        from django.conf import settings

        context = super().get_context_data(**kwargs)
        communes = staff_communes(self.request.user).order_by("name_fr")
        context["communes"] = [
            {
                "commune": commune,
                "rules": selectors.commune_rules(commune),
                "cnie_allowed": cnie_collection_allowed(commune),
            }
            for commune in communes
        ]
        context["settings"] = {
            "small": settings.PETITIONS_THRESHOLD_SMALL_COMMUNE,
            "large": settings.PETITIONS_THRESHOLD_LARGE_COMMUNE,
            "arrondissements": settings.PETITIONS_THRESHOLD_ARRONDISSEMENTS,
            "population": settings.PETITIONS_SMALL_COMMUNE_POPULATION,
            "years": settings.PETITIONS_ASSOCIATION_MIN_YEARS,
            "months": settings.PETITIONS_DECISION_MONTHS,
            "sessions": settings.PETITIONS_ORDINARY_SESSION_MONTHS,
            "purge_days": settings.PETITIONS_PURGE_AFTER_DAYS,
            "reminders": settings.PETITIONS_REMINDER_DAYS,
        }
        return context


class PetitionViewSet(TenantViewSet):
    model = Petition
    form_fields = ["committees"]
    list_display = [
        "title",
        Column("kind", label=gettext_lazy("kind"), accessor="get_kind_display"),
        Column("status", label=gettext_lazy("status"), accessor="get_status_display"),
        "signature_count",
        "decision_deadline",
        Column("deadline_status", label=gettext_lazy("deadline"), accessor="deadline_status"),
        "commune",
    ]
    list_filter = ["status", "kind"]
    search_fields = ["title", "receipt_number"]
    index_view_class = PetitionIndexView
    inspect_view_class = PetitionInspectView
    edit_view_class = PetitionEditView
    copy_view_enabled = False
    icon = "doc-full"
    menu_label = gettext_lazy("Petitions")
    add_to_admin_menu = True
    menu_order = 300

    @property
    def permission_policy(self):
        return PETITION_POLICY

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/bureau/", BureauDecisionView.as_view(), name="bureau"),
            path("<int:pk>/schedule/", ScheduleView.as_view(), name="schedule"),
            path("<int:pk>/committees/", CommitteesExaminationView.as_view(), name="committees"),
            path("<int:pk>/council/", CouncilDecisionView.as_view(), name="council"),
            path("<int:pk>/paper/sheet/", PaperSheetView.as_view(), name="paper_sheet"),
            path("<int:pk>/paper/signature/", PaperSignatureView.as_view(), name="paper_signature"),
            path("<int:pk>/paper/import/", PaperImportView.as_view(), name="paper_import"),
            path("<int:pk>/export/", ExportView.as_view(), name="export"),
            path("<int:pk>/purge/", PurgeView.as_view(), name="purge"),
            path("sheets/<int:pk>/scan/", sheet_scan, name="sheet_scan"),
            path("paper-template.xlsx", import_template, name="import_template"),
            path("rules/", RulesView.as_view(), name="rules"),
        ]


class CouncilSessionViewSet(TenantViewSet):
    model = CouncilSession
    form_fields = ["commune", "kind", "starts_on", "title"]
    list_display = ["starts_on", "kind", "title", "commune"]
    list_filter = ["kind"]
    icon = "date"
    menu_label = gettext_lazy("Council sessions")
    add_to_admin_menu = True
    menu_order = 310
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return SESSION_POLICY


@hooks.register("register_admin_viewset")
def register_petitions_viewsets():
    return [PetitionViewSet("petitions_admin"), CouncilSessionViewSet("council_sessions")]


@hooks.register("register_admin_menu_item")
def register_rules_menu_item():
    from wagtail.admin.menu import MenuItem as AdminMenuItem

    class RulesMenuItem(AdminMenuItem):
        def is_shown(self, request):
            return PETITION_POLICY.user_has_permission(request.user, "view")

    return RulesMenuItem(
        gettext_lazy("Petition rules"),
        reverse("petitions_admin:rules"),
        icon_name="doc-full",
        order=320,
    )
