from moucharaka.core.registry.selectors import enabled_modules


def modules(request):
    """Navigation entries for the current commune, built from the registry."""
    commune = getattr(request, "commune", None)
    if commune is None:
        return {}
    return {"commune_modules": enabled_modules(commune)}
