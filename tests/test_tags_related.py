"""Tag counts and related posts: published content only, cached, kept current by events, and
`/posts/{slug}/related` routed and cached apart from `/posts/{slug}`."""

from fastapi import FastAPI

from app.routers import cached_reads
from app.routers.cached_reads import TAGS_KEY, post_key, related_key
from core.front_door import FrontDoor
from core.http_cache import ResponseCache
from tests.helpers import API, ApiClient
from tests.test_workflow import act


async def test_tags_count_published_posts_only(
    client: ApiClient, app: FastAPI, writer: dict[str, str], admin: dict[str, str]
) -> None:
    assert (await client.get(f"{API}/tags")).json() == []
    await client.create_post(admin, title="A", tags=["garden", "food"], published=True)
    await client.create_post(admin, title="B", tags=["Garden"], published=True)
    await client.create_post(admin, title="C", tags=["travel"], published=True)
    await client.create_post(writer, title="Draft", tags=["garden", "secret"])
    response = await client.get(f"{API}/tags")
    assert response.status_code == 200 and response.headers["etag"]
    assert response.json() == [
        {"tag": "garden", "count": 2},
        {"tag": "food", "count": 1},
        {"tag": "travel", "count": 1},
    ]
    cache: ResponseCache = app.state.public_cache
    assert cache.get(TAGS_KEY) is not None
    etag = response.headers["etag"]
    assert (await client.get(f"{API}/tags", headers={"If-None-Match": etag})).status_code == 304
    draft = (await client.get(f"{API}/blogs", headers=writer)).json()["items"][0]
    await act(client, draft["id"], "publish-request", writer)
    await act(client, draft["id"], "approve", admin)  # the post event refreshes the counts
    counts = {row["tag"]: row["count"] for row in (await client.get(f"{API}/tags")).json()}
    assert counts == {"garden": 3, "food": 1, "travel": 1, "secret": 1}


async def test_related_posts_share_tags_first_then_text(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    async def post(title: str, tags: list[str], text: str = "Unrelated words here.") -> None:
        await client.create_post(admin, title=title, tags=tags, markdown=text, published=True)

    await post("Sourdough basics", ["baking", "bread"], "Flour, water, salt and a starter.")
    await post("Two shared", ["baking", "bread"])
    await post("One shared", ["bread"])
    await post("Older one shared", ["baking"])
    await post("Similar text", [], "A sourdough starter needs flour and water.")
    await post("Nothing alike", ["travel"], "Trains across the mountains.")
    await client.create_post(writer, title="Draft twin", tags=["baking", "bread"])
    response = await client.get(f"{API}/posts/sourdough-basics/related")
    assert response.status_code == 200
    related = [item["title"] for item in response.json()]
    assert related[0] == "Two shared"  # two tags in common
    assert set(related[1:3]) == {"One shared", "Older one shared"}  # one tag in common
    assert related[3] == "Similar text"  # no tag in common, but the words
    assert "Sourdough basics" not in related and "Draft twin" not in related
    assert len(related) <= 5
    item = response.json()[0]
    assert {"id", "slug", "title", "excerpt", "author", "tags", "published_at"} <= set(item)
    assert "body" not in item


async def test_related_is_capped_at_five_and_follows_unpublishing(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await client.create_post(admin, title="Hub", tags=["x"], published=True)
    ids = [
        (await client.create_post(admin, title=f"Spoke {n}", tags=["x"], published=True))["id"]
        for n in range(7)
    ]
    assert len((await client.get(f"{API}/posts/hub/related")).json()) == 5
    for post_id in ids[:5]:
        await act(client, post_id, "unpublish", admin)
    titles = [item["title"] for item in (await client.get(f"{API}/posts/hub/related")).json()]
    assert titles == ["Spoke 6", "Spoke 5"]


async def test_related_of_an_unknown_or_unpublished_post_is_404(
    client: ApiClient, writer: dict[str, str]
) -> None:
    await client.create_post(writer, title="Not public")
    for slug in ("no-such-post", "not-public"):
        response = await client.get(f"{API}/posts/{slug}/related")
        assert response.status_code == 404
        assert response.json() == {"detail": "Post not found", "code": "not_found"}


async def test_related_and_the_post_have_their_own_routes_and_cache_keys(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    await client.create_post(admin, title="Alpha", tags=["t"], published=True)
    await client.create_post(admin, title="Related", tags=["t"], published=True)  # slug "related"
    cache: ResponseCache = app.state.public_cache
    for _ in range(2):  # a miss through the routes, then hits through the fast path
        post = await client.get(f"{API}/posts/alpha")
        related = await client.get(f"{API}/posts/alpha/related")
        slug_related = await client.get(f"{API}/posts/related")
        assert post.json()["title"] == "Alpha" and "body" in post.json()
        assert [item["title"] for item in related.json()] == ["Related"]
        assert slug_related.json()["title"] == "Related"
        assert post.headers["etag"] != related.headers["etag"]
    assert cache.get(post_key("alpha")) is not None
    assert cache.get(related_key("alpha")) is not None
    assert cache.get(post_key("alpha/related")) is None
    for path in ("alpha/related/more", "/related", "alpha/other"):
        assert (await client.get(f"{API}/posts/{path}")).status_code == 404, path


def test_the_fast_path_maps_each_route_to_its_own_key() -> None:
    front = FrontDoor(
        lambda scope, receive, send: None,  # type: ignore[arg-type, return-value]
        cache=ResponseCache(max_entries=1, max_bytes=1, cache_control=""),
        exact=cached_reads.EXACT,
        prefixes=cached_reads.PREFIXES,
        cors=False,
        client_ip=lambda scope: "",
        access_log=None,
    )

    def key(path: str, query: bytes = b"") -> object:
        return front.key_for(f"{API}{path}", query)

    assert key("/posts/alpha") == post_key("alpha")
    assert key("/posts/alpha/related") == related_key("alpha")
    assert key("/posts/related") == post_key("related")
    assert key("/posts/related/related") == related_key("related")
    for path in ("/posts/a/b/related", "/posts//related", "/posts/alpha/related/x"):
        assert key(path) is None, path  # left to the router, which answers 404
    assert key("/tags") == TAGS_KEY
    assert key("/feed.atom", b"tag=%20Garden%20") == cached_reads.feed_key("atom", "garden")
    assert key("/feed.xml", b"tag=" + b"x" * 41) is None  # the route answers 422
