from moucharaka.core.audit.models import AuditEntry


def audit_record(*, commune, actor, action: str, target, data: dict | None = None) -> AuditEntry:
    """Record one staff action on a tenant object (call it in the action's transaction)."""
    return AuditEntry.unscoped.create(
        commune=commune,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        target_type=f"{target._meta.app_label}.{target._meta.model_name}",
        target_id=str(target.pk),
        target_repr=str(target)[:255],
        data=data or {},
    )
