"""ratelimit.hit: a fixed-window counter on Django's cache, shared by comments and petitions."""

from unittest import mock

from moucharaka.core import ratelimit
from moucharaka.core.ratelimit import client_address, hit


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


def test_it_reads_the_client_address_behind_the_proxy(settings, rf):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 41.250.1.2", REMOTE_ADDR="127.0.0.1")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == "127.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request) == "41.250.1.2"  # the spoofable first entry is ignored
    assert client_address(rf.get("/", REMOTE_ADDR="10.0.0.1")) == "10.0.0.1"
