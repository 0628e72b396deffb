"""SEO fields, reading time, generated excerpts, the published_at order, site path patterns."""

from typing import Any

from app.models import Blog
from app.schemas.blogs import PostSort
from app.services.blogs import NEWEST_PUBLISHED_FIRST, published_index, published_query
from tests.helpers import API, ApiClient
from tests.test_query_plans import winning_plan

POSTS = f"{API}/posts"
SEO = {
    "meta_title": "Tea, brewed well",
    "meta_description": "How to brew.",
    "og_image_url": "https://cdn.example.com/tea.png",
    "canonical_url": "https://example.com/tea",
}


async def test_posts_carry_seo_fields_and_reading_time(
    client: ApiClient, admin: dict[str, str]
) -> None:
    words = " ".join(["word"] * 401)
    post = await client.create_post(admin, title="Tea", markdown=words, published=True, **SEO)
    public = (await client.get(f"{POSTS}/tea")).json()
    assert {k: public[k] for k in SEO} == SEO
    assert (public["word_count"], public["reading_minutes"]) == (401, 3)
    listed = (await client.get(POSTS)).json()["items"][0]
    assert (listed["reading_minutes"], listed["canonical_url"]) == (3, SEO["canonical_url"])
    cleared = await client.put(
        f"{API}/blogs/{post['id']}",
        json={"canonical_url": None, "markdown": "Short now."},
        headers=admin,
    )
    assert cleared.json()["canonical_url"] is None
    assert (cleared.json()["word_count"], cleared.json()["reading_minutes"]) == (2, 1)


async def test_bad_seo_fields_are_422(client: ApiClient, writer: dict[str, str]) -> None:
    bad: list[dict[str, Any]] = [
        {"canonical_url": "javascript:alert(1)"},
        {"og_image_url": "/relative.png"},
        {"meta_title": "x" * 201},
        {"meta_description": "x" * 501},
    ]
    for field in bad:
        response = await client.post(POSTS, json={"title": "T", **field}, headers=writer)
        assert response.status_code == 422 and response.json()["code"] == "validation_error"


async def test_generated_excerpts_skip_the_title_and_the_headings(
    client: ApiClient, writer: dict[str, str]
) -> None:
    source = "# Tea time\n\nTea time: a story about leaves.\n\n## Brewing\n\nBoil the water."
    post = await client.create_post(writer, title="Tea time", markdown=source)
    assert post["excerpt"] == "a story about leaves. Boil the water."
    renamed = await client.put(
        f"{API}/blogs/{post['id']}", json={"markdown": "## Steps\n\nFirst *warm* the pot."},
        headers=writer,
    )  # fmt: skip
    assert renamed.json()["excerpt"] == "First warm the pot."  # derived: it follows the body


async def test_the_list_sorts_by_publication_on_request_and_caches_each_order_apart(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    early = await client.create_post(writer, title="Written first")
    await client.create_post(admin, title="Written second", published=True)
    await client.post(f"{API}/blogs/{early['id']}/publish-request", headers=writer)
    await client.post(f"{API}/admin/blogs/{early['id']}/approve", headers=admin)

    by_creation = ["written-second", "written-first"]
    by_publication = ["written-first", "written-second"]

    async def order(query: str) -> list[str]:
        response = await client.get(f"{POSTS}{query}")
        assert response.status_code == 200, response.text
        return [item["slug"] for item in response.json()["items"]]

    for _ in range(2):  # the second round is served from the cache (and its fast path)
        assert await order("") == by_creation
        assert await order("?sort=created_at") == by_creation
        assert await order("?sort=published_at") == by_publication
        assert await order("?page=1&per_page=10&sort=published_at") == by_publication
    invalid = await client.get(f"{POSTS}?sort=title")
    assert invalid.status_code == 422


async def test_the_published_order_uses_an_index(client: ApiClient, admin: dict[str, str]) -> None:
    for n in range(3):
        await client.create_post(admin, title=f"P{n}", tags=["t"], published=True)
    sort = [(field, int(direction)) for field, direction in NEWEST_PUBLISHED_FIRST]
    for tag, index in (
        (None, "status_1_published_at_-1"),
        ("t", "tags_1_status_1_published_at_-1"),
    ):
        hint = published_index(tag, PostSort.PUBLISHED_AT)  # what list_published sends
        cursor = Blog.get_pymongo_collection().find(published_query(tag), hint=hint)
        plan = winning_plan(await cursor.sort(sort).limit(10).explain())
        assert index in plan and "COLLSCAN" not in plan


async def test_site_path_patterns_are_settings(client: ApiClient, admin: dict[str, str]) -> None:
    defaults = (await client.get(f"{API}/settings")).json()
    assert (defaults["post_path"], defaults["page_path"]) == ("/blog/{slug}", "/{slug}")
    for bad in ("blog/{slug}", "/blog", "/{slug}/{slug}", "//x/{slug}", "/a b/{slug}", "/{id}"):
        response = await client.put(f"{API}/settings", json={"post_path": bad}, headers=admin)
        assert response.status_code == 422, bad
    ok = await client.put(f"{API}/settings", json={"post_path": "/posts/{slug}/"}, headers=admin)
    assert ok.json()["post_path"] == "/posts/{slug}/"
