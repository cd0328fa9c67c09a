from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentityConfig(AppConfig):
    """National identity numbers (CNIE) under law 09-08: encrypted storage, keyed
    hashes for duplicate checks, and the commune's CNDP authorisation that must exist
    before any form may collect them. Shared by petitions and information requests."""

    name = "moucharaka.core.identity"
    label = "identity"
    verbose_name = _("Identity numbers and CNDP")

    def ready(self):
        from moucharaka.core.identity import checks  # noqa: F401 (registers the check)
