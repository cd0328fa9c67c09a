from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from moucharaka.core.registry.manifests import registry
from moucharaka.core.registry.models import ModuleInstance
from moucharaka.core.viewsets import TenantAdminForm, TenantViewSet


class ModuleInstanceForm(TenantAdminForm):
    key = forms.ChoiceField(label=_("module"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["key"].choices = [(m.key, m.label) for m in registry]


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


@hooks.register("register_admin_viewset")
def register_module_instances():
    return ModuleInstanceViewSet("module_instances")
