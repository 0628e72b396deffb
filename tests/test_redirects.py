"""Slug redirects: an old slug of a published post or page answers 301 to the current one."""

from typing import Any

from beanie import PydanticObjectId

from app.models import SlugRedirect
from tests.helpers import API, ApiClient

POSTS = f"{API}/posts"


async def moved_to(client: ApiClient, url: str) -> str:
    response = await client.get(url)
    assert response.status_code == 301, (url, response.status_code, response.text)
    slug: str = response.json()["redirect"]
    assert response.headers["location"] == url.rsplit("/", 1)[0] + f"/{slug}"
    assert response.headers["cache-control"].startswith("public, max-age=")
    return slug


async def rename(
    client: ApiClient, post: dict[str, Any], slug: str, headers: dict[str, str]
) -> None:
    response = await client.put(f"{API}/blogs/{post['id']}", json={"slug": slug}, headers=headers)
    assert response.status_code == 200, response.text


async def test_an_old_slug_of_a_published_post_redirects(
    client: ApiClient, admin: dict[str, str]
) -> None:
    post = await client.create_post(admin, title="First name", published=True)
    assert (await client.get(f"{POSTS}/first-name")).status_code == 200  # now in the cache
    await rename(client, post, "second-name", admin)
    assert await moved_to(client, f"{POSTS}/first-name") == "second-name"
    assert (await client.get(f"{POSTS}/second-name")).json()["id"] == post["id"]
    assert (await client.get(f"{POSTS}/never-was")).status_code == 404


async def test_chains_collapse_to_the_current_slug(
    client: ApiClient, admin: dict[str, str]
) -> None:
    post = await client.create_post(admin, title="A", slug="a", published=True)
    await rename(client, post, "b", admin)
    await rename(client, post, "c", admin)
    assert await moved_to(client, f"{POSTS}/a") == "c"  # one hop, not a → b → c
    assert await moved_to(client, f"{POSTS}/b") == "c"
    await rename(client, post, "a", admin)  # back where it started
    assert (await client.get(f"{POSTS}/a")).status_code == 200
    assert await moved_to(client, f"{POSTS}/b") == "a"
    assert await moved_to(client, f"{POSTS}/c") == "a"
    stored = await SlugRedirect.find({"target_id": PydanticObjectId(post["id"])}).to_list()
    assert sorted(r.old_slug for r in stored) == ["b", "c"]


async def test_a_document_taking_an_old_slug_wins_once_public(
    client: ApiClient, admin: dict[str, str]
) -> None:
    old = await client.create_post(admin, title="Old", slug="taken", published=True)
    await rename(client, old, "old-moved", admin)
    newcomer = await client.create_post(admin, title="New", slug="taken")  # a draft
    assert await moved_to(client, f"{POSTS}/taken") == "old-moved"
    await client.put(f"{API}/blogs/{newcomer['id']}", json={"published": True}, headers=admin)
    assert (await client.get(f"{POSTS}/taken")).json()["id"] == newcomer["id"]
    # The newcomer moves on in turn: its old slug now leads to it, not to the first post.
    await rename(client, newcomer, "new-moved", admin)
    assert await moved_to(client, f"{POSTS}/taken") == "new-moved"


async def test_only_public_documents_redirect(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    draft = await client.create_post(writer, title="Draft")
    await rename(client, draft, "draft-2", writer)
    assert (await client.get(f"{POSTS}/draft")).status_code == 404  # never public: no redirect

    post = await client.create_post(admin, title="Live", published=True)
    await rename(client, post, "live-2", admin)
    await client.post(f"{API}/admin/blogs/{post['id']}/unpublish", headers=admin)
    assert (await client.get(f"{POSTS}/live")).status_code == 404
    await client.put(f"{API}/blogs/{post['id']}", json={"published": True}, headers=admin)
    assert await moved_to(client, f"{POSTS}/live") == "live-2"
    await client.delete(f"{API}/blogs/{post['id']}", headers=admin)
    assert (await client.get(f"{POSTS}/live")).status_code == 404
    assert await SlugRedirect.find({"target_id": PydanticObjectId(post["id"])}).count() == 0


async def test_pages_redirect_too(client: ApiClient, admin: dict[str, str]) -> None:
    page = (
        await client.post(f"{API}/pages", json={"title": "About", "published": True}, headers=admin)
    ).json()
    assert (await client.get(f"{API}/pages/about")).status_code == 200
    moved = await client.put(
        f"{API}/admin/pages/{page['id']}", json={"slug": "about-us"}, headers=admin
    )
    assert moved.status_code == 200
    assert await moved_to(client, f"{API}/pages/about") == "about-us"
    # A post may use the slug a page left: kinds do not share redirects.
    assert (await client.get(f"{POSTS}/about")).status_code == 404
