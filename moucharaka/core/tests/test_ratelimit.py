"""ratelimit.hit: a fixed-window counter on Django's cache, shared by comments and petitions."""

from unittest import mock

from moucharaka.core import ratelimit
from moucharaka.core.ratelimit import hit


def test_it_allows_up_to_the_limit_then_refuses():
    assert [hit("k", limit=3, window_seconds=60) for _ in range(5)] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_it_counts_each_key_apart():
    assert hit("a", limit=1, window_seconds=60)
    assert not hit("a", limit=1, window_seconds=60)
    assert hit("b", limit=1, window_seconds=60)


def test_it_opens_again_in_the_next_window():
    with mock.patch.object(ratelimit.time, "time", return_value=1_000_000.0):
        assert hit("k", limit=1, window_seconds=60)
        assert not hit("k", limit=1, window_seconds=60)
    with mock.patch.object(ratelimit.time, "time", return_value=1_000_060.0):
        assert hit("k", limit=1, window_seconds=60)
