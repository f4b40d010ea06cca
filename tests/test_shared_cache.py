"""The shared cache (Redis) through Django's backend with one client per connection pool (ccpcr/cache.py)."""

import pytest

from ccpcr.cache import RedisCache
from tests.real_services import require_redis


@pytest.fixture
def shared_cache():
    require_redis()
    cache = RedisCache("redis://127.0.0.1:6379/14", {"KEY_PREFIX": "test-shared-cache"})
    yield cache
    cache.clear()


def test_what_is_kept_is_read_back(shared_cache):
    shared_cache.set("generation", "one")

    assert shared_cache.get("generation") == "one"
    assert shared_cache.get_many(["generation", "missing"]) == {"generation": "one"}
    assert shared_cache.add("generation", "two") is False


def test_one_client_serves_every_operation(shared_cache):
    shared_cache.set("key", 1)
    assert shared_cache._cache.get_client() is shared_cache._cache.get_client(write=True)
