"""Counting the SQL queries of a page, for the bounded-queries tests (DESIGN §8)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_of(client, path: str, data: dict | None = None) -> int:
    """How many SQL queries a GET of `path` runs (the response must be a 200)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, data or {})
    assert response.status_code == 200, (path, response.status_code)
    return len(captured)
