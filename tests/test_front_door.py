"""Cache hits answered in front of the stack: nothing the stack adds is lost on the way."""

import gc
import io
import json

import httpx
from fastapi import FastAPI

from app.routers import cached_reads
from core.front_door import KEY_MEMO_MAX, FrontDoor
from core.http_cache import ResponseCache
from core.rate_limit import client_ip_resolver
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient

ORIGIN = "https://site.example"
IGNORED = {"date", "x-request-id"}


def headers_of(response: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k not in IGNORED}


async def test_a_hit_carries_exactly_the_headers_of_the_full_stack(
    client_with: ClientFactory,
) -> None:
    async with client_with(allowed_origins=[ORIGIN]) as http:
        admin = await _admin(http)
        await http.create_post(admin, title="Cached", published=True)
        for url in (f"{API}/posts", f"{API}/posts/cached", f"{API}/settings"):
            built = await http.get(url)  # a miss: the route answers, through every layer
            served = await http.get(url)  # a hit: the front door answers
            assert headers_of(served) == headers_of(built), url
            assert served.headers["vary"] == "Origin"  # what CORS says without an Origin
            etag = {"If-None-Match": built.headers["etag"]}
            stack_304 = await http.get(url, headers={**etag, "Origin": ORIGIN})
            door_304 = await http.get(url, headers=etag)
            assert door_304.status_code == stack_304.status_code == 304
            expected = headers_of(stack_304)
            for cors_only in ("access-control-allow-origin", "access-control-expose-headers"):
                expected.pop(cors_only)
            assert headers_of(door_304) == expected


async def test_cross_origin_hits_get_the_cors_answer(client_with: ClientFactory) -> None:
    async with client_with(allowed_origins=[ORIGIN]) as http:
        await http.get(f"{API}/settings")  # cached now
        allowed = await http.get(f"{API}/settings", headers={"Origin": ORIGIN})
        other = await http.get(f"{API}/settings", headers={"Origin": "https://evil.example"})
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    assert "etag" in allowed.headers["access-control-expose-headers"].lower()
    assert "access-control-allow-origin" not in other.headers
    assert allowed.headers["etag"] == other.headers["etag"]


async def test_hits_are_logged_like_every_request(client: ApiClient, app: FastAPI) -> None:
    sink = io.BytesIO()
    app.state.access_log.stream = sink
    etag = (await client.get(f"{API}/settings")).headers["etag"]
    app.state.access_log.flush()
    sink.seek(0)
    sink.truncate()
    await client.get(f"{API}/settings", headers={"X-Request-ID": "hit-1"})
    await client.get(f"{API}/settings?x=1", headers={"If-None-Match": etag})
    app.state.access_log.flush()
    lines = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert [(x["method"], x["path"], x["status"]) for x in lines] == [
        ("GET", f"{API}/settings", 200), ("GET", f"{API}/settings", 304),
    ]  # fmt: skip
    assert lines[0]["request_id"] == "hit-1" and len(lines[1]["request_id"]) == 32
    for line in lines:
        assert line["user_id"] is None and line["client"] == "127.0.0.1"
        assert isinstance(line["duration_ms"], float)


async def test_head_and_feed_hits_match_the_full_stack(client: ApiClient, app: FastAPI) -> None:
    """HEAD is the GET without its body, hit or miss; a feed keeps its own media type."""
    cache: ResponseCache = app.state.public_cache
    for url in (f"{API}/settings", f"{API}/feed.xml", f"{API}/feed.json"):
        cache.clear()
        built = await client.head(url)  # a miss: HeadAsGet and the route
        served = await client.head(url)  # a hit: the front door
        got = await client.get(url)
        assert built.status_code == served.status_code == got.status_code == 200, url
        assert built.content == served.content == b"", url
        assert headers_of(served) == headers_of(built) == headers_of(got), url
        assert served.headers["content-length"] == str(len(got.content)), url
    assert got.headers["content-type"].startswith("application/feed+json")
    sink = io.BytesIO()
    app.state.access_log.stream = sink
    await client.head(f"{API}/settings")
    app.state.access_log.flush()
    assert json.loads(sink.getvalue().splitlines()[-1])["method"] == "HEAD"


async def test_a_get_declaring_a_body_meets_the_body_limit(client: ApiClient) -> None:
    await client.get(f"{API}/settings")  # cached now
    too_big = str(3 * 1024 * 1024)
    response = await client.get(f"{API}/settings", headers={"Content-Length": too_big})
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"


async def test_request_ids_on_hits_follow_the_rule(client: ApiClient) -> None:
    await client.get(f"{API}/settings")
    kept = await client.get(f"{API}/settings", headers={"X-Request-ID": "trace-1.a:b"})
    replaced = await client.get(f"{API}/settings", headers={"X-Request-ID": "bad id"})
    assert kept.headers["x-request-id"] == "trace-1.a:b"
    assert replaced.headers["x-request-id"] != "bad id"
    assert len(replaced.headers["x-request-id"]) == 32


def test_remembered_raw_queries_are_bounded() -> None:
    async def stack(*_: object) -> None:
        raise AssertionError("not called")

    cache = ResponseCache(max_entries=10, max_bytes=1000, cache_control="public")
    door = FrontDoor(stack, cache=cache, exact=cached_reads.EXACT, prefixes=cached_reads.PREFIXES,
                     cors=False, client_ip=client_ip_resolver([]), access_log=None)  # fmt: skip
    for n in range(KEY_MEMO_MAX + 10):
        door.route(f"{API}/posts", f"page=1&utm={n}".encode())
    assert len(door._routes) <= KEY_MEMO_MAX
    assert door.key_for(f"{API}/posts", b"page=2&per_page=5") == cached_reads.posts_key(2, 5, None)
    assert door.route(f"{API}/posts", b"page=02") is None  # not canonical: the route decides
    assert door.route("/elsewhere", b"") is None


async def test_the_start_up_heap_is_frozen_out_of_the_collector(
    client_with: ClientFactory,
) -> None:
    gc.unfreeze()
    try:
        async with client_with(gc_freeze=True) as http:
            assert gc.get_freeze_count() > 10_000
            assert (await http.get(f"{API}/settings")).status_code == 200
    finally:
        gc.unfreeze()


async def _admin(http: ApiClient) -> dict[str, str]:
    from app.services import users

    await users.ensure_admin(email="boss@example.com", password="boss-password")
    return await http.login("boss@example.com", "boss-password")
