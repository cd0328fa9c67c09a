from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CharterConfig(AppConfig):
    name = "moucharaka.modules.charter"
    label = "charter"
    verbose_name = _("Participation charter")
