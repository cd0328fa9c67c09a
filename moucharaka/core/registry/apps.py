from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "moucharaka.core.registry"
    label = "registry"
    verbose_name = _("Participation modules")

    def ready(self):
        # Each installed module's manifest.py registers itself (DESIGN §4).
        autodiscover_modules("manifest")
