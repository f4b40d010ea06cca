"""The shared cache (Redis, `CACHE_URL`): Django's own backend, keeping one client per connection pool.

Django's RedisCacheClient makes a new `redis.Redis` for every operation, and each one sets up its few hundred
response callbacks: about 0.4 ms on the benchmark's machine, most of what a cache read costs. One per pool
serves every operation instead: Django gives each thread its own cache backend, hence its own client, and a
`redis.Redis` takes a connection from the pool for each command anyway. Django leaves `get_client` for
subclasses to change ("custom cache client can be implemented").
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        if index not in self._clients:
            self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return self._clients[index]


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
