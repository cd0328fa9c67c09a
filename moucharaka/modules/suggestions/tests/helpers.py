"""Test helpers: URLs and counting the queries of a page."""

from django.urls import reverse
from django.utils import translation

from moucharaka.core.testing.queries import queries_of

__all__ = ["queries_of", "url"]


def url(name: str, commune, lang: str = "ar", **kwargs) -> str:
    with translation.override(lang):
        return reverse(
            f"module-suggestions:{name}", kwargs={"commune_slug": commune.slug, **kwargs}
        )
