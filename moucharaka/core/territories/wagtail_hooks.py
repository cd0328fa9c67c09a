"""Platform screen for superusers: browse communes, put them on the platform.

Communes are HCP reference data loaded by `load_territories`; here a superuser only
switches a commune on (`is_active`), gives it its own hostname or its Tamazight name.
Nobody adds or deletes communes in the admin, and commune staff never see this menu.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from moucharaka.core.audit.services import audit_record
from moucharaka.core.territories.models import Commune


class SuperuserOnlyPermissionPolicy(ModelPermissionPolicy):
    """Active superusers may view and change; nobody may add or delete.

    Group permissions are ignored on purpose: giving a staff group `change_commune` by
    mistake must not let commune staff switch communes on.
    """

    allowed_actions = frozenset({"view", "change"})

    def user_has_permission(self, user, action):
        return action in self.allowed_actions and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not self.allowed_actions.intersection(actions):
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


class CommuneIndexView(generic.IndexView):
    def search_queryset(self, queryset):
        # Searching aliases joins a to-many relation: one row per matching alias.
        queryset = super().search_queryset(queryset)
        return queryset.distinct() if self.is_searching else queryset


class CommuneEditView(generic.EditView):
    def save_instance(self):
        instance = super().save_instance()
        audit_record(
            commune=instance,
            actor=self.request.user,
            action="commune.edit",
            target=instance,
            data={"changed": self.form.changed_data},
        )
        return instance


class CommuneViewSet(ModelViewSet):
    model = Commune
    index_view_class = CommuneIndexView
    edit_view_class = CommuneEditView
    form_fields = ["is_active", "hostname", "name_zgh"]
    list_display = [
        "name_fr",
        "name_ar",
        "code",
        "commune_type",
        "province",
        "is_active",
        "hostname",
    ]
    list_filter = ["commune_type", "province__region", "is_active"]
    search_fields = ["name_fr", "name_ar", "code", "aliases__alias"]
    list_per_page = 50
    copy_view_enabled = False
    icon = "site"
    menu_label = _("Communes")
    add_to_admin_menu = True
    menu_order = 950

    @property
    def permission_policy(self):
        return SuperuserOnlyPermissionPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_communes():
    return CommuneViewSet("communes")
