"""Django's Redis cache backend, reusing one `redis.Redis` client per connection pool.

Django builds a new client object for every cache call, which costs about 0.2 ms of
Python each time. A cached page makes three cache calls, so this was about 40 % of the
time it took to serve one (bench/RESULTS.md). redis-py clients are safe to share between
threads, since each command takes a connection from the pool.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class _ReusingClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusingClient
