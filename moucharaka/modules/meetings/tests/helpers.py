"""Test helpers: public URLs, and the number of SQL queries a page runs."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation


def url(name: str, commune, lang: str = "ar", **kwargs) -> str:
    with translation.override(lang):
        return reverse(f"module-meetings:{name}", kwargs={"commune_slug": commune.slug, **kwargs})


def page_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200, path
    return len(queries)
