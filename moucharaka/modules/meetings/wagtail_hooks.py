"""Back office of citizen meetings (Wagtail): meetings with their agenda, publishing and
cancelling, attendance (check-in, walk-ins, paper sheets, summary), the minutes,
documents and photos; and the follow-up list of recommendations across meetings.

One viewset per model (DESIGN §3), scoped to the user's communes by TenantViewSet:
another commune's meeting answers 404 on every URL. Who may do what comes from the
commune roles (permissions.py). Every write goes through services.py.
"""

from __future__ import annotations

from datetime import datetime

import django_filters
from django.core.exceptions import ValidationError
from django.db.models import BooleanField, Case, Q, Value, When
from django.forms import formset_factory
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.log_actions import log

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.territories.models import District
from moucharaka.core.viewsets import (
    ServiceErrorsMixin,
    TenantCreateView,
    TenantEditView,
    TenantIndexView,
    TenantServiceFormView,
    TenantViewSet,
)
from moucharaka.modules.meetings import rules, selectors, services
from moucharaka.modules.meetings.forms import (
    SHEET_ROWS,
    CancelMeetingForm,
    DocumentForm,
    MeetingAdminForm,
    MinutesForm,
    PhotosForm,
    PublishMeetingForm,
    RecommendationCreateForm,
    RecommendationUpdateForm,
    SheetRowForm,
    WalkInForm,
)
from moucharaka.modules.meetings.models import (
    Meeting,
    MeetingDocument,
    MeetingPhoto,
    Recommendation,
    Registration,
)
from moucharaka.modules.meetings.permissions import meeting_policy, recommendation_policy

Status = Meeting.Status


class MeetingBreadcrumbsMixin:
    """Home › Meetings › the meeting › this screen."""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("meetings:index"), "label": _("Meetings")},
            {"url": reverse("meetings:edit", args=[self.object.pk]), "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]


def _meeting_context(request, meeting: Meeting) -> dict:
    """What every staff screen about a meeting shows at its top."""
    user = request.user
    return {
        "meeting": meeting,
        "counts": selectors.counts(meeting),
        "public_url": meeting.get_absolute_url(),
        "can_change": meeting_policy.user_has_permission_for_instance(user, "change", meeting),
        "can_attend": meeting_policy.user_has_permission_for_instance(user, "attendance", meeting),
        "now": timezone.now(),
    }


# --- Meetings -------------------------------------------------------------------------


def _staff_districts(request):
    return District.objects.filter(commune__in=staff_communes(request.user))


class MeetingFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("status"), choices=Status.choices)
    kind = django_filters.ChoiceFilter(label=_("type"), choices=Meeting.Kind.choices)
    district = django_filters.ModelChoiceFilter(label=_("district"), queryset=_staff_districts)

    class Meta:
        model = Meeting
        fields = []


class DayColumn(Column):
    """A date as a date, in Morocco's time (Wagtail's DateColumn says "2 years ago")."""

    def get_value(self, instance):
        value = getattr(instance, self.accessor)
        if isinstance(value, datetime):
            value = timezone.localtime(value)
        return date_format(value, "DATE_FORMAT") if value else ""


class MeetingStatusColumn(StatusTagColumn):
    def get_value(self, instance):
        return instance.get_status_display()

    def get_primary(self, instance):
        return instance.status == Status.PUBLISHED


class RegisteredColumn(Column):
    def get_value(self, instance):
        value = str(instance.confirmed)
        if instance.capacity:
            value = f"{value} / {instance.capacity}"
        if instance.waiting:
            value = f"{value} (+{instance.waiting})"
        return value


class MeetingIndexView(TenantIndexView):
    def get_base_queryset(self):
        return selectors.staff_meetings(communes=staff_communes(self.request.user))

    def order_queryset(self, queryset):
        if not self.is_explicitly_ordered:
            return queryset.order_by("-starts_at", "-id")
        return super().order_queryset(queryset)

    def to_row_dict(self, item):
        return selectors.meeting_row(item)


class MeetingCreateView(TenantCreateView):
    def save_instance(self):
        meeting = super().save_instance()
        Meeting.objects.for_commune(meeting.commune).filter(pk=meeting.pk).update(
            created_by=self.request.user
        )
        return meeting

    def get_success_url(self):
        return reverse("meetings:edit", args=[self.object.pk])


class MeetingEditView(ServiceErrorsMixin, TenantEditView):
    template_name = "meetings/admin/edit.html"

    def save_instance(self):
        stored = Meeting.unscoped.get(pk=self.object.pk)  # the form changed self.object
        meeting = super().save_instance()
        return services.meeting_changed(
            commune=meeting.commune,
            meeting=meeting,
            actor=self.request.user,
            before=services.schedule_of(stored),
            capacity_before=stored.capacity,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(_meeting_context(self.request, self.object))
        return context


class MeetingActionView(MeetingBreadcrumbsMixin, TenantServiceFormView):
    """One step on one meeting (publish, cancel, minutes…), through its service."""

    model = Meeting
    permission_policy = meeting_policy
    permission_action = "change"
    template_name = "meetings/admin/action.html"
    header_icon = "date"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(_meeting_context(self.request, self.object))
        return context

    def get_success_url(self):
        return reverse("meetings:edit", args=[self.object.pk])


class MeetingPublishView(MeetingActionView):
    form_class = PublishMeetingForm
    page_title = _("Publish the meeting")
    submit_button_label = _("Publish")
    success_message = _("The meeting is published: the public can see it and register.")

    def run(self, form):
        services.meeting_publish(
            commune=self.object.commune, meeting=self.object, actor=self.request.user
        )


class MeetingCancelView(MeetingActionView):
    form_class = CancelMeetingForm
    page_title = _("Cancel the meeting")
    submit_button_label = _("Cancel the meeting and tell the registrants")
    success_message = _("The meeting is cancelled; the registrants are told why.")

    def run(self, form):
        services.meeting_cancel(
            commune=self.object.commune,
            meeting=self.object,
            actor=self.request.user,
            reason=form.cleaned_data["reason"],
        )


class MeetingReportView(MeetingActionView):
    """After the meeting: the minutes, and (on the same page) its documents and photos."""

    form_class = MinutesForm
    template_name = "meetings/admin/report.html"
    page_title = _("Minutes, documents and photos")
    submit_button_label = _("Save the minutes")
    success_message = _("The minutes are saved.")

    def get_initial(self):
        return {"minutes": self.object.minutes, "publish": self.object.minutes_published}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        commune_id = self.object.commune_id
        context.update(
            documents=MeetingDocument.objects.for_commune(commune_id).filter(meeting=self.object),
            photos=MeetingPhoto.objects.for_commune(commune_id).filter(meeting=self.object),
            document_form=DocumentForm(),
            photos_form=PhotosForm(),
        )
        return context

    def run(self, form):
        services.minutes_save(
            commune=self.object.commune,
            meeting=self.object,
            actor=self.request.user,
            minutes=form.cleaned_data["minutes"],
            publish=form.cleaned_data["publish"],
        )

    def get_success_url(self):
        return reverse("meetings:report", args=[self.object.pk])


class AttachmentAddView(MeetingReportView):
    """POST only: one of the report page's upload forms (`context_name` in its context);
    with errors, the report page again with that form's errors."""

    context_name = ""

    def get(self, request, *args, **kwargs):
        return redirect("meetings:report", self.object.pk)

    def get_initial(self):
        return {}

    def form_invalid(self, form):
        minutes = MinutesForm(initial=MeetingReportView.get_initial(self))
        return self.render_to_response(
            self.get_context_data(form=minutes, **{self.context_name: form})
        )

    def get_context_data(self, **kwargs):
        attachment_form = kwargs.pop(self.context_name, None)
        context = super().get_context_data(**kwargs)
        if attachment_form is not None:
            context[self.context_name] = attachment_form
        return context


class DocumentAddView(AttachmentAddView):
    form_class = DocumentForm
    context_name = "document_form"
    success_message = _("The document is published on the meeting's page.")

    def run(self, form):
        services.document_add(
            commune=self.object.commune,
            meeting=self.object,
            actor=self.request.user,
            title=form.cleaned_data["title"],
            upload=form.cleaned_data["file"],
        )


class PhotosAddView(AttachmentAddView):
    form_class = PhotosForm
    context_name = "photos_form"
    success_message = _("The photos are published on the meeting's page, without their metadata.")

    def run(self, form):
        services.photos_add(
            commune=self.object.commune,
            meeting=self.object,
            actor=self.request.user,
            uploads=form.cleaned_data["photos"],
            caption=form.cleaned_data["caption"],
        )


class MeetingObjectView(MeetingBreadcrumbsMixin, WagtailAdminTemplateMixin, View):
    """A plain staff view on one meeting of the user's communes (404 elsewhere)."""

    permission_action = "change"

    def dispatch(self, request, *args, **kwargs):
        rows = Meeting.objects.for_communes(staff_communes(request.user)).select_related("commune")
        self.object = get_object_or_404(rows, pk=kwargs["pk"])
        if not meeting_policy.user_has_permission_for_instance(
            request.user, self.permission_action, self.object
        ):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class AttachmentDeleteView(MeetingObjectView):
    """POST: delete one document or photo of the meeting."""

    model = None

    def post(self, request, pk, item):
        rows = self.model.objects.for_commune(self.object.commune).filter(meeting=self.object)
        obj = get_object_or_404(rows, pk=item)
        services.attachment_delete(commune=self.object.commune, item=obj, actor=request.user)
        messages.success(request, _("Deleted."))
        return redirect("meetings:report", self.object.pk)

    def get(self, request, *args, **kwargs):
        return HttpResponseNotAllowed(["POST"])


class AttendanceView(MeetingObjectView):
    """Registrants to check in, links to add walk-ins and paper sheets, and the
    attendance summary (raw counts, with what the public sees)."""

    permission_action = "attendance"
    template_name = "meetings/admin/attendance.html"
    page_title = _("Attendance")
    header_icon = "group"

    def get(self, request, pk):
        meeting = self.object
        context = self.get_context_data(**_meeting_context(request, meeting))
        now = timezone.now()
        try:
            rules.check_attendance(meeting, now)
            context["check_in_open"] = True
        except ValidationError as error:
            context["check_in_open"], context["check_in_closed_reason"] = False, error.messages[0]
        context.update(
            registrations=selectors.registrations_for_staff(meeting),
            summary=selectors.attendance_summary(meeting),
        )
        return self.render_to_response(context)


class CheckInView(MeetingObjectView):
    permission_action = "attendance"

    def post(self, request, pk, registration):
        rows = Registration.objects.for_commune(self.object.commune).filter(meeting=self.object)
        found = get_object_or_404(rows, pk=registration)
        try:
            services.attendance_check_in(
                commune=self.object.commune,
                registration=found,
                actor=request.user,
                channel=request.POST.get("channel", ""),
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("%(name)s is checked in.") % {"name": found.display_name or found.pk}
            )
        return redirect(f"{reverse('meetings:attendance', args=[self.object.pk])}#r{found.pk}")

    def get(self, request, *args, **kwargs):
        return HttpResponseNotAllowed(["POST"])


class WalkInView(MeetingActionView):
    form_class = WalkInForm
    permission_action = "attendance"
    page_title = _("Add a walk-in")
    submit_button_label = _("Add and enter another")
    success_message = _("Added.")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "meeting": self.object}

    def run(self, form):
        services.attendance_walk_in(
            commune=self.object.commune,
            meeting=self.object,
            actor=self.request.user,
            name=form.cleaned_data["name"],
            channel=form.cleaned_data.get("channel", ""),
            demographics=form.demographics(),
        )

    def get_success_url(self):
        return self.request.get_full_path()  # the next walk-in


class SheetView(MeetingActionView):
    """A paper attendance sheet, typed in as rows (all optional; empty rows skipped)."""

    permission_action = "attendance"
    template_name = "meetings/admin/sheet.html"
    page_title = _("Enter a paper attendance sheet")
    submit_button_label = _("Record these rows")

    def rows(self) -> int:
        try:
            return max(SHEET_ROWS, min(int(self.request.GET.get("rows", SHEET_ROWS)), 200))
        except ValueError:
            return SHEET_ROWS

    def get_form_class(self):
        return formset_factory(SheetRowForm, extra=self.rows(), max_num=200, validate_max=True)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.pop("instance", None)
        kwargs["form_kwargs"] = {
            "districts": District.objects.filter(commune=self.object.commune_id)
        }
        kwargs["prefix"] = "rows"
        return kwargs

    def form_valid(self, formset):
        try:
            self.run(formset)
        except ValidationError as error:
            for message in error.messages:
                messages.error(self.request, message)
            return self.form_invalid(formset)
        messages.success(self.request, self.success_message)
        return redirect(self.get_success_url())

    def run(self, formset):
        entered = services.attendance_sheet_enter(
            commune=self.object.commune,
            meeting=self.object,
            actor=self.request.user,
            rows=[form.row() for form in formset.forms if form.has_changed()],
        )
        self.success_message = _("%(n)s people recorded from the sheet.") % {"n": entered}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["more_rows_url"] = f"{self.request.path}?rows={self.rows() + SHEET_ROWS}"
        return context

    def get_success_url(self):
        return reverse("meetings:attendance", args=[self.object.pk])


class MeetingViewSet(TenantViewSet):
    model = Meeting
    permission_policy = meeting_policy
    icon = "date"
    menu_label = _("Meetings")
    menu_order = 100
    copy_view_enabled = False
    index_view_class = MeetingIndexView
    add_view_class = MeetingCreateView
    edit_view_class = MeetingEditView
    filterset_class = MeetingFilterSet
    list_display = [
        "title",
        Column("kind", label=_("type"), accessor="get_kind_display"),
        DayColumn("starts_at", label=_("date"), sort_key="starts_at"),
        MeetingStatusColumn("status", label=_("status"), sort_key="status"),
        RegisteredColumn("confirmed", label=_("registered"), sort_key="confirmed"),
        Column("attended", label=_("attendees"), sort_key="attended"),
        Column("commune", label=_("commune")),
    ]
    search_fields = ["title", "title_fr"]
    search_backend_name = None  # the ORM: meetings are not in Wagtail's search index
    list_export = list(selectors.EXPORT_COLUMNS)
    export_headings = selectors.EXPORT_COLUMNS
    export_filename = "meetings"
    edit_handler = ObjectList(
        [
            FieldPanel("commune"),
            FieldPanel("kind"),
            FieldPanel("title"),
            FieldPanel("title_fr"),
            FieldPanel("language"),
            FieldPanel("summary"),
            FieldRowPanel(
                [FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("Date and time")
            ),
            MultiFieldPanel(
                [
                    FieldPanel("mode"),
                    FieldPanel("venue"),
                    FieldPanel("address"),
                    FieldPanel("district"),
                    FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                    FieldPanel("online_url"),
                ],
                heading=_("Place"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("step_free_access"),
                    FieldPanel("sign_language"),
                    FieldPanel("childcare"),
                    FieldPanel("accessibility_notes"),
                ],
                heading=_("Accessibility"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("registration_enabled"),
                    FieldPanel("capacity"),
                    FieldPanel("registration_closes_at"),
                ],
                heading=_("Registration"),
            ),
            InlinePanel("agenda_items", heading=_("Agenda"), label=_("Point of the agenda")),
        ],
        base_form_class=MeetingAdminForm,
    )

    def get_form_class(self, for_update=False):
        return self._edit_handler.get_form_class()

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("publish/<int:pk>/", MeetingPublishView.as_view(), name="publish"),
            path("cancel/<int:pk>/", MeetingCancelView.as_view(), name="cancel"),
            path("report/<int:pk>/", MeetingReportView.as_view(), name="report"),
            path("report/<int:pk>/documents/", DocumentAddView.as_view(), name="document_add"),
            path("report/<int:pk>/photos/", PhotosAddView.as_view(), name="photos_add"),
            path(
                "report/<int:pk>/documents/<int:item>/delete/",
                AttachmentDeleteView.as_view(model=MeetingDocument),
                name="document_delete",
            ),
            path(
                "report/<int:pk>/photos/<int:item>/delete/",
                AttachmentDeleteView.as_view(model=MeetingPhoto),
                name="photo_delete",
            ),
            path("attendance/<int:pk>/", AttendanceView.as_view(), name="attendance"),
            path(
                "attendance/<int:pk>/check-in/<int:registration>/",
                CheckInView.as_view(),
                name="check_in",
            ),
            path("attendance/<int:pk>/walk-in/", WalkInView.as_view(), name="walk_in"),
            path("attendance/<int:pk>/sheet/", SheetView.as_view(), name="sheet"),
        ]


# --- Recommendations ------------------------------------------------------------------


def _staff_meetings(request):
    return Meeting.objects.for_communes(staff_communes(request.user)).exclude(status=Status.DRAFT)


class RecommendationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("status"), choices=Recommendation.Status.choices)
    overdue = django_filters.BooleanFilter(label=_("overdue"), field_name="is_overdue")
    meeting = django_filters.ModelChoiceFilter(label=_("meeting"), queryset=_staff_meetings)

    class Meta:
        model = Recommendation
        fields = []


class OverdueColumn(Column):
    def get_value(self, instance):
        return _("overdue") if getattr(instance, "is_overdue", False) else ""


class RecommendationStatusColumn(StatusTagColumn):
    def get_value(self, instance):
        return instance.get_status_display()

    def get_primary(self, instance):
        return not instance.is_closed


class RecommendationIndexView(TenantIndexView):
    """Every recommendation of the user's communes, open ones first, overdue flagged."""

    def get_base_queryset(self):
        today = timezone.localdate()
        closed = [Recommendation.Status.IMPLEMENTED, Recommendation.Status.NOT_RETAINED]
        return selectors.recommendation_queue(communes=staff_communes(self.request.user)).annotate(
            is_overdue=Case(
                When(Q(due_date__lt=today) & ~Q(status__in=closed), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )

    def order_queryset(self, queryset):
        if not self.is_explicitly_ordered:
            return queryset.order_by("-is_overdue", "due_date", "-meeting__starts_at", "id")
        return super().order_queryset(queryset)

    def to_row_dict(self, item):
        return selectors.recommendation_row(item, timezone.localdate())


class RecommendationCreateView(ServiceErrorsMixin, TenantCreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        meeting = data["meeting"]
        recommendation = services.recommendation_create(
            commune=meeting.commune,
            meeting=meeting,
            actor=self.request.user,
            text=data["text"],
            owner=data["owner"],
            due_date=data["due_date"],
            position=data["position"],
        )
        log(instance=recommendation, action="wagtail.create", content_changed=True)
        return recommendation


class RecommendationEditView(ServiceErrorsMixin, TenantEditView):
    template_name = "meetings/admin/recommendation_edit.html"

    def save_instance(self):
        data = self.form.cleaned_data
        recommendation = services.recommendation_update(
            commune=self.object.commune,
            recommendation=self.object,
            actor=self.request.user,
            status=data["status"],
            note=data["note"],
            text=data["text"],
            owner=data["owner"],
            due_date=data["due_date"],
            evidence=data["evidence"],
        )
        log(instance=recommendation, action="wagtail.edit", content_changed=True)
        return recommendation

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["updates"] = self.object.updates.order_by("at", "id")
        context["public_url"] = f"{self.object.meeting.get_absolute_url()}#recommendations"
        return context


class RecommendationViewSet(TenantViewSet):
    model = Recommendation
    permission_policy = recommendation_policy
    icon = "tasks"
    menu_label = _("Recommendations follow-up")
    menu_order = 200
    copy_view_enabled = False
    index_view_class = RecommendationIndexView
    add_view_class = RecommendationCreateView
    edit_view_class = RecommendationEditView
    filterset_class = RecommendationFilterSet
    list_display = [
        Column("text", label=_("recommendation"), accessor="__str__"),
        Column("meeting", label=_("meeting")),
        Column("owner", label=_("responsible"), sort_key="owner"),
        DayColumn("due_date", label=_("due date"), sort_key="due_date"),
        RecommendationStatusColumn("status", label=_("status"), sort_key="status"),
        OverdueColumn("is_overdue", label=_("overdue"), sort_key="is_overdue"),
    ]
    search_fields = ["text", "owner"]
    search_backend_name = None
    list_export = list(selectors.RECOMMENDATION_COLUMNS)
    export_headings = selectors.RECOMMENDATION_COLUMNS
    export_filename = "recommendations"

    def get_form_class(self, for_update=False):
        return RecommendationUpdateForm if for_update else RecommendationCreateForm


class MeetingsGroup(ViewSetGroup):
    menu_label = _("Citizen meetings")
    menu_icon = "date"
    menu_order = 220
    items = (MeetingViewSet("meetings"), RecommendationViewSet("meeting_recommendations"))


@hooks.register("register_admin_viewset")
def register_meetings():
    return MeetingsGroup()
