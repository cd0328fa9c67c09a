"""Staff screens of the commune calendar: every staff member sees it; only the commune's
administrators record local closures and correct the dates of Islamic holidays
(audited, through `services`). The "Working calendar" screen shows a year's closed days
as every deadline of the platform counts them."""

import datetime

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.accounts.roles import staff_communes
from moucharaka.core.permissions import ANY_ROLE, CommuneRolePermissionPolicy
from moucharaka.core.territories.models import Commune
from moucharaka.core.viewsets import (
    TenantAdminForm,
    TenantCreateView,
    TenantDeleteView,
    TenantEditView,
    TenantIndexView,
    TenantViewSet,
)
from moucharaka.core.workdays import services
from moucharaka.core.workdays.calendar import WorkingCalendar, calendar_for
from moucharaka.core.workdays.models import CalendarDay

POLICY = CommuneRolePermissionPolicy(
    CalendarDay,
    view=[ANY_ROLE],
    add=[CoreRole.ADMINISTRATOR],
    change=[CoreRole.ADMINISTRATOR],
    delete=[CoreRole.ADMINISTRATOR],
)


class CalendarDayForm(TenantAdminForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "commune" in self.fields and for_user is not None and not for_user.is_superuser:
            administered = POLICY.communes_for(for_user, ["add", "change"])
            self.fields["commune"].queryset = Commune.objects.filter(pk__in=administered)
        self.fields["kind"].help_text = _(
            "Islamic holidays follow the sighting of the moon; the national calendar only "
            "estimates them. When the official date differs, record it as “public holiday "
            "observed on this day” and cancel the estimated one as a “working day”."
        )

    def clean(self):
        cleaned = super().clean()
        day, kind = cleaned.get("day"), cleaned.get("kind")
        if day and kind:
            national = WorkingCalendar()
            if kind == CalendarDay.Kind.WORKING and national.holiday(day) is None:
                self.add_error("day", _("There is no national public holiday on this day."))
            closed = national.closed_because(day)
            if kind != CalendarDay.Kind.WORKING and closed is not None:
                self.add_error(
                    "day",
                    _("The offices are already closed on this day (%(reason)s).")
                    % {"reason": closed.reason},
                )
        return cleaned


class CalendarDayCreateView(TenantCreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return services.calendar_day_record(
            commune=data["commune"],
            actor=self.request.user,
            day=data["day"],
            kind=data["kind"],
            reason=data["reason"],
        )


class CalendarDayEditView(TenantEditView):
    def get_object(self, queryset=None):
        entry = super().get_object(queryset)
        if not POLICY.user_has_permission_for_instance(self.request.user, "change", entry):
            raise PermissionDenied
        return entry

    def save_instance(self):
        data = self.form.cleaned_data
        # The commune of an entry never changes: another commune's calendar is its own.
        return services.calendar_day_update(
            entry=CalendarDay.objects.for_commune(self.object.commune).get(pk=self.object.pk),
            actor=self.request.user,
            day=data["day"],
            kind=data["kind"],
            reason=data["reason"],
        )


class CalendarDayDeleteView(TenantDeleteView):
    def delete_action(self):
        services.calendar_day_delete(entry=self.object, actor=self.request.user)


class CalendarDayIndexView(TenantIndexView):
    @property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(
                _("Working calendar"), url=reverse("calendar_days:year"), icon_name="date"
            ),
        ]


class YearView(WagtailAdminTemplateMixin, TemplateView):
    """The closed days of one year in one of the user's communes, as deadlines count
    them: national holidays (estimated dates flagged), the commune's corrections and
    local closures. Weekends are left out."""

    template_name = "workdays/admin/year.html"
    page_title = _("Working calendar")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not POLICY.user_has_permission(request.user, "view"):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        communes = list(staff_communes(self.request.user).order_by("name_fr")[:200])
        chosen = self.request.GET.get("commune")
        commune = next((c for c in communes if str(c.pk) == chosen), None) or (
            communes[0] if communes else None
        )
        try:
            year = int(self.request.GET.get("year", ""))
        except ValueError:
            year = timezone.localdate().year
        year = min(max(year, 2000), 2100)
        calendar = calendar_for(commune)
        closed = calendar.non_working_days(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
        working = []
        if commune is not None:
            working = list(
                CalendarDay.objects.for_commune(commune).filter(
                    kind=CalendarDay.Kind.WORKING, day__year=year
                )
            )
        context.update(
            communes=communes,
            commune=commune,
            year=year,
            years=[year - 1, year + 1],
            closed=[d for d in closed if d.kind != "weekend"],
            working=working,
            can_edit=commune is not None
            and POLICY.user_has_permission_for_instance(
                self.request.user, "add", CalendarDay(commune=commune)
            ),
        )
        return context


class CalendarDayViewSet(TenantViewSet):
    model = CalendarDay
    base_form_class = CalendarDayForm
    index_view_class = CalendarDayIndexView
    add_view_class = CalendarDayCreateView
    edit_view_class = CalendarDayEditView
    delete_view_class = CalendarDayDeleteView
    form_fields = ["commune", "day", "kind", "reason"]
    list_display = ["day", "kind", "reason", "commune", "recorded_by"]
    list_filter = ["kind"]
    inspect_view_fields = ["commune", "day", "kind", "reason", "recorded_by", "recorded_at"]
    icon = "date"
    menu_label = _("Commune calendar")
    add_to_admin_menu = True
    menu_order = 870
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return POLICY

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("year/", YearView.as_view(), name="year")]


@hooks.register("register_admin_viewset")
def register_calendar_days():
    return CalendarDayViewSet("calendar_days")
