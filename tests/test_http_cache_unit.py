"""The response cache on its own: bounds, LRU order, selective invalidation, ETag matching."""

import pytest

from core.http_cache import CachedBody, ResponseCache, etag_matches, make_etag


def make(**overrides: int) -> ResponseCache:
    options = {"max_entries": 3, "max_bytes": 100} | overrides
    return ResponseCache(
        max_entries=options["max_entries"], max_bytes=options["max_bytes"], cache_control="public"
    )


def body(n: int, size: int = 10) -> CachedBody:
    data = bytes([n]) * size
    return CachedBody(body=data, etag=make_etag(data))


def put(cache: ResponseCache, key: tuple[object, ...], entry: CachedBody) -> None:
    cache.put(key, entry, generation=cache.generation(key[0]))


def test_entries_are_bounded_by_count_least_recent_first() -> None:
    cache = make()
    for n in range(3):
        put(cache, ("k", n), body(n))
    assert cache.get(("k", 0)) is not None  # now the most recent
    put(cache, ("k", 3), body(3))
    assert cache.get(("k", 1)) is None
    assert cache.get(("k", 0)) is not None and cache.size == (3, 30)


def test_entries_are_bounded_by_bytes() -> None:
    cache = make(max_entries=100, max_bytes=50)
    for n in range(6):
        put(cache, ("k", n), body(n, size=20))
    assert cache.size == (2, 40)
    put(cache, ("huge",), body(9, size=51))
    assert cache.get(("huge",)) is None


def test_invalidation_is_selective_by_namespace() -> None:
    cache = make(max_entries=10, max_bytes=1000)
    put(cache, ("posts", 1), body(1))
    put(cache, ("post", "a"), body(2))
    put(cache, ("settings",), body(3))
    cache.invalidate({"posts", "post"})
    assert cache.get(("posts", 1)) is None and cache.get(("post", "a")) is None
    assert cache.get(("settings",)) is not None and cache.size == (1, 10)


def test_an_entry_built_during_a_change_to_its_namespace_is_not_kept() -> None:
    cache = make()
    started = cache.generation("posts")
    cache.invalidate({"posts"})  # an event lands while the page is being built
    cache.put(("posts", 1), body(1), generation=started)
    assert cache.get(("posts", 1)) is None
    settings_started = cache.generation("settings")
    cache.invalidate({"posts"})  # another namespace changing does not matter
    cache.put(("settings",), body(2), generation=settings_started)
    assert cache.get(("settings",)) is not None


def test_clear_drops_everything_and_entries_built_before_it() -> None:
    cache = make()
    started = cache.generation("posts")
    put(cache, ("settings",), body(1))
    cache.clear()
    cache.put(("posts", 1), body(1), generation=started)
    assert cache.size == (0, 0)


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


def test_invalidating_named_keys_keeps_the_rest_of_their_namespace() -> None:
    cache = make(max_entries=10, max_bytes=1000)
    for key in [("posts", 1), ("post", "a"), ("post", "b"), ("settings",)]:
        put(cache, key, body(len(key[-1]) if isinstance(key[-1], str) else 1))
    started = cache.generation("post")
    cache.invalidate({"posts", "post"}, only=[("post", "a"), ("page", "x")])
    assert cache.get(("post", "a")) is None and cache.get(("posts", 1)) is None
    assert cache.get(("post", "b")) is not None and cache.get(("settings",)) is not None
    cache.put(("post", "c"), body(3), generation=started)  # built before the change: dropped
    assert cache.get(("post", "c")) is None


def test_entity_headers_are_encoded_once_per_body() -> None:
    entry = body(7, size=12)
    etag = (b"etag", entry.etag.encode())
    assert entry.not_modified_headers == (etag,)
    assert entry.ok_headers == (
        etag,
        (b"content-length", b"12"),
        (b"content-type", b"application/json"),
    )
