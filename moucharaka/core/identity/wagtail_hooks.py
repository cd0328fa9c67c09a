"""Staff screen: the commune's CNDP authorisations. Every staff member of the commune
sees them; only its administrators record or correct one (audited)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from moucharaka.core.accounts.models import CoreRole
from moucharaka.core.identity.models import CndpAuthorisation
from moucharaka.core.identity.services import cndp_authorisation_record
from moucharaka.core.permissions import ANY_ROLE, CommuneRolePermissionPolicy
from moucharaka.core.territories.models import Commune
from moucharaka.core.viewsets import (
    TenantAdminForm,
    TenantCreateView,
    TenantEditView,
    TenantViewSet,
)

POLICY = CommuneRolePermissionPolicy(
    CndpAuthorisation,
    view=[ANY_ROLE],
    add=[CoreRole.ADMINISTRATOR],
    change=[CoreRole.ADMINISTRATOR],
)


class CndpAuthorisationForm(TenantAdminForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "commune" in self.fields and for_user is not None and not for_user.is_superuser:
            # Only the communes this user administers.
            self.fields["commune"].queryset = Commune.objects.filter(
                pk__in=POLICY.communes_for(for_user, ["add"])
            )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("granted_on"), cleaned.get("valid_until")
        if start and end and end < start:
            self.add_error("valid_until", _("The end date is before the date of the decision."))
        return cleaned


class CndpAuthorisationCreateView(TenantCreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return cndp_authorisation_record(
            commune=data["commune"],
            actor=self.request.user,
            reference=data["reference"],
            granted_on=data["granted_on"],
            valid_until=data.get("valid_until"),
            scope=data["scope"],
        )


class CndpAuthorisationEditView(TenantEditView):
    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not POLICY.user_has_permission_for_instance(self.request.user, "change", obj):
            raise PermissionDenied
        return obj


class CndpAuthorisationViewSet(TenantViewSet):
    model = CndpAuthorisation
    base_form_class = CndpAuthorisationForm
    add_view_class = CndpAuthorisationCreateView
    edit_view_class = CndpAuthorisationEditView
    form_fields = ["commune", "reference", "granted_on", "valid_until", "scope"]
    list_display = ["reference", "commune", "granted_on", "valid_until", "recorded_by"]
    inspect_view_fields = [
        "commune",
        "reference",
        "granted_on",
        "valid_until",
        "scope",
        "recorded_by",
        "recorded_at",
    ]
    icon = "lock"
    menu_label = _("CNDP authorisation")
    add_to_admin_menu = True
    menu_order = 880
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return POLICY


@hooks.register("register_admin_viewset")
def register_cndp_authorisations():
    return CndpAuthorisationViewSet("cndp_authorisations")
