from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InforequestsConfig(AppConfig):
    name = "moucharaka.modules.inforequests"
    label = "inforequests"
    verbose_name = _("Requests for information")

    def ready(self):
        from moucharaka.core.workdays.signals import calendar_changed
        from moucharaka.modules.inforequests.receivers import recompute_deadlines

        calendar_changed.connect(recompute_deadlines, dispatch_uid="inforequests-deadlines")
