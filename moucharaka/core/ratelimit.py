"""A small rate limiter on Django's cache, for acts citizens repeat (comments, signatures).

Fixed windows: `hit()` counts one act under `key` in the current window of
`window_seconds` and says whether it is still within `limit`. The cache is local memory
in the demo (per process) and Redis in production (shared by every worker), where `incr`
is atomic. A window boundary may let through up to twice `limit` acts in a short burst;
that is enough to stop floods, which is all this is for.
"""

import time

from django.conf import settings
from django.core.cache import cache


def hit(key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one act under `key`; True while at most `limit` acts fell in this window.

    Refused acts count too, so hammering does not reopen the window early.
    Example: `if not hit(f"comment-post:{user.pk}", limit=10, window_seconds=600): ...`
    """
    window = int(time.time() // window_seconds)
    cache_key = f"ratelimit:{key}:{window}"
    # add() is a no-op when the counter exists; the timeout outlives the window a little.
    cache.add(cache_key, 0, timeout=window_seconds + 5)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, 1, timeout=window_seconds + 5)
        count = 1
    return count <= limit


def client_address(request) -> str:
    """The address per-address limits count. Behind TRUSTED_PROXY_COUNT reverse proxies
    (nginx in production appends the peer it saw to X-Forwarded-For), the client is
    that many entries from the end; entries further left are client-sent and ignored."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [address for address in forwarded if address]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
