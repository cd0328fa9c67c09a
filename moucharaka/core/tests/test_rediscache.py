"""The Redis cache backend of production settings, against the real Redis."""

import pytest
from django.core.cache.backends.redis import RedisCacheClient

from moucharaka.core.rediscache import RedisCache

REDIS = "redis://127.0.0.1:6379/9"


@pytest.fixture
def redis_cache():
    import redis

    try:
        redis.Redis.from_url(REDIS).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    cache = RedisCache(REDIS, {"KEY_PREFIX": "test-rediscache"})
    yield cache
    cache.clear()


def test_it_reuses_one_client_per_pool(redis_cache):
    client = redis_cache._cache.get_client()
    assert client is redis_cache._cache.get_client(write=True)
    assert client is not RedisCacheClient.get_client(redis_cache._cache)  # Django's: new


def test_it_behaves_as_djangos_backend(redis_cache):
    redis_cache.set("page", ("ok", [("Content-Type", "text/html")]), 30)
    assert redis_cache.get("page") == ("ok", [("Content-Type", "text/html")])
    assert redis_cache.add("counter", 0, 30) and redis_cache.incr("counter") == 1
    assert redis_cache.get_many(["page", "missing"]) == {"page": redis_cache.get("page")}
    redis_cache.delete("page")
    assert redis_cache.get("page") is None
