from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from moucharaka.core.audit.models import AuditEntry
from moucharaka.core.viewsets import TenantViewSet


class AuditEntryViewSet(TenantViewSet):
    """Read-only: staff hold only the view permission, and entries refuse updates."""

    model = AuditEntry
    form_fields = []
    list_display = ["at", "actor", "action", "target_repr", "commune"]
    list_filter = ["action"]
    search_fields = ["target_repr", "action"]
    icon = "history"
    menu_label = _("Audit trail")
    add_to_admin_menu = True
    menu_order = 900


@hooks.register("register_admin_viewset")
def register_audit_entries():
    return AuditEntryViewSet("audit_entries")
