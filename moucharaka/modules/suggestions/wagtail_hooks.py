"""Back office of the suggestions space (Wagtail): the staff queue, offline entry, triage
and answer, moderation, exports; the commune's categories and services.

One viewset per model (DESIGN §3), scoped to the user's communes by TenantViewSet:
another commune's suggestion answers 404 on every URL. Who may do what comes from the
commune roles (permissions.py). Every write goes through services.py.
"""

from datetime import datetime, time

import django_filters
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.log_actions import log

from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.territories.models import District
from moucharaka.core.viewsets import (
    ServiceErrorsMixin,
    TenantCreateView,
    TenantEditView,
    TenantIndexView,
    TenantObjectFormView,
    TenantViewSet,
)
from moucharaka.modules.suggestions import rules, selectors, services
from moucharaka.modules.suggestions.forms import (
    HideForm,
    SuggestionEntryForm,
    SuggestionTriageForm,
    UnhideForm,
)
from moucharaka.modules.suggestions.models import Category, Service, Suggestion
from moucharaka.modules.suggestions.permissions import (
    category_policy,
    service_policy,
    suggestion_policy,
)

Status = Suggestion.Status


# --- Queue ----------------------------------------------------------------------------


def _staff_categories(request):
    return Category.objects.for_communes(staff_communes(request.user))


def _staff_services(request):
    return Service.objects.for_communes(staff_communes(request.user))


def _staff_districts(request):
    return District.objects.filter(commune__in=staff_communes(request.user))


class SuggestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("status"), choices=Status.choices)
    overdue = django_filters.BooleanFilter(label=_("overdue"), field_name="is_overdue")
    kind = django_filters.ChoiceFilter(label=_("type"), choices=Suggestion.Kind.choices)
    answer_kind = django_filters.ChoiceFilter(
        label=_("decision"), choices=Suggestion.AnswerKind.choices
    )
    category = django_filters.ModelChoiceFilter(label=_("category"), queryset=_staff_categories)
    district = django_filters.ModelChoiceFilter(label=_("district"), queryset=_staff_districts)
    assigned_service = django_filters.ModelChoiceFilter(
        label=_("assigned to"), queryset=_staff_services
    )
    channel = django_filters.ChoiceFilter(
        label=_("received"), choices=Suggestion._meta.get_field("channel").choices
    )
    is_hidden = django_filters.BooleanFilter(label=_("hidden by the moderators"))

    class Meta:
        model = Suggestion
        fields = []


class OverdueColumn(Column):
    """ "Overdue" for suggestions still waiting after the commune's target delay."""

    def get_value(self, instance):
        return _("overdue") if getattr(instance, "is_overdue", False) else ""


class SuggestionStatusColumn(StatusTagColumn):
    def get_value(self, instance):
        label = instance.get_status_display()
        if instance.is_hidden:
            return f"{label} · {_('hidden')}"
        return label

    def get_primary(self, instance):
        return instance.is_open


class SuggestionIndexView(TenantIndexView):
    """The triage queue: waiting suggestions first, oldest first; overdue flagged."""

    def get_base_queryset(self):
        queue = selectors.suggestion_queue(communes=staff_communes(self.request.user))
        return queue.select_related("category", "district", "assigned_service")

    def order_queryset(self, queryset):
        if not self.is_explicitly_ordered:
            return queryset.order_by("queue_rank", "created_at", "id")
        return super().order_queryset(queryset).order_by(*self._ordering_with_tiebreak())

    def _ordering_with_tiebreak(self):
        ordering = self.ordering if isinstance(self.ordering, (list, tuple)) else [self.ordering]
        return [*ordering, "id"]

    def to_row_dict(self, item):
        return selectors.export_row(item)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if suggestion_policy.user_has_permission_for_instance(
            self.request.user, "moderate", instance
        ):
            buttons.append(
                MenuItem(
                    _("Show again") if instance.is_hidden else _("Hide"),
                    url=reverse("suggestions:moderate", args=[instance.pk]),
                    icon_name="view" if instance.is_hidden else "no-view",
                    priority=25,
                )
            )
        return buttons


# --- Offline entry, triage and answer ---------------------------------------------------


class SuggestionCreateView(ServiceErrorsMixin, TenantCreateView):
    page_title = _("Enter a suggestion received offline")

    def save_instance(self):
        data = self.form.cleaned_data
        received_on = data["received_on"]
        received_at = timezone.now()
        if received_on != timezone.localdate():
            received_at = timezone.make_aware(datetime.combine(received_on, time(12)))
        suggestion = services.suggestion_submit(
            commune=data["commune"],
            title=data["title"],
            body=data["body"],
            kind=data["kind"],
            category=data["category"],
            district=data["district"],
            latitude=data["latitude"],
            longitude=data["longitude"],
            channel=data["channel"],
            citizen_name=data["citizen_name"],
            entered_by=self.request.user,
            photos=data["photos"],
            language="ar",
            received_at=received_at,
        )
        log(instance=suggestion, action="wagtail.create", content_changed=True)
        return suggestion


class SuggestionEditView(ServiceErrorsMixin, TenantEditView):
    page_title = _("Triage and answer")

    def save_instance(self):
        form, user = self.form, self.request.user
        data = form.cleaned_data
        suggestion = self.object
        commune = suggestion.commune
        suggestion = services.suggestion_assign(
            commune=commune,
            suggestion=suggestion,
            actor=user,
            assigned_service=data["assigned_service"],
            category=data["category"],
            district=data["district"],
        )
        if form.wants_answer():
            suggestion = services.suggestion_answer(
                commune=commune,
                suggestion=suggestion,
                actor=user,
                answer_kind=data["answer_kind"],
                answer=data["answer"],
                reason=data["answer_reason"],
                note=data["note"],
            )
        elif data["status"] != suggestion.status:
            suggestion = services.suggestion_transition(
                commune=commune,
                suggestion=suggestion,
                actor=user,
                to_status=data["status"],
                note=data["note"],
            )
        log(instance=suggestion, action="wagtail.edit", content_changed=True)
        return suggestion

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        suggestion = self.object
        context.update(
            suggestion=suggestion,
            **selectors.suggestion_page(suggestion, viewer=None),
            target_days=selectors.answer_target_days(suggestion.commune),
            is_overdue=rules.is_overdue(
                suggestion,
                target_days=selectors.answer_target_days(suggestion.commune),
                now=timezone.now(),
            ),
            public_url=suggestion.get_absolute_url(),
            can_moderate=suggestion_policy.user_has_permission_for_instance(
                self.request.user, "moderate", suggestion
            ),
        )
        return context


class SuggestionModerationView(TenantObjectFormView):
    """Hide a suggestion from the public with a reason its author sees, or show it again."""

    model = Suggestion
    permission_policy = suggestion_policy
    permission_action = "moderate"
    header_icon = "no-view"

    def get_page_title(self):
        return _("Show the suggestion again") if self.object.is_hidden else _("Hide the suggestion")

    def get_form_class(self):
        return UnhideForm if self.object.is_hidden else HideForm

    @property
    def submit_button_label(self):
        return _("Show it again") if self.object.is_hidden else _("Hide it")

    def form_valid(self, form):
        suggestion = self.object
        if suggestion.is_hidden:
            services.suggestion_unhide(
                commune=suggestion.commune, suggestion=suggestion, actor=self.request.user
            )
            messages.success(self.request, _("The suggestion is public again."))
        else:
            services.suggestion_hide(
                commune=suggestion.commune,
                suggestion=suggestion,
                actor=self.request.user,
                reason=form.cleaned_data["hidden_reason"],
            )
            messages.success(self.request, _("The suggestion is hidden; its author sees why."))
        return redirect("suggestions:index")


class SuggestionViewSet(TenantViewSet):
    model = Suggestion
    permission_policy = suggestion_policy
    icon = "comment"
    menu_label = _("Suggestions")
    menu_order = 100
    copy_view_enabled = False
    index_view_class = SuggestionIndexView
    add_view_class = SuggestionCreateView
    edit_view_class = SuggestionEditView
    edit_template_name = "suggestions/admin/edit.html"
    filterset_class = SuggestionFilterSet
    list_display = [
        "title",
        SuggestionStatusColumn("status", label=_("status"), sort_key="status"),
        OverdueColumn("is_overdue", label=_("overdue"), sort_key="is_overdue"),
        Column("category", label=_("category")),
        Column("district", label=_("district")),
        Column("assigned_service", label=_("assigned to")),
        Column("supports_count", label=_("supports"), sort_key="supports_count"),
        DateColumn("created_at", label=_("received on"), sort_key="created_at"),
    ]
    search_fields = ["title", "body"]
    search_backend_name = None  # the ORM: suggestions are not in Wagtail's search index
    list_export = list(selectors.EXPORT_COLUMNS)
    export_headings = selectors.EXPORT_COLUMNS
    export_filename = "suggestions"
    inspect_view_fields = [
        "title",
        "body",
        "kind",
        "channel",
        "citizen_name",
        "author",
        "category",
        "district",
        "latitude",
        "longitude",
        "status",
        "assigned_service",
        "answer_kind",
        "answer",
        "answer_reason",
        "answered_at",
        "supports_count",
        "is_hidden",
        "hidden_reason",
        "created_at",
    ]

    def get_form_class(self, for_update=False):
        return SuggestionTriageForm if for_update else SuggestionEntryForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("moderate/<int:pk>/", SuggestionModerationView.as_view(), name="moderate"),
        ]


# --- Lists of the commune ---------------------------------------------------------------


class CategoryViewSet(TenantViewSet):
    model = Category
    permission_policy = category_policy
    icon = "tag"
    menu_label = _("Categories")
    menu_order = 200
    form_fields = ["commune", "name_ar", "name_fr", "sort_order"]
    list_display = ["name_ar", "name_fr", "commune", "sort_order"]
    copy_view_enabled = False


class ServiceViewSet(TenantViewSet):
    model = Service
    permission_policy = service_policy
    icon = "group"
    menu_label = _("Commune services")
    menu_order = 300
    form_fields = ["commune", "name_ar", "name_fr", "sort_order"]
    list_display = ["name_ar", "name_fr", "commune", "sort_order"]
    copy_view_enabled = False


class SuggestionsGroup(ViewSetGroup):
    menu_label = _("Suggestions")
    menu_icon = "comment"
    menu_order = 210
    items = (
        SuggestionViewSet("suggestions"),
        CategoryViewSet("suggestion_categories"),
        ServiceViewSet("suggestion_services"),
    )


@hooks.register("register_admin_viewset")
def register_suggestions():
    return SuggestionsGroup()
