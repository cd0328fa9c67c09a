"""Whole-page cache for anonymous visitors, never stale after a write (issue 10).

Most visitors read without signing in, and the public pages are the same for all of them
in one language. `AnonymousPageCacheMiddleware` keeps such a page (GET, 200, HTML, no
cookie set, no CSRF token used, no session or messages cookie sent) in the cache under a
key made of the URL (which holds the language), and the current *generations* of what
the page depends on:
- `global`: bumped by a committed write to any table that is not commune data (users,
  CMS pages, territories, modules switched on…), so every page is rebuilt;
- `commune:<slug>`: bumped by a committed write to commune data (`TenantModel` tables)
  made while serving a URL of that commune (`/<lang>/<slug>/…`, its home included);
- `platform`: bumped with every commune's generation, for pages without a commune
  (platform home, CMS pages), which may show figures of several communes.
A write to commune data outside a commune URL (back office, tasks, commands) bumps
`global`. Writes are seen at the SQL level (every INSERT, UPDATE and DELETE of the
connection, bulk ones included), not through model signals, so none is missed; the bump
happens when the transaction commits. Pages that change with time alone (deadlines,
"overdue") are kept `PAGE_CACHE_SECONDS` at most.
"""

from __future__ import annotations

import contextvars
import hashlib
import re
import uuid
from functools import cache as memoize

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.backends.signals import connection_created
from django.dispatch import receiver
from django.http import HttpResponse

# Tables whose writes no anonymous page shows.
IGNORED_TABLES = frozenset(
    {
        "django_session",
        "audit_auditentry",
        "notifications_notification",
    }
)
_WRITE = re.compile(
    r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?([\w.]+)"?',
    re.IGNORECASE,
)
_current_commune: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "pagecache_commune", default=None
)


def _generation_key(scope: str) -> str:
    return f"pagecache:generation:{scope}"


def bump(scope: str) -> None:
    """New generation for `scope` ("global", "platform" or "commune:<slug>")."""
    scopes = [scope, "platform"] if scope.startswith("commune:") else [scope]
    cache.set_many({_generation_key(s): uuid.uuid4().hex for s in scopes}, timeout=None)


@memoize
def _tenant_tables() -> frozenset[str]:
    from django.apps import apps

    from moucharaka.core.tenancy import TenantModel

    return frozenset(
        model._meta.db_table for model in apps.get_models() if issubclass(model, TenantModel)
    )


class _Bump:
    """An on-commit callback, equal to another for the same scope (scheduled once)."""

    def __init__(self, scope: str):
        self.scope = scope

    def __call__(self) -> None:
        bump(self.scope)

    def __eq__(self, other) -> bool:
        return isinstance(other, _Bump) and other.scope == self.scope

    def __hash__(self) -> int:
        return hash(self.scope)


def _watch_writes(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    match = _WRITE.match(sql) if isinstance(sql, str) else None
    if match and settings.PAGE_CACHE_SECONDS > 0:
        table = match.group(1).split(".")[-1].strip('"')
        if table not in IGNORED_TABLES:
            commune_slug = _current_commune.get()
            if table in _tenant_tables() and commune_slug is not None:
                scope = f"commune:{commune_slug}"
            else:
                scope = "global"
            connection = context["connection"]
            callback = _Bump(scope)
            if not any(pending[1] == callback for pending in connection.run_on_commit):
                transaction.on_commit(callback, using=connection.alias)
    return result


@receiver(connection_created)
def _install_write_watcher(sender, connection, **kwargs):
    if _watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watch_writes)


class AnonymousPageCacheMiddleware:
    """Last in MIDDLEWARE: the outer middleware (security headers…) still run on hits,
    and a hit is answered before the URL is even resolved."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_commune.set(None)
        try:
            key = _page_key(request) if _cacheable_request(request) else None
            if key:
                hit = cache.get(key)
                if hit is not None:
                    status, headers, content = hit
                    response = HttpResponse(content, status=status)
                    for name, value in headers:
                        response[name] = value
                    return response
            response = self.get_response(request)
            if key and _storable(request, response):
                if getattr(response, "is_rendered", True):
                    _store(key, response)
                else:
                    response.add_post_render_callback(lambda r: _store(key, r))
            return response
        finally:
            _current_commune.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Writes from here on are this commune's (CommuneMiddleware has resolved it).
        commune = getattr(request, "commune", None)
        _current_commune.set(commune.slug if commune else None)


def _page_key(request) -> str:
    # /<lang>/<commune-slug>/…: the commune's pages depend on its own generation.
    segments = request.path.split("/")
    slug = segments[2] if len(segments) > 2 else ""
    keys = [_generation_key(s) for s in ("global", "platform", f"commune:{slug}")]
    generations = cache.get_many(keys)
    global_generation = generations.get(keys[0], "0")
    scope_key = keys[2] if slug in _active_slugs(global_generation) else keys[1]
    raw = "|".join(
        [
            request.get_full_path(),
            getattr(request, "LANGUAGE_CODE", ""),
            global_generation,
            scope_key,
            generations.get(scope_key, "0"),
        ]
    )
    return "pagecache:page:" + hashlib.sha256(raw.encode()).hexdigest()


_slugs: tuple[str, frozenset[str]] = ("", frozenset())


def _active_slugs(global_generation: str) -> frozenset[str]:
    """The active communes' slugs, read again when the global generation moves (every
    change to communes moves it)."""
    global _slugs
    if _slugs[0] != global_generation:
        from moucharaka.core.territories.models import Commune

        slugs = frozenset(Commune.objects.filter(is_active=True).values_list("slug", flat=True))
        _slugs = (global_generation, slugs)
    return _slugs[1]


def _cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.user.is_authenticated
    )


def _storable(request, response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")


def _store(key: str, response) -> None:
    headers = [(name, response[name]) for name in KEPT_HEADERS if name in response]
    cache.set(key, (response.status_code, headers, response.content), settings.PAGE_CACHE_SECONDS)
