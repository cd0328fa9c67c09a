from django.utils.module_loading import import_string

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


def settings_defaults(manifest) -> dict:
    """Initial values of the fields of a manifest's settings form (its defaults)."""
    if manifest is None or not manifest.settings_form:
        return {}
    form_class = import_string(manifest.settings_form)
    return {
        name: field.initial() if callable(field.initial) else field.initial
        for name, field in form_class.base_fields.items()
        if field.initial is not None
    }


def module_settings(commune, key: str) -> dict:
    """A module's settings for one commune: what its staff saved over the defaults of
    the module's settings form (one query)."""
    saved = (
        ModuleInstance.objects.for_commune(commune)
        .filter(key=key)
        .values_list("settings", flat=True)
        .first()
    )
    return {**settings_defaults(registry.get(key)), **(saved or {})}
