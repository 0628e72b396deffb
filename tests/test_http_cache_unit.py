"""The response cache on its own: bounds, LRU order, versions, and ETag matching."""

import pytest

from core.http_cache import CachedBody, ResponseCache, etag_matches, make_etag


class Source:
    def __init__(self) -> None:
        self.version = 0
        self.generation = 0
        self.reads = 0

    async def read(self) -> int:
        self.reads += 1
        return self.version


def make(source: Source, **overrides: float) -> ResponseCache:
    options = {"max_entries": 3, "max_bytes": 100, "ttl_seconds": 60.0} | overrides
    return ResponseCache(
        max_entries=int(options["max_entries"]),
        max_bytes=int(options["max_bytes"]),
        ttl_seconds=options["ttl_seconds"],
        read_version=source.read,
        local_generation=lambda: source.generation,
        cache_control="public",
    )


def body(n: int, size: int = 10) -> CachedBody:
    data = bytes([n]) * size
    return CachedBody(body=data, etag=make_etag(data))


async def test_entries_are_bounded_by_count_least_recent_first() -> None:
    source = Source()
    cache = make(source)
    version = await cache.version()
    for n in range(3):
        cache.put(("k", n), body(n), version=version)
    assert cache.get(("k", 0)) is not None  # now the most recent
    cache.put(("k", 3), body(3), version=version)
    assert cache.get(("k", 1)) is None
    assert cache.get(("k", 0)) is not None and cache.size == (3, 30)


async def test_entries_are_bounded_by_bytes() -> None:
    source = Source()
    cache = make(source, max_entries=100, max_bytes=50)
    version = await cache.version()
    for n in range(6):
        cache.put(("k", n), body(n, size=20), version=version)
    assert cache.size == (2, 40)
    cache.put(("huge",), body(9, size=51), version=version)
    assert cache.get(("huge",)) is None


async def test_a_local_write_is_seen_at_once_and_a_remote_one_after_the_ttl() -> None:
    source = Source()
    cache = make(source, ttl_seconds=3600)
    version = await cache.version()
    cache.put(("k",), body(1), version=version)
    source.version = 1  # another process wrote
    assert await cache.version() == 0 and cache.get(("k",)) is not None  # within the TTL
    source.generation += 1  # this process wrote
    assert await cache.version() == 1 and cache.get(("k",)) is None


async def test_the_version_is_reread_at_most_once_per_ttl() -> None:
    source = Source()
    cache = make(source, ttl_seconds=3600)
    for _ in range(100):
        await cache.version()
    assert source.reads == 1
    zero_ttl = make(source, ttl_seconds=0)
    for _ in range(3):
        await zero_ttl.version()
    assert source.reads == 4


async def test_an_entry_built_during_a_write_is_not_kept() -> None:
    source = Source()
    cache = make(source)
    version = await cache.version()
    source.generation += 1  # a write lands while the page is being built
    cache.put(("k",), body(1), version=version)
    assert cache.get(("k",)) is None


@pytest.mark.parametrize(
    ("header", "matches"),
    [
        ('"a"', True),
        ('W/"a"', True),
        ('"b", "a"', True),
        ("*", True),
        ('"b"', False),
        ("", False),
        (None, False),
    ],
)
def test_if_none_match_follows_weak_comparison(header: str | None, matches: bool) -> None:
    assert etag_matches(header, '"a"') is matches
