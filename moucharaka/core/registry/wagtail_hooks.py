from django import forms
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy

from moucharaka.core.audit.services import audit_record
from moucharaka.core.registry.manifests import registry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.registry.selectors import settings_defaults
from moucharaka.core.viewsets import (
    TenantAdminForm,
    TenantIndexView,
    TenantObjectFormView,
    TenantViewSet,
)


class ModuleInstanceForm(TenantAdminForm):
    key = forms.ChoiceField(label=_("module"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["key"].choices = [(m.key, m.label) for m in registry]


class ModuleSettingsView(TenantObjectFormView):
    """The module's own settings form (its manifest's `settings_form`), stored in
    `ModuleInstance.settings` for one commune."""

    model = ModuleInstance
    permission_policy = ModelPermissionPolicy(ModuleInstance)
    page_title = _("Module settings")

    def get_form_class(self):
        manifest = self.object.manifest
        if manifest is None or not manifest.settings_form:
            raise Http404("This module has no settings")
        return import_string(manifest.settings_form)

    def get_initial(self):
        return {**settings_defaults(self.object.manifest), **self.object.settings}

    def form_valid(self, form):
        with transaction.atomic():
            instance = self.object
            instance.settings = {**instance.settings, **form.cleaned_data}
            instance.save(update_fields=["settings"])
            audit_record(
                commune=instance.commune,
                actor=self.request.user,
                action="moduleinstance.settings",
                target=instance,
                data={"changed": form.changed_data},
            )
        messages.success(self.request, _("Settings saved."))
        return redirect("module_instances:index")


class ModuleInstanceIndexView(TenantIndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        manifest = instance.manifest
        if manifest is not None and manifest.settings_form:
            buttons.append(
                MenuItem(
                    _("Settings"),
                    url=reverse("module_instances:settings", args=[instance.pk]),
                    icon_name="cogs",
                    priority=15,
                )
            )
        return buttons


class ModuleInstanceViewSet(TenantViewSet):
    model = ModuleInstance
    base_form_class = ModuleInstanceForm
    form_fields = ["commune", "key", "is_published", "weight"]
    list_display = ["key", "commune", "is_published", "weight"]
    list_filter = ["is_published"]
    icon = "cogs"
    menu_label = _("Modules")
    add_to_admin_menu = True
    menu_order = 800
    index_view_class = ModuleInstanceIndexView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("settings/<int:pk>/", ModuleSettingsView.as_view(), name="settings"),
        ]


@hooks.register("register_admin_viewset")
def register_module_instances():
    return ModuleInstanceViewSet("module_instances")
