"""Back office of requests for information (DESIGN §3: one viewset per model).

The queue lists unanswered requests first, by deadline, with the working days left;
overdue requests stand out. Who may do what comes from commune roles
(`permissions.py`), checked on each request's own commune; every step goes through a
service that checks the role again and writes the audit trail.
"""

from django.contrib import messages
from django.db.models import Case, IntegerField, Value, When
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from django_filters import ChoiceFilter
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, Table
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.audit.services import audit_record
from moucharaka.core.identity.selectors import cnie_collection_allowed
from moucharaka.core.identity.services import CnieCollectionBlocked
from moucharaka.core.territories.models import Commune
from moucharaka.core.viewsets import (
    TenantAdminForm,
    TenantCreateView,
    TenantEditView,
    TenantIndexView,
    TenantInspectView,
    TenantServiceFormView,
    TenantViewSet,
)
from moucharaka.core.workdays.calendar import calendar_for
from moucharaka.modules.inforequests import rules, selectors, services
from moucharaka.modules.inforequests.forms import (
    ComplaintAnswerForm,
    ComplaintRegisterForm,
    ExtendForm,
    PublishForm,
    RegisterForm,
    RespondForm,
)
from moucharaka.modules.inforequests.models import (
    AnswerDocument,
    InfoRequest,
    PublishedInformation,
)
from moucharaka.modules.inforequests.permissions import register_policy, request_policy
from moucharaka.modules.inforequests.services import InfoRequestError

Status = InfoRequest.Status


# --- The queue -----------------------------------------------------------------------


class QueueFilterSet(WagtailFilterSet):
    state = ChoiceFilter(
        label=gettext_lazy("Deadline"),
        choices=[
            ("overdue", gettext_lazy("overdue")),
            ("pending", gettext_lazy("being processed")),
            ("urgent", gettext_lazy("urgent")),
            ("extended", gettext_lazy("extended")),
        ],
        method="filter_state",
        empty_label=gettext_lazy("all"),
    )

    class Meta:
        model = InfoRequest
        fields = ["status", "channel"]

    def filter_state(self, queryset, name, value):
        today = timezone.localdate()
        if value == "overdue":
            return queryset.filter(status=Status.PENDING, due_on__lt=today)
        if value == "pending":
            return queryset.filter(status=Status.PENDING)
        if value == "urgent":
            return queryset.filter(urgent=True)
        if value == "extended":
            return queryset.filter(extended_at__isnull=False)
        return queryset


class DeadlineColumn(Column):
    """Working days left to answer; overdue requests in red."""

    cell_template_name = "inforequests/admin/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        calendars = parent_context.setdefault("_inforequests_calendars", {})
        calendar = calendars.get(instance.commune_id)
        if calendar is None:
            calendar = calendars[instance.commune_id] = calendar_for(instance.commune)
        left = None
        if instance.is_pending:
            left = calendar.working_days_between(timezone.localdate(), instance.due_on)
        context.update(request_row=instance, left=left)
        return context


class QueueTable(Table):
    def get_row_classname(self, instance):
        return "inforequests-overdue" if instance.is_overdue else ""


class QueueView(TenantIndexView):
    table_class = QueueTable

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("commune")
            .annotate(
                queue_rank=Case(
                    When(status=Status.PENDING, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("queue_rank", "due_on", "-id")
        )


class RequestInspectView(TenantInspectView):
    template_name = "inforequests/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request, user = self.object, self.request.user
        complaint = selectors.request_complaint(request)
        calendar = calendar_for(request.commune)
        route = selectors.request_route(
            request, complaint, calendar=calendar, today=timezone.localdate()
        )
        can = request_policy.user_has_permission_for_instance
        context.update(
            info_request=request,
            complaint=complaint,
            route=route,
            events=selectors.request_timeline(request),
            documents=selectors.request_documents(request),
            same_person=list(selectors.same_person_requests(request)[:10]),
            publications=list(request.publications.order_by("-published_at")[:10]),
            can_handle=can(user, "handle", request),
            can_complaint=can(user, "complaint", request),
            extension_blocked=rules.extension_refused_because(
                pending=request.is_pending,
                extended=request.is_extended,
                first_due=request.first_due_on,
                today=timezone.localdate(),
            ),
        )
        return context


class RequestEditView(TenantEditView):
    """Staff never edit a request: the "edit" URL shows it."""

    def dispatch(self, request, *args, **kwargs):
        return redirect("inforequests_admin:inspect", kwargs["pk"])


class RegisterView(WagtailAdminTemplateMixin, TemplateView):
    """A request received at the desk, by post or by e-mail (art. 14). An officer of
    several communes first chooses the commune (its CNDP authorisation decides whether
    the CNIE number may be collected)."""

    template_name = "inforequests/admin/register.html"
    page_title = gettext_lazy("Register a request received at the desk or by post")
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        communes = request_policy.communes_for(request.user, ["add"])
        if request.user.is_superuser:
            communes = set(staff_communes(request.user).values_list("pk", flat=True))
        self.communes = Commune.objects.filter(pk__in=communes).order_by("name_fr")
        if not communes:
            return permission_denied(request)
        chosen = request.GET.get("commune") or (
            str(next(iter(communes))) if len(communes) == 1 else None
        )
        self.commune = self.communes.filter(pk=chosen).first() if chosen else None
        return super().dispatch(request, *args, **kwargs)

    def form(self, data=None):
        return RegisterForm(
            data,
            cnie_allowed=cnie_collection_allowed(self.commune),
            initial={"received_on": timezone.localdate(), "channel": "desk"},
        )

    def get(self, request):
        form = self.form() if self.commune else None
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request):
        if self.commune is None:
            raise Http404
        form = self.form(request.POST)
        if form.is_valid():
            try:
                data = dict(form.cleaned_data)
                created = services.request_register(
                    commune=self.commune,
                    actor=request.user,
                    channel=data.pop("channel"),
                    received_on=data.pop("received_on"),
                    details=services.RequestDetails(**data),
                )
            except (InfoRequestError, CnieCollectionBlocked) as error:
                form.add_error(None, getattr(error, "message", str(error)))
            else:
                messages.success(
                    request,
                    _("Request %(reference)s registered; give the requester the acknowledgement.")
                    % {"reference": created.reference},
                )
                return redirect("inforequests_admin:inspect", created.pk)
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(communes=self.communes, commune=self.commune)
        return context


# --- Steps ---------------------------------------------------------------------------


class RequestActionView(TenantServiceFormView):
    """One step on one request, through its service."""

    model = InfoRequest
    permission_policy = request_policy
    permission_action = "handle"
    service_errors = (InfoRequestError,)
    template_name = "inforequests/admin/form.html"
    header_icon = "help"
    pending_only = True

    def get(self, request, *args, **kwargs):
        if self.pending_only and not self.object.is_pending:
            messages.error(request, _("This request has already been answered."))
            return redirect("inforequests_admin:inspect", self.object.pk)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["info_request"] = self.object
        return context

    def get_success_url(self):
        return reverse("inforequests_admin:inspect", args=[self.object.pk])


class ExtendView(RequestActionView):
    form_class = ExtendForm
    page_title = gettext_lazy("Extend the deadline (art. 16)")
    submit_button_label = gettext_lazy("Extend and inform the requester")
    success_message = gettext_lazy("The deadline was extended; the requester was informed.")

    def run(self, form):
        services.request_extend(
            commune=self.object.commune,
            request=self.object,
            actor=self.request.user,
            reason=form.cleaned_data["reason"],
            details=form.cleaned_data["details"],
        )


class RespondView(RequestActionView):
    form_class = RespondForm
    page_title = gettext_lazy("Respond to the request")
    submit_button_label = gettext_lazy("Send the response")
    success_message = gettext_lazy("The response was sent to the requester.")

    def get_form_kwargs(self):
        register = selectors.register_entries(self.object.commune)
        return {**super().get_form_kwargs(), "register": register}

    def run(self, form):
        data = form.cleaned_data
        services.request_respond(
            commune=self.object.commune,
            request=self.object,
            actor=self.request.user,
            outcome=data["outcome"],
            text=data["text"],
            documents=[(upload.name, upload) for upload in data["documents"]],
            grounds=data["grounds"],
            details=data["details"],
            already_published=data["already_published"],
        )


class PublishView(RequestActionView):
    form_class = PublishForm
    page_title = gettext_lazy("Publish in the register of published information")
    submit_button_label = gettext_lazy("Publish")
    success_message = gettext_lazy("The information is published in the public register.")
    pending_only = False

    def get_form_kwargs(self):
        documents = AnswerDocument.objects.for_commune(self.object.commune).filter(
            request=self.object
        )
        return {**super().get_form_kwargs(), "documents": documents}

    def get_initial(self):
        return {"title": self.object.subject, "summary": self.object.response_text}

    def run(self, form):
        services.request_publish(
            commune=self.object.commune,
            request=self.object,
            actor=self.request.user,
            title=form.cleaned_data["title"],
            summary=form.cleaned_data["summary"],
            documents=form.cleaned_data["documents"],
        )


class ComplaintRegisterView(RequestActionView):
    form_class = ComplaintRegisterForm
    permission_action = "complaint"
    page_title = gettext_lazy("Register a complaint received on paper (art. 19)")
    submit_button_label = gettext_lazy("Register the complaint")
    success_message = gettext_lazy("The complaint was registered.")
    pending_only = False

    def get_initial(self):
        return {"filed_on": timezone.localdate(), "channel": "desk"}

    def run(self, form):
        data = form.cleaned_data
        services.complaint_file(
            commune=self.object.commune,
            request=self.object,
            actor=self.request.user,
            text=data["text"],
            channel=data["channel"],
            filed_on=data["filed_on"],
        )


class ComplaintAnswerView(RequestActionView):
    form_class = ComplaintAnswerForm
    permission_action = "complaint"
    page_title = gettext_lazy("The decision on the complaint (art. 19)")
    submit_button_label = gettext_lazy("Record the decision")
    success_message = gettext_lazy("The decision was recorded; the requester was informed.")
    pending_only = False

    def get(self, request, *args, **kwargs):
        if selectors.request_complaint(self.object) is None:
            raise Http404
        return super().get(request, *args, **kwargs)

    def run(self, form):
        complaint = selectors.request_complaint(self.object)
        if complaint is None:
            raise Http404
        services.complaint_answer(
            commune=self.object.commune,
            complaint=complaint,
            actor=self.request.user,
            upheld=form.cleaned_data["upheld"],
            text=form.cleaned_data["text"],
        )


def answer_document(request, pk):
    """A document of an answer (may hold personal data): staff of its commune who may
    read requests, audited."""
    rows = AnswerDocument.objects.for_communes(staff_communes(request.user)).select_related(
        "request"
    )
    doc = get_object_or_404(rows, pk=pk)
    if not request_policy.user_has_permission_for_instance(request.user, "view", doc):
        return permission_denied(request)
    if not doc.file:
        raise Http404
    audit_record(
        commune=doc.commune,
        actor=request.user,
        action="inforequest.document_download",
        target=doc.request,
        data={"document": doc.pk},
    )
    response = FileResponse(doc.file.open("rb"), as_attachment=True)
    response["Cache-Control"] = "no-store"
    return response


class InfoRequestViewSet(TenantViewSet):
    model = InfoRequest
    form_fields = ["subject"]
    list_display = [
        Column("reference", label=gettext_lazy("reference"), accessor="reference"),
        "subject",
        DeadlineColumn("deadline", label=gettext_lazy("deadline")),
        Column("status", label=gettext_lazy("status"), accessor="get_status_display"),
        "received_on",
        Column("channel", label=gettext_lazy("channel"), accessor="get_channel_display"),
        "commune",
    ]
    filterset_class = QueueFilterSet
    search_fields = ["subject"]
    # The inspect template shows the request itself; no generic dump of every column
    # (the encrypted CNIE number and its hash stay out of the page's context).
    inspect_view_fields = ["subject", "status", "received_on", "due_on"]
    index_view_class = QueueView
    inspect_view_class = RequestInspectView
    edit_view_class = RequestEditView
    copy_view_enabled = False
    icon = "help"
    menu_label = gettext_lazy("Requests for information")
    add_to_admin_menu = True
    menu_order = 330

    @property
    def permission_policy(self):
        return request_policy

    @property
    def add_view(self):
        return RegisterView.as_view()

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/extend/", ExtendView.as_view(), name="extend"),
            path("<int:pk>/respond/", RespondView.as_view(), name="respond"),
            path("<int:pk>/publish/", PublishView.as_view(), name="publish"),
            path("<int:pk>/complaint/", ComplaintRegisterView.as_view(), name="complaint"),
            path(
                "<int:pk>/complaint/answer/",
                ComplaintAnswerView.as_view(),
                name="complaint_answer",
            ),
            path("documents/<int:pk>/", answer_document, name="document"),
        ]


# --- The register --------------------------------------------------------------------


class RegisterEntryForm(TenantAdminForm):
    def clean(self):
        cleaned = super().clean()
        text = "\n".join([cleaned.get("title") or "", cleaned.get("summary") or ""])
        found = rules.personal_data_found(text, names=[])
        if found:
            labels = services.PERSONAL_DATA_LABELS
            self.add_error(
                "summary",
                _("Remove the personal data before publishing: the text contains %(what)s.")
                % {"what": ", ".join(str(labels[kind]()) for kind in found)},
            )
        return cleaned


class RegisterEntryCreateView(TenantCreateView):
    def save_instance(self):
        instance = super().save_instance()
        PublishedInformation.objects.for_commune(instance.commune).filter(pk=instance.pk).update(
            published_by=self.request.user
        )
        return instance


class PublishedInformationViewSet(TenantViewSet):
    model = PublishedInformation
    base_form_class = RegisterEntryForm
    add_view_class = RegisterEntryCreateView
    form_fields = ["commune", "title", "summary", "published_at"]
    list_display = ["title", "published_at", "commune"]
    search_fields = ["title"]
    inspect_view_fields = ["commune", "title", "summary", "published_at", "source_request"]
    icon = "doc-full"
    menu_label = gettext_lazy("Published information")
    add_to_admin_menu = True
    menu_order = 335
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return register_policy


@hooks.register("register_admin_viewset")
def register_inforequests_viewsets():
    return [
        InfoRequestViewSet("inforequests_admin"),
        PublishedInformationViewSet("inforequests_register"),
    ]


@hooks.register("insert_global_admin_css")
def inforequests_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("inforequests/admin.css"))
