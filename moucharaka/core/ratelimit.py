"""A small rate limiter on Django's cache, for acts citizens repeat (comments, signatures).

Fixed windows: `hit()` counts one act under `key` in the current window of
`window_seconds` and says whether it is still within `limit`. The cache is local memory
in the demo (per process) and Redis in production (shared by every worker), where `incr`
is atomic. A window boundary may let through up to twice `limit` acts in a short burst;
that is enough to stop floods, which is all this is for.
"""

import time

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
