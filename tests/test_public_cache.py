"""Public reads: cached bytes, ETag/304, cache headers, and never stale after a write."""

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI

from app.models import Blog, ContentEvent
from app.services import users
from core.http_cache import ResponseCache
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient
from tests.test_workflow import act, post_in

PUBLIC = [f"{API}/posts", f"{API}/posts?page=1&per_page=5", f"{API}/pages", f"{API}/settings"]


async def seed_public(client: ApiClient, admin: dict[str, str]) -> dict[str, Any]:
    post = await client.create_post(admin, title="Cached post", published=True)
    await client.post(
        f"{API}/pages",
        json={"title": "About", "body": "<p>x</p>", "published": True},
        headers=admin,
    )
    return post


async def test_public_reads_carry_a_strong_etag_and_public_cache_control(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await seed_public(client, admin)
    for url in [*PUBLIC, f"{API}/posts/cached-post", f"{API}/pages/about"]:
        response = await client.get(url)
        assert response.status_code == 200, url
        etag = response.headers["etag"]
        assert etag.startswith('"') and not etag.startswith("W/"), url
        control = response.headers["cache-control"]
        assert (
            control.startswith("public, max-age=")
            and "s-maxage=" in control
            and "stale-while-revalidate=" in control
        )
        assert response.headers["content-type"] == "application/json"
        again = await client.get(url)
        assert again.headers["etag"] == etag and again.content == response.content


@pytest.mark.parametrize("header", ["{etag}", "W/{etag}", '"other", {etag}', "*"])
async def test_if_none_match_gets_a_304_without_a_body(
    client: ApiClient, admin: dict[str, str], header: str
) -> None:
    await seed_public(client, admin)
    for url in [*PUBLIC, f"{API}/posts/cached-post"]:
        etag = (await client.get(url)).headers["etag"]
        response = await client.get(url, headers={"If-None-Match": header.format(etag=etag)})
        assert response.status_code == 304, url
        assert response.content == b""
        assert response.headers["etag"] == etag
        assert response.headers["cache-control"].startswith("public")


async def test_a_stale_etag_gets_the_new_body(client: ApiClient, admin: dict[str, str]) -> None:
    post = await seed_public(client, admin)
    old = (await client.get(f"{API}/posts")).headers["etag"]
    await client.put(f"{API}/posts/{post['id']}", json={"title": "Renamed"}, headers=admin)
    response = await client.get(f"{API}/posts", headers={"If-None-Match": old})
    assert response.status_code == 200
    assert response.headers["etag"] != old
    assert response.json()["items"][0]["title"] == "Renamed"


async def test_every_kind_of_write_is_visible_to_the_next_read(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await seed_public(client, admin)
    url = f"{API}/posts/{post['slug']}"
    assert (await client.get(url)).json()["title"] == "Cached post"

    await client.put(f"{API}/posts/{post['id']}", json={"title": "Edited"}, headers=admin)
    assert (await client.get(url)).json()["title"] == "Edited"
    assert (await client.get(f"{API}/posts")).json()["items"][0]["title"] == "Edited"

    pending = await post_in(client, "pending", writer, admin)
    assert (await client.get(f"{API}/posts")).json()["total"] == 1
    await act(client, pending["id"], "approve", admin)
    assert (await client.get(f"{API}/posts")).json()["total"] == 2
    await act(client, pending["id"], "unpublish", admin)
    assert (await client.get(f"{API}/posts")).json()["total"] == 1

    await client.put(f"{API}/settings", json={"tagline": "Fresh"}, headers=admin)
    assert (await client.get(f"{API}/settings")).json()["tagline"] == "Fresh"

    page_id = (await client.get(f"{API}/pages")).json()["items"][0]["id"]
    await client.put(f"{API}/pages/{page_id}", json={"body": "<p>new</p>"}, headers=admin)
    assert (await client.get(f"{API}/pages/about")).json()["body"] == "<p>new</p>"
    await client.put(f"{API}/pages/{page_id}", json={"published": False}, headers=admin)
    assert (await client.get(f"{API}/pages/about")).status_code == 404

    await client.delete(f"{API}/posts/{post['id']}", headers=admin)
    assert (await client.get(url)).status_code == 404
    assert (await client.get(f"{API}/posts")).json()["total"] == 0


async def test_not_found_is_never_cached(client: ApiClient, admin: dict[str, str]) -> None:
    assert (await client.get(f"{API}/posts/coming-soon")).status_code == 404
    await client.create_post(admin, title="Coming soon", published=True)
    assert (await client.get(f"{API}/posts/coming-soon")).status_code == 200


async def test_drafts_do_not_invalidate_public_pages(
    client: ApiClient, app: FastAPI, writer: dict[str, str], admin: dict[str, str]
) -> None:
    await seed_public(client, admin)
    await client.get(f"{API}/posts")
    cache: ResponseCache = app.state.public_cache
    events_before = await ContentEvent.count()
    entries_before = cache.size
    draft = await client.create_post(writer, title="Just a draft")
    await client.put(f"{API}/blogs/{draft['id']}", json={"title": "Still a draft"}, headers=writer)
    assert await ContentEvent.count() == events_before
    assert cache.size == entries_before


async def test_only_validated_parameters_reach_the_cache(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    await seed_public(client, admin)
    cache: ResponseCache = app.state.public_cache
    cache.clear()
    for n in range(30):
        await client.get(f"{API}/posts", params={"junk": n, "utm_source": f"x{n}"})
        await client.get(f"{API}/posts", params={"tag": f"random-{n}"})  # empty: not kept
        await client.get(f"{API}/posts", params={"page": 100 + n})  # beyond the end: not kept
        await client.get(f"{API}/posts/no-such-{n}")
    assert cache.size[0] == 1


async def test_another_process_events_invalidate_within_a_poll(client_with: ClientFactory) -> None:
    async with client_with(event_poll_seconds=0.05) as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        admin = await http.login("boss@example.com", "boss-password")
        await http.create_post(admin, title="Original", published=True)
        await http.create_post(admin, title="Other", published=True)
        assert (await http.get(f"{API}/posts/original")).json()["title"] == "Original"
        await http.put(f"{API}/settings", json={"site_name": "Before"}, headers=admin)
        assert (await http.get(f"{API}/settings")).json()["site_name"] == "Before"
        # Another process edits and records its event; this process never saw the write.
        await Blog.get_pymongo_collection().update_one(
            {"slug": "original"}, {"$set": {"title": "Remote"}}
        )
        await ContentEvent.get_pymongo_collection().insert_one(
            {"type": "post.updated", "slug": "original", "data": {}, "acked_by": [],
             "fanned_out": False, "created_at": datetime.now(UTC)}
        )  # fmt: skip
        cache: ResponseCache = http.app.state.public_cache  # type: ignore[union-attr]
        for _ in range(50):
            if cache.get(("post", "original")) is None:
                break
            await asyncio.sleep(0.05)
        assert (await http.get(f"{API}/posts/original")).json()["title"] == "Remote"
        assert cache.get(("settings",)) is not None  # a post event keeps the settings cached
        acked = await ContentEvent.get_pymongo_collection().find_one({"type": "post.updated"})
        assert acked is not None and len(acked["acked_by"]) == 1


async def test_private_and_write_responses_are_no_store(
    client: ApiClient, writer: dict[str, str]
) -> None:
    responses = [
        await client.get(f"{API}/auth/me", headers=writer),
        await client.get(f"{API}/blogs", headers=writer),
        await client.post(f"{API}/posts", json={"title": "x"}, headers=writer),
        await client.get(f"{API}/posts/missing"),
        await client.post(f"{API}/auth/login", json={"email": "a@b.co", "password": "x"}),
    ]
    for response in responses:
        assert response.headers["cache-control"] == "no-store", response.request.url


async def test_uploaded_images_are_cached_forever(
    client: ApiClient, writer: dict[str, str]
) -> None:
    from tests.test_uploads import image_bytes, upload

    url = (await upload(client, writer, image_bytes("PNG"))).json()["url"]
    served = await client.get("/uploads/" + url.rsplit("/", 1)[1])
    assert served.headers["cache-control"] == "public, max-age=31536000, immutable"


FAST = [
    f"{API}/posts?page=1&per_page=5",
    f"{API}/posts?tag=News",
    f"{API}/posts/cached-post",
    f"{API}/pages",
    f"{API}/pages/about",
    f"{API}/settings",
]


async def test_the_fast_path_serves_what_the_route_served(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await client.create_post(admin, title="Cached post", tags=["news"], published=True)
    await client.post(
        f"{API}/pages",
        json={"title": "About", "body": "<p>x</p>", "published": True},
        headers=admin,
    )
    for url in FAST:
        built = await client.get(url)  # a miss: the route builds and stores it
        served = await client.get(url)  # a hit
        assert served.status_code == built.status_code == 200, url
        assert served.content == built.content, url
        for header in (
            "etag",
            "cache-control",
            "content-type",
            "content-length",
            "x-content-type-options",
            "content-security-policy",
        ):
            assert served.headers.get(header) == built.headers.get(header), (url, header)
        not_modified = await client.get(url, headers={"If-None-Match": built.headers["etag"]})
        assert not_modified.status_code == 304 and not_modified.content == b""


async def test_hits_skip_routing_and_dependencies(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    from app.deps import pagination

    await client.create_post(admin, title="Cached post", published=True)
    assert (await client.get(f"{API}/posts")).status_code == 200

    async def must_not_run() -> None:
        raise AssertionError("the fast path should have answered")

    app.dependency_overrides[pagination] = must_not_run
    try:
        assert (await client.get(f"{API}/posts")).status_code == 200
        assert (await client.get(f"{API}/posts?page=1&per_page=10&utm=x")).status_code == 200
    finally:
        app.dependency_overrides.clear()


@pytest.mark.parametrize(("query", "status"), [
    ("page=abc", 422), ("page=0", 422), ("per_page=101", 422), ("page=-1", 422),
    ("page=03", 200), ("per_page=010", 200), ("tag=" + "x" * 41, 422),
])  # fmt: skip
async def test_non_canonical_queries_go_through_validation(
    client: ApiClient, admin: dict[str, str], query: str, status: int
) -> None:
    await client.create_post(admin, title="Cached post", published=True)
    await client.get(f"{API}/posts")  # warm the cache
    response = await client.get(f"{API}/posts?{query}")
    assert response.status_code == status


async def test_deleting_a_published_page_is_visible_at_once(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await seed_public(client, admin)
    page_id = (await client.get(f"{API}/pages")).json()["items"][0]["id"]
    assert (await client.get(f"{API}/pages/about")).status_code == 200
    await client.delete(f"{API}/pages/{page_id}", headers=admin)
    assert (await client.get(f"{API}/pages/about")).status_code == 404
    assert (await client.get(f"{API}/pages")).json()["total"] == 0


async def test_cache_settings_reach_the_headers_and_the_bounds(client_with: ClientFactory) -> None:
    async with client_with(
        http_max_age=7, http_s_maxage=8, http_stale_while_revalidate=9, cache_max_entries=2
    ) as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        admin = await http.login("boss@example.com", "boss-password")
        for n in range(4):
            await http.create_post(admin, title=f"Post {n}", published=True)
        response = await http.get(f"{API}/posts")
        for n in range(4):
            assert (await http.get(f"{API}/posts/post-{n}")).status_code == 200
        assert http.app is not None
        entries, _ = http.app.state.public_cache.size
    assert (
        response.headers["cache-control"]
        == "public, max-age=7, s-maxage=8, stale-while-revalidate=9"
    )
    assert entries == 2


async def test_invalidation_touches_only_what_changed(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    first = await client.create_post(admin, title="First", published=True)
    await client.create_post(admin, title="Second", published=True)
    await client.post(f"{API}/pages", json={"title": "About", "body": "<p>x</p>",
                      "published": True}, headers=admin)  # fmt: skip
    cache: ResponseCache = app.state.public_cache
    warm = [f"{API}/posts", f"{API}/posts/first", f"{API}/posts/second", f"{API}/pages",
            f"{API}/pages/about", f"{API}/settings"]  # fmt: skip

    async def cached() -> set[str]:
        for url in warm:
            await client.get(url)
        return {str(key[0]) + ("/" + str(key[1]) if key[0] in ("post", "page") else "")
                for key in list(cache._entries)}  # fmt: skip

    everything = await cached()
    await client.put(f"{API}/settings", json={"tagline": "New"}, headers=admin)
    assert {str(k[0]) for k in cache._entries} == {"posts", "post", "pages", "page"}
    assert await cached() == everything
    await client.put(f"{API}/posts/{first['id']}", json={"title": "First!"}, headers=admin)
    assert {str(k[0]) + "/" + str(k[-1]) for k in cache._entries if k[0] == "post"} == {
        "post/second"
    }  # an edit of one post keeps the other cached
    assert {str(k[0]) for k in cache._entries} == {"post", "pages", "page", "settings"}
    assert await cached() == everything
    await client.put(f"{API}/posts/{first['id']}", json={"slug": "renamed"}, headers=admin)
    assert {str(k[0]) for k in cache._entries} == {"pages", "page", "settings"}  # a new slug
