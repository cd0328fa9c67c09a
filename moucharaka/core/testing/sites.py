"""Builds the CMS tree for test communes with the demo seeder's own functions."""

from moucharaka.core.demo.seeding import ensure_commune_site, ensure_locales, ensure_platform_home


def build_site(*communes):
    """Platform home + one commune site per commune, in every locale. Returns the
    Arabic commune home pages keyed by commune slug."""
    locales = ensure_locales()
    platform_home = ensure_platform_home(locales)
    return {c.slug: ensure_commune_site(platform_home, c, locales) for c in communes}
