"""Back office of the charter: the charter, commitments, team, targets, reports (asked
for, followed while they are generated, completed, published) and the staff dashboard
with its filters (period, district, module) and drill-down."""

from django.contrib import messages
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.indicators.forms import period_from_request
from moucharaka.core.indicators.selectors import commune_dashboard
from moucharaka.core.ledger.selectors import counts_by_channel, counts_by_kind, counts_by_module
from moucharaka.core.registry.selectors import enabled_modules
from moucharaka.core.territories.models import District
from moucharaka.core.viewsets import TenantEditView, TenantInspectView, TenantViewSet
from moucharaka.modules.charter import services
from moucharaka.modules.charter.forms import CommitmentForm, ReportRequestForm, TargetForm
from moucharaka.modules.charter.models import (
    Charter,
    Commitment,
    MonitoringMember,
    Report,
    Target,
)
from moucharaka.modules.charter.permissions import (
    charter_policy,
    commitment_policy,
    member_policy,
    report_policy,
    target_policy,
)
from moucharaka.modules.charter.services import CharterError
from moucharaka.modules.charter.views import REPORT_FILES

MODULE = "charter"


class CharterViewSet(TenantViewSet):
    model = Charter
    form_fields = ["commune", "title", "summary", "status", "text_page", "adopted_on", "adopted_at"]
    list_display = ["title", "status", "adopted_on", "commune"]
    icon = "doc-full-inverse"
    menu_label = gettext_lazy("Charter")
    copy_view_enabled = False
    permission_policy = charter_policy


class CommitmentViewSet(TenantViewSet):
    model = Commitment
    base_form_class = CommitmentForm
    form_fields = [
        "commune",
        "charter",
        "actor",
        "title",
        "description",
        "status",
        "owner",
        "starts_on",
        "due_on",
        "done_on",
        "evidence",
        "evidence_url",
        "position",
    ]
    list_display = [
        "title",
        Column("actor", label=gettext_lazy("actor"), accessor="get_actor_display"),
        Column("status", label=gettext_lazy("status"), accessor="get_status_display"),
        "due_on",
        "commune",
    ]
    list_filter = ["actor", "status"]
    search_fields = ["title"]
    icon = "tasks"
    menu_label = gettext_lazy("Commitments")
    permission_policy = commitment_policy


class MonitoringMemberViewSet(TenantViewSet):
    model = MonitoringMember
    form_fields = ["commune", "charter", "name", "actor", "organisation", "position"]
    list_display = ["name", "actor", "organisation", "commune"]
    icon = "group"
    menu_label = gettext_lazy("Monitoring team")
    copy_view_enabled = False
    permission_policy = member_policy


class TargetViewSet(TenantViewSet):
    model = Target
    base_form_class = TargetForm
    form_fields = ["commune", "charter", "measure", "direction", "value", "period", "note"]
    list_display = ["measure", "direction", "value", "period", "due_on", "commune"]
    icon = "pick"
    menu_label = gettext_lazy("Targets")
    permission_policy = target_policy


# --- Reports -------------------------------------------------------------------------


class ReportInspectView(TenantInspectView):
    template_name = "charter/admin/report.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, report = self.request.user, self.object
        context.update(
            report=report,
            files=[(name, getattr(report, field)) for name, (field, _t) in REPORT_FILES.items()],
            can_manage=report_policy.user_has_permission_for_instance(user, "change", report),
        )
        return context


class ReportEditView(TenantEditView):
    """Staff write the report's sections; saving generates the documents again."""

    def save_instance(self):
        from moucharaka.core.indicators.periods import parse_period

        instance = super().save_instance()
        try:
            services.report_request(
                commune=instance.commune,
                kind=instance.kind,
                period=parse_period(instance.period),
                actor=self.request.user,
            )
        except CharterError as error:
            messages.error(self.request, error.message)
        return instance

    def get_success_url(self):
        return reverse("charter_reports:inspect", args=[self.object.pk])


class ReportRequestView(WagtailAdminTemplateMixin, FormView):
    form_class = ReportRequestForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = gettext_lazy("Ask for a report")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not report_policy.user_has_permission(request.user, "add"):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "communes": staff_communes(self.request.user)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=self.request.get_full_path(),
            submit_button_label=_("Generate the report"),
            submit_button_active_label=_("Generate the report"),
        )
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            report = services.report_request(
                commune=data["commune"],
                kind=data["kind"],
                period=data["reporting_period"],
                actor=self.request.user,
            )
        except (CharterError, PermissionError) as error:
            form.add_error(None, getattr(error, "message", _("You may not do this.")))
            return self.form_invalid(form)
        messages.success(self.request, _("The report is being generated."))
        return redirect("charter_reports:inspect", report.pk)


def _staff_report(request, pk) -> Report:
    report = get_object_or_404(Report.objects.for_communes(staff_communes(request.user)), pk=pk)
    if not report_policy.user_has_permission_for_instance(request.user, "view", report):
        raise Http404
    return report


def report_progress(request, pk):
    """JSON for the progress bar's script: status and percentage."""
    report = _staff_report(request, pk)
    return JsonResponse({"status": report.status, "progress": report.progress})


def report_download(request, pk, name):
    """Staff download any generated report, published or not."""
    if name not in REPORT_FILES:
        raise Http404
    report = _staff_report(request, pk)
    file = getattr(report, REPORT_FILES[name][0])
    if not file:
        raise Http404
    filename = f"{report.commune.slug}-{report.kind}-{report.period}.{name}"
    return FileResponse(
        file.open("rb"), as_attachment=True, filename=filename, content_type=REPORT_FILES[name][1]
    )


class ReportPublishView(View):
    def post(self, request, pk):
        report = _staff_report(request, pk)
        if not report_policy.user_has_permission_for_instance(request.user, "publish", report):
            return permission_denied(request)
        publish = request.POST.get("publish") == "1"
        try:
            services.report_publish(
                commune=report.commune, report=report, actor=request.user, published=publish
            )
        except CharterError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("The report is published.") if publish else _("The report is withdrawn.")
            )
        return redirect("charter_reports:inspect", report.pk)


class ReportViewSet(TenantViewSet):
    model = Report
    form_fields = ["achievements", "challenges", "improvement_plan"]
    list_display = [
        Column("kind", label=gettext_lazy("kind"), accessor="get_kind_display"),
        "period",
        Column("status", label=gettext_lazy("status"), accessor="get_status_display"),
        "is_published",
        "generated_at",
        "commune",
    ]
    list_filter = ["kind", "status", "is_published"]
    icon = "doc-full"
    menu_label = gettext_lazy("Reports")
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_class = ReportInspectView
    edit_view_class = ReportEditView
    permission_policy = report_policy

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("request/", ReportRequestView.as_view(), name="request"),
            path("<int:pk>/progress/", report_progress, name="progress"),
            path("<int:pk>/publish/", ReportPublishView.as_view(), name="publish"),
            path("<int:pk>/files/<str:name>", report_download, name="download"),
        ]


# --- Staff dashboard -----------------------------------------------------------------


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    """The charter indicators for one of the user's communes, narrowed to a district or
    a module, with the ledger's activity broken down by module, kind and channel."""

    template_name = "charter/admin/dashboard.html"
    page_title = gettext_lazy("Charter indicators")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not report_policy.user_has_permission(request.user, "view"):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        communes = list(staff_communes(request.user).order_by("name_fr"))
        if not communes:
            raise Http404
        commune = next((c for c in communes if str(c.pk) == request.GET.get("commune")), None)
        commune = commune or communes[0]
        districts = list(District.objects.filter(commune=commune))
        district = next((d for d in districts if str(d.pk) == request.GET.get("district")), None)
        modules = [(i.key, i.manifest.label) for i in enabled_modules(commune)]
        module = request.GET.get("module") if request.GET.get("module") in dict(modules) else ""
        form, period = period_from_request(request)
        scope = {"commune": commune, "period": period.bounds}
        narrowed = {"district": district, "module": module or None}
        context.update(
            communes=communes,
            commune=commune,
            districts=districts,
            district=district,
            modules=modules,
            module=module,
            form=form,
            period=period,
            previous=period.previous(),
            rows=commune_dashboard(commune, period, district=district, module=module or None),
            activity=[
                (title, _rows(breakdown(**scope, **_ledger_filters(narrowed))))
                for title, breakdown in (
                    (_("By module"), counts_by_module),
                    (_("By kind of act"), counts_by_kind),
                    (_("By channel"), counts_by_channel),
                )
            ],
        )
        return context


def _rows(breakdown) -> dict:
    """A ledger breakdown as table rows: (value, people, acts) and the totals."""
    return {
        "rows": [(key, people, breakdown.acts.get(key)) for key, people in breakdown.cells.items()],
        "total": breakdown.total,
        "acts_total": breakdown.acts_total,
    }


def _ledger_filters(narrowed) -> dict:
    """The ledger selectors take a module; a district narrows through `district`."""
    filters = {}
    if narrowed["module"]:
        filters["module"] = narrowed["module"]
    if narrowed["district"] is not None:
        filters["district"] = narrowed["district"]
    return filters


class CharterGroup(ViewSetGroup):
    menu_label = gettext_lazy("Participation charter")
    menu_icon = "doc-full-inverse"
    menu_order = 400
    items = (
        CharterViewSet("charters"),
        CommitmentViewSet("charter_commitments"),
        MonitoringMemberViewSet("charter_team"),
        TargetViewSet("charter_targets"),
        ReportViewSet("charter_reports"),
    )


@hooks.register("register_admin_viewset")
def register_charter_viewsets():
    return CharterGroup()


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [path("charter/dashboard/", DashboardView.as_view(), name="charter_dashboard")]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    from wagtail.admin.menu import MenuItem

    class DashboardMenuItem(MenuItem):
        def is_shown(self, request):
            return report_policy.user_has_permission(request.user, "view")

    return DashboardMenuItem(
        gettext_lazy("Charter indicators"),
        reverse("charter_dashboard"),
        icon_name="table",
        order=401,
    )
