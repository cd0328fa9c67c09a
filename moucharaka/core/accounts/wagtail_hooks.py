from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from moucharaka.core.accounts.models import CommuneRole
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
