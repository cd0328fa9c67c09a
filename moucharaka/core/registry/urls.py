from django.urls import include, path

from moucharaka.core.registry.manifests import registry


def module_urlpatterns():
    """One include per registered module, namespaced `module-<key>`.

    `commune_slug` is consumed by CommuneMiddleware, which sets `request.commune` and
    404s when the commune is unknown or has not switched the module on.
    """
    return [
        path(
            f"<slug:commune_slug>/{manifest.key}/",
            include((manifest.urls, manifest.key), namespace=f"module-{manifest.key}"),
        )
        for manifest in registry
    ]
