from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkdaysConfig(AppConfig):
    """Moroccan working days for legal deadlines: weekends, national public holidays
    (fixed and Islamic, from the `holidays` package) and each commune's own calendar
    (local closures, corrected dates of Islamic holidays)."""

    name = "moucharaka.core.workdays"
    label = "workdays"
    verbose_name = _("Working days")
