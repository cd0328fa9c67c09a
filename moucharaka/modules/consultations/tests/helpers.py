"""Test helpers: URLs and counting the queries of a page."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation


def url(name: str, commune, lang: str = "ar", **kwargs) -> str:
    with translation.override(lang):
        return reverse(
            f"module-consultations:{name}", kwargs={"commune_slug": commune.slug, **kwargs}
        )


def admin_url(name: str, *args) -> str:
    return reverse(f"consultations_admin:{name}", args=args)


def queries_of(client, path: str) -> int:
    """How many SQL queries a GET of `path` runs (the response must be a 200)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)
