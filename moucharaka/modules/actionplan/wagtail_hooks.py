"""Back office of the action programme (Wagtail): programmes and their axes, projects with
their milestones, budget, funding, places and indicators, the public updates, photos,
documents, evaluations; importing the programme from a spreadsheet (preview, then all or
nothing) and exporting it; linking a project to the proposals it came from.

One viewset per model (DESIGN §3), scoped to the user's communes by TenantViewSet:
another commune's object answers 404 on every URL. Who may do what comes from the commune
roles (permissions.py). Every write goes through services.py.
"""

from __future__ import annotations

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.territories.models import District
from moucharaka.core.viewsets import (
    TenantCreateView,
    TenantDeleteView,
    TenantEditView,
    TenantIndexView,
    TenantViewSet,
)
from moucharaka.modules.actionplan import selectors, services, spreadsheet
from moucharaka.modules.actionplan.forms import (
    AxisForm,
    CategoryForm,
    DocumentForm,
    EvaluationForm,
    ImportForm,
    NoteForm,
    OriginLinkForm,
    OriginSearchForm,
    PhotoForm,
    ProgrammeForm,
    ProjectAdminForm,
)
from moucharaka.modules.actionplan.models import (
    Axis,
    Category,
    Evaluation,
    Origin,
    Programme,
    ProgrammeImport,
    Project,
    ProjectDocument,
    ProjectPhoto,
    Update,
)
from moucharaka.modules.actionplan.permissions import (
    axis_policy,
    category_policy,
    document_policy,
    evaluation_policy,
    photo_policy,
    programme_policy,
    project_policy,
    update_policy,
)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class RuleErrorsMixin:
    """A rule the service enforces at save time is shown on the form, like any error,
    instead of a server error (Wagtail's form_valid rolls the transaction back)."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class ObjectView(WagtailAdminTemplateMixin, TemplateView):
    """A plain staff view on one object of the user's communes (404 elsewhere), allowed
    to holders of `permission_action` on it."""

    model = None
    policy = None
    permission_action = "change"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        rows = self.model.objects.for_communes(staff_communes(request.user))
        self.object = get_object_or_404(rows, pk=kwargs["pk"])
        if not self.policy.user_has_permission_for_instance(
            request.user, self.permission_action, self.object
        ):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)


def _staff_programmes(request):
    return Programme.objects.for_communes(staff_communes(request.user))


def _staff_axes(request):
    return Axis.objects.for_communes(staff_communes(request.user))


class ProgrammeFilterSet(WagtailFilterSet):
    """Filters on the programme, offering only the user's communes' programmes."""

    programme = django_filters.ModelChoiceFilter(
        label=gettext_lazy("programme"), queryset=_staff_programmes
    )

    class Meta:
        fields = []


def _filterset(model, *names):
    class Meta:
        fields = list(names)

    Meta.model = model
    return type(f"{model.__name__}FilterSet", (ProgrammeFilterSet,), {"Meta": Meta})


class RelatedIndexView(TenantIndexView):
    """The listing with the rows its columns show, in the same query."""

    related: tuple = ()

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.related)


def _index(*related):
    return type("IndexView", (RelatedIndexView,), {"related": related})


# --- Programmes -----------------------------------------------------------------------------


class ProgrammeCreateView(RuleErrorsMixin, TenantCreateView):
    def save_instance(self):
        data = dict(self.form.cleaned_data)
        return services.programme_create(actor=self.request.user, **data)


class ProgrammeEditView(RuleErrorsMixin, TenantEditView):
    def save_instance(self):
        data = dict(self.form.cleaned_data)
        data.pop("commune", None)
        programme = self.object
        return services.programme_edit(
            commune=programme.commune, programme=programme, actor=self.request.user, **data
        )


class ProgrammeIndexView(RelatedIndexView):
    related = ("commune",)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        user = self.request.user
        if programme_policy.user_has_permission_for_instance(user, "change", instance):
            buttons.append(
                MenuItem(
                    _("Import a spreadsheet"),
                    url=reverse("actionplan_programmes:import", args=[instance.pk]),
                    icon_name="upload",
                    priority=20,
                )
            )
        for fmt in ("xlsx", "csv"):
            buttons.append(
                MenuItem(
                    _("Download as %(format)s") % {"format": fmt.upper()},
                    url=reverse("actionplan_programmes:export", args=[instance.pk])
                    + f"?format={fmt}",
                    icon_name="download",
                    priority=30,
                )
            )
        if instance.is_published:
            buttons.append(
                MenuItem(
                    _("Public page"), url=instance.get_absolute_url(), icon_name="view", priority=40
                )
            )
        return buttons


class ImportView(ObjectView):
    """Upload a spreadsheet; nothing changes before the preview is confirmed."""

    model = Programme
    policy = programme_policy
    template_name = "actionplan/admin/import.html"
    page_title = gettext_lazy("Import the programme from a spreadsheet")
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ImportForm())
        context.update(
            programme=self.object,
            tracked=services.is_tracked(self.object),
            imports=ProgrammeImport.objects.for_commune(self.object.commune_id)
            .filter(programme=self.object)
            .defer("content")[:10],
            columns=[str(label) for label in spreadsheet.COLUMNS.values()],
        )
        return context

    def post(self, request, pk):
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            batch = services.programme_import_upload(
                commune=self.object.commune,
                programme=self.object,
                actor=request.user,
                filename=upload.name,
                content=upload.read(),
                reason=form.cleaned_data["reason"],
            )
            return redirect("actionplan_programmes:import_preview", self.object.pk, batch.pk)
        return self.render_to_response(self.get_context_data(form=form))


class ImportPreviewView(ObjectView):
    """What the import would do, row by row; confirming applies all of it or nothing."""

    model = Programme
    policy = programme_policy
    template_name = "actionplan/admin/import_preview.html"
    page_title = gettext_lazy("Check the import")
    header_icon = "upload"

    def get_batch(self):
        return get_object_or_404(
            ProgrammeImport.objects.for_commune(self.object.commune_id).filter(
                programme=self.object
            ),
            pk=self.kwargs["batch"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        batch = self.get_batch()
        plan = kwargs.get("plan") or spreadsheet.plan_import(
            programme=self.object, filename=batch.filename, content=bytes(batch.content)
        )
        context.update(programme=self.object, batch=batch, plan=plan)
        return context

    def post(self, request, pk, batch):
        batch = self.get_batch()
        try:
            summary = services.programme_import_apply(
                commune=self.object.commune, batch=batch, actor=request.user
            )
        except services.ImportRefused as refused:
            messages.error(request, _("The file has errors: nothing was imported."))
            return self.render_to_response(self.get_context_data(plan=refused.plan))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("actionplan_programmes:import", self.object.pk)
        messages.success(
            request,
            _("Imported: %(created)s new projects, %(changed)s changed, %(unchanged)s unchanged.")
            % summary,
        )
        return redirect("actionplan_projects:index")


class ExportView(ObjectView):
    """The programme as a spreadsheet, in the format the import reads."""

    model = Programme
    policy = programme_policy
    permission_action = "view"

    def get(self, request, pk):
        table = spreadsheet.export_table(self.object)
        name = f"programme-{self.object.commune.slug}-{self.object.start_year}"
        if request.GET.get("format") == "csv":
            response = HttpResponse(spreadsheet.to_csv(table), content_type="text/csv")
            name += ".csv"
        else:
            response = HttpResponse(
                spreadsheet.to_xlsx(table, title=f"PAC {self.object.start_year}"),
                content_type=XLSX_TYPE,
            )
            name += ".xlsx"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


class ProgrammeViewSet(TenantViewSet):
    model = Programme
    permission_policy = programme_policy
    icon = "tasks"
    menu_label = gettext_lazy("Programmes")
    menu_order = 100
    copy_view_enabled = False
    index_view_class = ProgrammeIndexView
    add_view_class = ProgrammeCreateView
    edit_view_class = ProgrammeEditView
    list_display = [
        "__str__",
        StatusTagColumn("status", label=gettext_lazy("status"), sort_key="status", primary=True),
        Column("is_published", label=gettext_lazy("published")),
        Column("commune", label=gettext_lazy("commune")),
    ]
    inspect_view_fields = [name for name in ProgrammeForm.Meta.fields if name != "commune"]

    def get_form_class(self, for_update=False):
        return ProgrammeForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("import/<int:pk>/", ImportView.as_view(), name="import"),
            path(
                "import/<int:pk>/<int:batch>/",
                ImportPreviewView.as_view(),
                name="import_preview",
            ),
            path("export/<int:pk>/", ExportView.as_view(), name="export"),
        ]


class AxisDeleteView(TenantDeleteView):
    """An axis that still has projects stays: they would lose their place in the
    programme (the database refuses it too)."""

    def form_valid(self, form):
        if self.object.projects.exists():
            messages.error(
                self.request,
                _("This axis still has projects: move them to another axis first."),
            )
            return redirect(reverse("actionplan_axes:edit", args=[self.object.pk]))
        return super().form_valid(form)


class AxisViewSet(TenantViewSet):
    model = Axis
    permission_policy = axis_policy
    icon = "list-ol"
    menu_label = gettext_lazy("Axes")
    menu_order = 200
    copy_view_enabled = False
    index_view_class = _index("programme")
    delete_view_class = AxisDeleteView
    filterset_class = _filterset(Axis)
    list_display = ["__str__", "programme", "sort_order"]

    def get_form_class(self, for_update=False):
        return AxisForm


class CategoryViewSet(TenantViewSet):
    model = Category
    permission_policy = category_policy
    icon = "tag"
    menu_label = gettext_lazy("Categories")
    menu_order = 700
    copy_view_enabled = False
    list_display = ["name_ar", "name_fr", "commune", "sort_order"]

    def get_form_class(self, for_update=False):
        return CategoryForm


# --- Projects ---------------------------------------------------------------------------------


class ProjectFilterSet(WagtailFilterSet):
    programme = django_filters.ModelChoiceFilter(
        label=gettext_lazy("programme"), queryset=_staff_programmes
    )
    axis = django_filters.ModelChoiceFilter(label=gettext_lazy("axis"), queryset=_staff_axes)
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("status"), choices=Project.Status.choices
    )
    district = django_filters.ModelChoiceFilter(
        label=gettext_lazy("district"),
        field_name="districts",
        queryset=lambda request: District.objects.filter(commune__in=staff_communes(request.user)),
    )

    class Meta:
        model = Project
        fields = []


class ProgressColumn(Column):
    def get_value(self, instance):
        return f"{instance.progress} %"


class ProjectIndexView(RelatedIndexView):
    related = ("axis", "programme")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if project_policy.user_has_permission_for_instance(self.request.user, "change", instance):
            buttons.append(
                MenuItem(
                    _("Link what it came from"),
                    url=reverse("actionplan_projects:origins", args=[instance.pk]),
                    icon_name="link",
                    priority=20,
                )
            )
        return buttons


class ProjectSaveMixin(RuleErrorsMixin):
    """Save the project and its child rows through `services.project_edit`, which
    checks the rules on what was saved and records the public update."""

    def save_instance(self):
        form = self.form
        programme = form.cleaned_data["programme"]
        project = form.instance
        project.commune_id = programme.commune_id
        services.project_edit(
            commune=programme.commune,
            project=project,
            actor=self.request.user,
            save=form.save,
            reason=form.cleaned_data.get("update_reason", ""),
            note=form.cleaned_data.get("update_note", ""),
        )
        return project


class ProjectCreateView(ProjectSaveMixin, TenantCreateView):
    pass


class ProjectEditView(ProjectSaveMixin, TenantEditView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        project = self.object
        context.update(
            project=project,
            origins=list(Origin.objects.for_commune(project.commune_id).filter(project=project)),
            recent_updates=list(
                Update.objects.for_commune(project.commune_id)
                .filter(project=project)
                .order_by("-at", "-id")[:5]
            ),
            tracked=services.is_tracked(project.programme),
        )
        return context


class OriginsView(ObjectView):
    """Link a project to the suggestions, petitions, consultations… it came from: pick
    the module, find the item by its number or title (the registry lists what can be
    linked), link it; or unlink."""

    model = Project
    policy = project_policy
    template_name = "actionplan/admin/origins.html"
    page_title = gettext_lazy("What the project came from")
    header_icon = "link"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        project = self.object
        search = OriginSearchForm(self.request.GET or None)
        candidates, source = [], None
        if search.is_bound and search.is_valid():
            source = search.sources[search.cleaned_data["source"]]
            candidates = selectors.origin_candidates(
                commune=project.commune, source=source, query=search.cleaned_data["q"]
            )
        origins = list(Origin.objects.for_commune(project.commune_id).filter(project=project))
        linked = {(o.target_type_id, o.target_id) for o in origins}
        context.update(
            project=project,
            search=search,
            source=source,
            candidates=[
                {
                    "object": obj,
                    "form": OriginLinkForm(
                        initial={"source": source["key"], "target_id": obj.pk},
                        prefix=f"link-{obj.pk}",
                    ),
                    "linked": (self._type_id(obj), obj.pk) in linked,
                }
                for obj in candidates
            ],
            origins=selectors.origin_entries(origins, project.commune),
            has_sources=bool(search.sources),
        )
        return context

    @staticmethod
    def _type_id(obj):
        return ContentType.objects.get_for_model(obj).pk

    def post(self, request, pk):
        project = self.object
        if "unlink" in request.POST:
            origin = get_object_or_404(
                Origin.objects.for_commune(project.commune_id).filter(project=project),
                pk=request.POST["unlink"],
            )
            services.origin_unlink(commune=project.commune, origin=origin, actor=request.user)
            messages.success(request, _("The link is removed."))
            return redirect(request.get_full_path())
        prefix = request.POST.get("prefix", "")
        form = OriginLinkForm(request.POST, prefix=prefix or None)
        sources = {source["key"]: source for source in selectors.origin_sources()}
        if not form.is_valid() or form.cleaned_data["source"] not in sources:
            messages.error(request, _("Choose an item to link."))
            return redirect(request.get_full_path())
        source = sources[form.cleaned_data["source"]]
        target = get_object_or_404(
            source["model"].objects.for_commune(project.commune_id),
            pk=form.cleaned_data["target_id"],
        )
        services.origin_link(
            commune=project.commune,
            project=project,
            target=target,
            module=source["module"],
            actor=request.user,
            proposer=form.cleaned_data["proposer"],
        )
        messages.success(request, _("Linked: the project shows it came from this proposal."))
        return redirect(request.get_full_path())


def _panels():
    return [
        MultiFieldPanel(
            [
                FieldPanel("programme"),
                FieldPanel("axis"),
                FieldRowPanel([FieldPanel("code"), FieldPanel("category")]),
                FieldPanel("title"),
                FieldPanel("title_fr"),
                FieldPanel("description"),
                FieldPanel("districts"),
            ],
            heading=gettext_lazy("Project"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("completed_on")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("progress_mode"), FieldPanel("progress")]),
            ],
            heading=gettext_lazy("Status and progress"),
        ),
        InlinePanel(
            "milestones",
            heading=gettext_lazy("Milestones"),
            label=gettext_lazy("milestone"),
            panels=[
                FieldPanel("title"),
                FieldRowPanel(
                    [FieldPanel("planned_date"), FieldPanel("done_on"), FieldPanel("weight")]
                ),
            ],
        ),
        InlinePanel(
            "budget_lines",
            heading=gettext_lazy("Budget by year"),
            label=gettext_lazy("year"),
            panels=[
                FieldRowPanel(
                    [
                        FieldPanel("year"),
                        FieldPanel("planned"),
                        FieldPanel("committed"),
                        FieldPanel("spent"),
                    ]
                )
            ],
        ),
        InlinePanel(
            "fundings",
            heading=gettext_lazy("Sources of funding"),
            label=gettext_lazy("source of funding"),
            panels=[FieldRowPanel([FieldPanel("source"), FieldPanel("amount")])],
        ),
        FieldPanel("partners"),
        InlinePanel(
            "locations",
            heading=gettext_lazy("Places on the map"),
            label=gettext_lazy("place"),
            panels=[
                FieldRowPanel(
                    [FieldPanel("label"), FieldPanel("latitude"), FieldPanel("longitude")]
                )
            ],
        ),
        InlinePanel(
            "indicators",
            heading=gettext_lazy("Indicators"),
            label=gettext_lazy("indicator"),
            panels=[
                FieldRowPanel([FieldPanel("name"), FieldPanel("unit")]),
                FieldRowPanel(
                    [
                        FieldPanel("baseline"),
                        FieldPanel("target"),
                        FieldPanel("actual"),
                        FieldPanel("measured_on"),
                    ]
                ),
            ],
        ),
        MultiFieldPanel(
            [FieldPanel("update_reason"), FieldPanel("update_note")],
            heading=gettext_lazy("Public update"),
        ),
    ]


class ProjectViewSet(TenantViewSet):
    model = Project
    permission_policy = project_policy
    icon = "tasks"
    menu_label = gettext_lazy("Projects")
    menu_order = 300
    copy_view_enabled = False
    index_view_class = ProjectIndexView
    add_view_class = ProjectCreateView
    edit_view_class = ProjectEditView
    edit_template_name = "actionplan/admin/project_edit.html"
    filterset_class = ProjectFilterSet
    list_display = [
        "__str__",
        Column("axis", label=gettext_lazy("axis")),
        StatusTagColumn("status", label=gettext_lazy("status"), sort_key="status", primary=True),
        ProgressColumn("progress", label=gettext_lazy("progress"), sort_key="progress"),
        DateColumn("end_date", label=gettext_lazy("planned end date"), sort_key="end_date"),
        DateColumn("updated_at", label=gettext_lazy("updated"), sort_key="updated_at"),
    ]
    search_fields = ["title", "title_fr", "code", "description"]
    search_backend_name = None  # the ORM: projects are not in Wagtail's search index
    list_export = list(selectors.EXPORT_COLUMNS)
    export_headings = selectors.EXPORT_COLUMNS
    export_filename = "projects"
    inspect_view_fields = [
        "programme",
        "axis",
        "code",
        "title",
        "title_fr",
        "description",
        "category",
        "status",
        "start_date",
        "end_date",
        "completed_on",
        "progress_mode",
        "progress",
        "partners",
    ]

    @property
    def edit_handler(self):
        return ObjectList(_panels(), base_form_class=ProjectAdminForm)

    def get_form_class(self, for_update=False):
        return self._edit_handler.get_form_class()

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("origins/<int:pk>/", OriginsView.as_view(), name="origins"),
        ]


# --- Updates, photos, documents, evaluations --------------------------------------------------


class UpdateCreateView(RuleErrorsMixin, TenantCreateView):
    page_title = gettext_lazy("Publish news")

    def save_instance(self):
        data = self.form.cleaned_data
        return services.update_note_add(
            commune=data["programme"].commune,
            programme=data["programme"],
            project=data.get("project"),
            actor=self.request.user,
            note=data["note"],
            reason=data.get("reason", ""),
            at=data.get("at"),
        )


class UpdateViewSet(TenantViewSet):
    model = Update
    permission_policy = update_policy
    icon = "history"
    menu_label = gettext_lazy("Updates")
    menu_order = 400
    copy_view_enabled = False
    add_view_class = UpdateCreateView
    list_display = [
        "__str__",
        Column("project", label=gettext_lazy("project")),
        Column("programme", label=gettext_lazy("programme")),
        DateColumn("at", label=gettext_lazy("date"), sort_key="at"),
    ]
    index_view_class = _index("programme", "project")
    filterset_class = _filterset(Update, "kind")
    # Staff may correct the wording of an update, never what changed or when.
    form_fields = ["reason", "note"]

    def get_form_class(self, for_update=False):
        if for_update:
            return super().get_form_class(for_update)
        return NoteForm


class UploadCreateView(RuleErrorsMixin, TenantCreateView):
    """Photos and documents are stored by their service (photos re-encoded)."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def save_instance(self):
        data = self.form.cleaned_data
        project = data["project"]
        if self.model is ProjectPhoto:
            return services.photo_add(
                commune=project.commune,
                project=project,
                actor=self.request.user,
                upload=data["image"],
                caption=data["caption"],
                taken_on=data.get("taken_on"),
            )
        return services.document_add(
            commune=project.commune,
            project=project,
            actor=self.request.user,
            upload=data["file"],
            title=data["title"],
        )


class PhotoViewSet(TenantViewSet):
    model = ProjectPhoto
    permission_policy = photo_policy
    icon = "image"
    menu_label = gettext_lazy("Photos")
    menu_order = 500
    copy_view_enabled = False
    add_view_class = UploadCreateView
    index_view_class = _index("project")
    list_display = ["caption", "project", DateColumn("taken_on", label=gettext_lazy("taken on"))]
    form_fields = ["caption", "taken_on"]

    def get_form_class(self, for_update=False):
        return super().get_form_class(for_update) if for_update else _bind(PhotoForm)


class DocumentViewSet(TenantViewSet):
    model = ProjectDocument
    permission_policy = document_policy
    icon = "doc-full"
    menu_label = gettext_lazy("Documents")
    menu_order = 550
    copy_view_enabled = False
    add_view_class = UploadCreateView
    index_view_class = _index("project")
    list_display = ["title", "project", DateColumn("created_at", label=gettext_lazy("added"))]
    form_fields = ["title"]

    def get_form_class(self, for_update=False):
        return super().get_form_class(for_update) if for_update else _bind(DocumentForm)


def _bind(form_class):
    """Wagtail's create view passes `instance` to model forms; these plain forms take
    what they need and ignore it."""

    class Bound(form_class):
        def __init__(self, *args, instance=None, **kwargs):
            super().__init__(*args, **kwargs)

    Bound.__name__ = form_class.__name__
    return Bound


class EvaluationSaveMixin(RuleErrorsMixin):
    created = False

    def save_instance(self):
        evaluation = self.form.save()
        return services.evaluation_record(
            commune=evaluation.programme.commune,
            evaluation=evaluation,
            actor=self.request.user,
            created=self.created,
        )


class EvaluationCreateView(EvaluationSaveMixin, TenantCreateView):
    created = True


class EvaluationEditView(EvaluationSaveMixin, TenantEditView):
    pass


class EvaluationViewSet(TenantViewSet):
    model = Evaluation
    permission_policy = evaluation_policy
    icon = "clipboard-list"
    menu_label = gettext_lazy("Evaluations")
    menu_order = 600
    copy_view_enabled = False
    add_view_class = EvaluationCreateView
    edit_view_class = EvaluationEditView
    index_view_class = _index("programme")
    filterset_class = _filterset(Evaluation)
    list_display = ["__str__", "programme", DateColumn("evaluated_on", label=gettext_lazy("date"))]

    def get_form_class(self, for_update=False):
        return EvaluationForm


class ActionplanGroup(ViewSetGroup):
    menu_label = gettext_lazy("Action programme")
    menu_icon = "tasks"
    menu_order = 240
    items = (
        ProgrammeViewSet("actionplan_programmes"),
        AxisViewSet("actionplan_axes"),
        ProjectViewSet("actionplan_projects"),
        UpdateViewSet("actionplan_updates"),
        PhotoViewSet("actionplan_photos"),
        DocumentViewSet("actionplan_documents"),
        EvaluationViewSet("actionplan_evaluations"),
        CategoryViewSet("actionplan_categories"),
    )


@hooks.register("register_admin_viewset")
def register_actionplan():
    return ActionplanGroup()
