"""RSS, Atom and JSON Feed and the sitemap: parsed by a real feed parser and an XML parser,
exactly the published content, absolute links on `site_url`, served cached with ETags."""

from typing import Any
from xml.etree import ElementTree as ET

import feedparser
from fastapi import FastAPI

from app.routers.cached_reads import SITEMAP_KEY, feed_key
from core.http_cache import ResponseCache
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient
from tests.test_workflow import act, post_in

SITE = "https://www.example.com"
FEEDS = {
    "feed.xml": ("application/rss+xml", "rss20"),
    "feed.atom": ("application/atom+xml", "atom10"),
}
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def xml(body: bytes) -> ET.Element:
    return ET.fromstring(body)  # noqa: S314 (our own output; a strict parser is the point)


async def published_site(client: ApiClient, admin: dict[str, str]) -> dict[str, Any]:
    """Two published posts, a draft, a published and an unpublished page, and `site_url`."""
    response = await client.put(f"{API}/settings", json={"site_url": SITE}, headers=admin)
    assert response.status_code == 200, response.text
    first = await client.create_post(
        admin,
        title="Growing tomatoes",
        excerpt="Sun, water, patience.",
        markdown="Tomatoes need *sun* & <b>water</b>.",
        tags=["garden", "food"],
        featured_image_url="https://cdn.example.com/covers/tomato.png",
        published=True,
    )
    second = await client.create_post(admin, title="Quiet mornings", published=True)
    draft = await client.create_post(admin, title="Secret draft", markdown="not yet")
    page = await client.post(
        f"{API}/pages",
        json={"title": "About", "body": "<p>Us</p>", "published": True},
        headers=admin,
    )
    hidden = await client.post(f"{API}/pages", json={"title": "Hidden", "body": "x"}, headers=admin)
    assert page.status_code == hidden.status_code == 201
    return {"first": first, "second": second, "draft": draft}


async def test_xml_feeds_parse_and_carry_exactly_the_published_posts(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await published_site(client, admin)
    for path in FEEDS:
        response = await client.get(f"{API}/{path}")
        assert response.status_code == 200
        media_type, version = FEEDS[path]
        assert response.headers["content-type"] == media_type
        xml(response.content)  # well-formed XML
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert parsed.version == version
        assert parsed.feed.link == f"{SITE}/"
        assert [e.title for e in parsed.entries] == ["Quiet mornings", "Growing tomatoes"]
        tomato = parsed.entries[1]
        assert tomato.link == f"{SITE}/blog/growing-tomatoes"
        assert tomato.author == "Admin"
        assert [t.term for t in tomato.tags] == ["garden", "food"]
        assert tomato.summary == "Sun, water, patience."
        assert "<em>sun</em>" in tomato.content[0].value  # full HTML, sanitised
        assert tomato.enclosures[0].href == "https://cdn.example.com/covers/tomato.png"
        assert tomato.enclosures[0].type == "image/png"
        assert tomato.id.startswith("tag:www.example.com,") and tomato.id != tomato.link
        assert tomato.get("published_parsed") is not None
        if version == "atom10":
            assert tomato.get("updated_parsed") is not None
        assert "Secret draft" not in response.text and "Hidden" not in response.text


async def test_json_feed_follows_version_1_1(client: ApiClient, admin: dict[str, str]) -> None:
    posts = await published_site(client, admin)
    response = await client.get(f"{API}/feed.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/feed+json"
    feed = response.json()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["home_page_url"] == f"{SITE}/"
    assert feed["feed_url"] == "http://testserver/api/v1/feed.json"
    assert [item["title"] for item in feed["items"]] == ["Quiet mornings", "Growing tomatoes"]
    tomato = feed["items"][1]
    assert tomato["url"] == f"{SITE}/blog/growing-tomatoes"
    assert tomato["id"].endswith(posts["first"]["id"])
    assert tomato["image"] == "https://cdn.example.com/covers/tomato.png"
    assert tomato["authors"] == [{"name": "Admin"}]
    assert tomato["tags"] == ["garden", "food"]
    assert tomato["summary"] == "Sun, water, patience."
    assert "<em>sun</em>" in tomato["content_html"]
    assert tomato["date_published"] and tomato["date_modified"]
    assert "summary" not in feed["items"][0] or feed["items"][0]["summary"]  # no nulls
    assert "image" not in feed["items"][0]


async def test_tag_filter_narrows_every_feed(client: ApiClient, admin: dict[str, str]) -> None:
    await published_site(client, admin)
    for path in ("feed.xml", "feed.atom", "feed.json"):
        response = await client.get(f"{API}/{path}", params={"tag": " Garden "})
        assert response.status_code == 200
        assert "Growing tomatoes" in response.text and "Quiet mornings" not in response.text
        assert "tag=garden" in response.text  # the feed's own URL names its filter
        empty = await client.get(f"{API}/{path}", params={"tag": "no-such-tag"})
        assert empty.status_code == 200 and "Growing tomatoes" not in empty.text
        too_long = await client.get(f"{API}/{path}", params={"tag": "x" * 41})
        assert too_long.status_code == 422


async def test_feeds_hold_the_newest_feed_items(client_with: ClientFactory) -> None:
    from app.services import users

    async with client_with(feed_items=2) as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        admin = await http.login("boss@example.com", "boss-password")
        for n in range(3):
            await http.create_post(admin, title=f"Post {n}", published=True)
        parsed = feedparser.parse((await http.get(f"{API}/feed.xml")).content)
        assert [e.title for e in parsed.entries] == ["Post 2", "Post 1"]
        assert len((await http.get(f"{API}/feed.json")).json()["items"]) == 2


async def test_links_fall_back_to_the_api_origin_until_site_url_is_set(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await client.create_post(admin, title="Early", published=True)
    feed = (await client.get(f"{API}/feed.json")).json()
    assert feed["items"][0]["url"] == "http://testserver/blog/early"  # PUBLIC_BASE_URL
    await client.put(
        f"{API}/settings", json={"site_url": "https://Blog.Example.org/"}, headers=admin
    )
    feed = (await client.get(f"{API}/feed.json")).json()  # the settings event refreshed it
    assert feed["items"][0]["url"] == "https://blog.example.org/blog/early"
    sitemap = xml((await client.get(f"{API}/sitemap.xml")).content)
    assert sitemap.findtext("s:url/s:loc", namespaces=SITEMAP_NS) == (
        "https://blog.example.org/blog/early"
    )


async def test_text_xml_cannot_carry_is_dropped_not_a_500(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await client.create_post(
        admin, title="Bell\x07 and\x0b tab", body="<p>a\x01b</p>", published=True
    )
    for path in ("feed.xml", "feed.atom"):
        response = await client.get(f"{API}/{path}")
        assert response.status_code == 200
        assert feedparser.parse(response.content).entries[0].title == "Bell and tab"


async def test_sitemap_lists_every_published_post_and_page_with_lastmod(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await published_site(client, admin)
    response = await client.get(f"{API}/sitemap.xml")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/xml"
    root = xml(response.content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    urls = root.findall("s:url", SITEMAP_NS)
    locations = [u.findtext("s:loc", namespaces=SITEMAP_NS) for u in urls]
    assert locations == [
        f"{SITE}/about",
        f"{SITE}/blog/quiet-mornings",
        f"{SITE}/blog/growing-tomatoes",
    ]
    for url in urls:
        lastmod = url.findtext("s:lastmod", namespaces=SITEMAP_NS)
        assert lastmod is not None and lastmod.endswith("+00:00")


async def test_feeds_and_sitemap_are_cached_with_etags_and_304(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    await published_site(client, admin)
    for path in ("feed.xml", "feed.atom", "feed.json", "sitemap.xml"):
        first = await client.get(f"{API}/{path}")
        etag = first.headers["etag"]
        assert etag.startswith('"') and first.headers["cache-control"].startswith("public")
        cache: ResponseCache = app.state.public_cache
        key = (
            SITEMAP_KEY
            if path == "sitemap.xml"
            else feed_key({"feed.xml": "rss", "feed.atom": "atom", "feed.json": "json"}[path], None)
        )
        assert cache.get(key) is not None
        again = await client.get(f"{API}/{path}")  # served by the fast path, same type and bytes
        assert again.content == first.content
        assert again.headers["content-type"] == first.headers["content-type"]
        not_modified = await client.get(f"{API}/{path}", headers={"If-None-Match": etag})
        assert not_modified.status_code == 304 and not_modified.content == b""


async def test_publishing_and_unpublishing_refresh_feeds_and_sitemap(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    await published_site(client, admin)
    before = {
        p: (await client.get(f"{API}/{p}")).headers["etag"] for p in ("feed.xml", "sitemap.xml")
    }
    post = await post_in(client, "published", writer, admin)  # through moderation
    for path, etag in before.items():
        response = await client.get(f"{API}/{path}", headers={"If-None-Match": etag})
        assert response.status_code == 200 and post["slug"] in response.text
    await act(client, post["id"], "unpublish", admin)
    for path in before:
        assert post["slug"] not in (await client.get(f"{API}/{path}")).text


async def test_events_invalidate_only_what_they_affect(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    posts = await published_site(client, admin)
    cache: ResponseCache = app.state.public_cache

    async def warm() -> None:
        for path in ("feed.xml", "sitemap.xml", "tags", f"posts/{posts['first']['slug']}/related"):
            assert (await client.get(f"{API}/{path}")).status_code == 200

    def cached() -> set[str]:
        return {str(key[0]) for key in cache._entries}

    await warm()
    assert {"feed", "sitemap", "tags", "related"} <= cached()
    page_id = (await client.get(f"{API}/pages")).json()["items"][0]["id"]
    await client.put(f"{API}/pages/{page_id}", json={"title": "About us"}, headers=admin)
    assert {"feed", "tags", "related"} <= cached() and "sitemap" not in cached()
    await warm()
    await client.put(f"{API}/settings", json={"tagline": "New"}, headers=admin)
    assert {"tags", "related"} <= cached() and not {"feed", "sitemap"} & cached()
    await warm()
    await client.put(f"{API}/posts/{posts['second']['id']}", json={"title": "Loud"}, headers=admin)
    assert not {"feed", "sitemap", "tags", "related"} & cached()


async def test_openapi_declares_the_feed_media_types(client: ApiClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    expected = {
        "/api/v1/feed.xml": ("getRssFeed", "application/rss+xml"),
        "/api/v1/feed.atom": ("getAtomFeed", "application/atom+xml"),
        "/api/v1/feed.json": ("getJsonFeed", "application/feed+json"),
        "/api/v1/sitemap.xml": ("getSitemap", "application/xml"),
    }
    for path, (operation_id, media_type) in expected.items():
        operation = spec["paths"][path]["get"]
        assert operation["operationId"] == operation_id
        assert list(operation["responses"]["200"]["content"]) == [media_type]
        assert "304" in operation["responses"]
    json_feed = spec["paths"]["/api/v1/feed.json"]["get"]["responses"]["200"]["content"]
    assert json_feed["application/feed+json"]["schema"] == {"$ref": "#/components/schemas/JsonFeed"}
