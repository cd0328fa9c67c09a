from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from moucharaka.core.accounts.models import Association, CommuneRole, Supervisor
from moucharaka.core.accounts.roles import role_choices
from moucharaka.core.accounts.services import commune_role_grant
from moucharaka.core.viewsets import TenantAdminForm, TenantCreateView, TenantViewSet


class CommuneRoleForm(TenantAdminForm):
    role = forms.ChoiceField(label=_("role"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = role_choices()


class CommuneRoleCreateView(TenantCreateView):
    def save_instance(self):
        # Granting a role also sets the Wagtail groups; the service does both and audits.
        data = self.form.cleaned_data
        return commune_role_grant(
            commune=data["commune"], user=data["user"], role=data["role"], actor=self.request.user
        )


class CommuneRoleViewSet(TenantViewSet):
    """Commune administrators grant and revoke their colleagues' roles."""

    model = CommuneRole
    base_form_class = CommuneRoleForm
    add_view_class = CommuneRoleCreateView
    form_fields = ["commune", "user", "role"]
    list_display = ["user", "role_label", "commune", "granted_at"]
    icon = "group"
    menu_label = _("Staff roles")
    add_to_admin_menu = True
    menu_order = 850


@hooks.register("register_admin_viewset")
def register_commune_roles():
    return CommuneRoleViewSet("commune_roles")


class AssociationViewSet(ModelViewSet):
    """Platform-level: associations act across communes, so no tenant scoping."""

    model = Association
    form_fields = [
        "name",
        "name_fr",
        "registration_date",
        "registration_number",
        "seat_commune",
        "domains",
        "email",
    ]
    list_display = ["name", "seat_commune", "registration_date"]
    search_fields = ["name", "name_fr", "registration_number"]
    icon = "group"
    menu_label = _("Associations")
    add_to_admin_menu = True
    menu_order = 860


class SupervisorViewSet(ModelViewSet):
    model = Supervisor
    form_fields = ["user", "level", "region", "province"]
    list_display = ["user", "level", "region", "province"]
    icon = "view"
    menu_label = _("Supervisors")
    add_to_admin_menu = True
    menu_order = 870


@hooks.register("register_admin_viewset")
def register_platform_viewsets():
    return [AssociationViewSet("associations"), SupervisorViewSet("supervisors")]
