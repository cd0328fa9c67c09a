from django.db import transaction

from moucharaka.core.audit.services import audit_record
from moucharaka.core.registry.manifests import RegistryError, registry
from moucharaka.core.registry.models import ModuleInstance


@transaction.atomic
def module_enable(*, commune, key: str, actor=None, settings=None) -> ModuleInstance:
    manifest = registry.get(key)
    if manifest is None:
        raise RegistryError(f"unknown module {key!r}")
    instance, created = ModuleInstance.unscoped.get_or_create(
        commune=commune,
        key=key,
        defaults={"weight": manifest.weight, "settings": settings or {}},
    )
    if created or not instance.is_published:
        instance.is_published = True
        instance.save(update_fields=["is_published"])
        audit_record(commune=commune, actor=actor, action="module.enable", target=instance)
    return instance
