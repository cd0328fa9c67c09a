from moucharaka.core.registry.manifests import registry
from moucharaka.core.registry.models import ModuleInstance


def enabled_modules(commune) -> list[ModuleInstance]:
    """Published module instances of a commune whose code is installed, in order."""
    instances = ModuleInstance.objects.for_commune(commune).filter(
        is_published=True, key__in=registry.keys()
    )
    return list(instances)


def module_is_enabled(commune, key: str) -> bool:
    return (
        key in registry
        and ModuleInstance.objects.for_commune(commune).filter(key=key, is_published=True).exists()
    )
