from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "moucharaka.core.cms"
    label = "cms"
    verbose_name = _("Model website")

    def ready(self):
        from moucharaka.core.cms import signals

        signals.connect()
