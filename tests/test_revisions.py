"""Revisions: one per content change, in the change's transaction; listed, read, restored."""

import asyncio
from typing import Any

from beanie import PydanticObjectId

from app.models import ContentEvent, Revision
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient
from tests.test_workflow import post_in

BLOGS = f"{API}/blogs"


async def revisions_of(client: ApiClient, url: str, headers: dict[str, str], **query: Any) -> Any:
    response = await client.get(f"{url}/revisions", params=query, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


async def test_each_content_change_stores_one_revision(
    client: ApiClient, writer: dict[str, str]
) -> None:
    post = await client.create_post(writer, title="One", markdown="First", tags=["a"])
    url = f"{BLOGS}/{post['id']}"
    assert post["revision"] == 1
    await client.put(url, json={"title": "Two"}, headers=writer)
    await client.put(url, json={"markdown": "Second", "meta_title": "Meta"}, headers=writer)
    same = await client.put(url, json={"title": "Two"}, headers=writer)  # nothing changes
    assert same.json()["revision"] == 3
    await client.post(f"{url}/publish-request", headers=writer)  # a status move is no revision

    listed = await revisions_of(client, url, writer)
    assert listed["total"] == 3
    assert [r["number"] for r in listed["items"]] == [3, 2, 1]
    assert [r["title"] for r in listed["items"]] == ["Two", "Two", "One"]
    assert listed["items"][0]["changed"] == ["body", "excerpt", "markdown", "meta_title"]
    assert listed["items"][1]["changed"] == ["title"]
    assert listed["items"][0]["actor_name"] == "writer"
    assert all("content" not in r and "body" not in r for r in listed["items"])
    paged = await revisions_of(client, url, writer, page=2, per_page=2)
    assert ([r["number"] for r in paged["items"]], paged["total_pages"]) == ([1], 2)

    first = (await client.get(f"{url}/revisions/1", headers=writer)).json()
    assert first["content"]["title"] == "One" and first["content"]["body"] == "<p>First</p>"
    assert first["content"]["tags"] == ["a"] and first["content"]["markdown"] == "First"
    assert (await client.get(f"{url}/revisions/9", headers=writer)).status_code == 404
    assert (await client.get(f"{url}/revisions/0", headers=writer)).status_code == 422


async def test_a_restore_round_trip(client: ApiClient, writer: dict[str, str]) -> None:
    post = await client.create_post(
        writer, title="One", markdown="First *draft*", tags=["a"], meta_title="M1"
    )
    url = f"{BLOGS}/{post['id']}"
    two = {"title": "Two", "slug": "two", "markdown": "Second", "tags": ["b"], "meta_title": None}
    assert (await client.put(url, json=two, headers=writer)).status_code == 200

    restored = await client.post(f"{url}/revisions/1/restore", headers=writer)
    assert restored.status_code == 200, restored.text
    now = restored.json()
    assert (now["title"], now["slug"], now["tags"], now["meta_title"]) == (
        "One",
        "one",
        ["a"],
        "M1",
    )
    assert now["body"] == "<p>First <em>draft</em></p>" and now["markdown"] == "First *draft*"
    assert now["revision"] == 3
    newest = (await revisions_of(client, url, writer))["items"][0]
    assert (newest["number"], newest["restored_from"]) == (3, 1)
    assert (await client.get(url, headers=writer)).json()["title"] == "One"


async def test_restore_follows_the_edit_rules_and_updates_the_public_copy(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await post_in(client, "published", writer, admin)
    url = f"{BLOGS}/{post['id']}"
    await client.put(url, json={"excerpt": "Better"}, headers=admin)
    assert (await client.get(f"{API}/posts/a-post")).json()["excerpt"] == "Better"
    # The writer no longer edits a published post; someone else's is not even visible.
    assert (await client.post(f"{url}/revisions/1/restore", headers=writer)).status_code == 409
    assert (
        await client.post(f"{url}/revisions/1/restore", headers=other_writer)
    ).status_code == 404
    assert (await client.get(f"{url}/revisions", headers=other_writer)).status_code == 404

    restored = await client.post(f"{url}/revisions/1/restore", headers=admin)
    assert restored.status_code == 200
    public = (await client.get(f"{API}/posts/a-post")).json()
    assert public["excerpt"] == "Some text."  # the public copy changed at once
    updates = await ContentEvent.find({"type": "post.updated", "subject_id": post["id"]}).to_list()
    assert [e.data["excerpt"] for e in updates] == ["Better", "Some text."]


async def test_a_restore_of_a_slug_now_taken_is_a_conflict(
    client: ApiClient, writer: dict[str, str]
) -> None:
    post = await client.create_post(writer, title="Taken")
    url = f"{BLOGS}/{post['id']}"
    await client.put(url, json={"slug": "moved"}, headers=writer)
    await client.create_post(writer, title="Taken")  # takes "taken"
    response = await client.post(f"{url}/revisions/1/restore", headers=writer)
    assert response.status_code == 409
    assert (await revisions_of(client, url, writer))["total"] == 2  # nothing written


async def test_only_the_newest_revisions_are_kept(client_with: ClientFactory) -> None:
    async with client_with(revisions_max=3) as http:
        writer = await http.signup_and_login("writer@example.com", "writer-password")
        post = await http.create_post(writer, title="T0")
        url = f"{BLOGS}/{post['id']}"
        for n in range(1, 6):
            await http.put(url, json={"title": f"T{n}"}, headers=writer)
        listed = await revisions_of(http, url, writer)
        assert [r["number"] for r in listed["items"]] == [6, 5, 4]
        assert listed["total"] == 3
        assert (await http.get(f"{url}/revisions/3", headers=writer)).status_code == 404


async def test_concurrent_edits_neither_lose_nor_mix_revisions(
    client: ApiClient, admin: dict[str, str]
) -> None:
    post = await client.create_post(admin, title="Start", markdown="start")
    url = f"{BLOGS}/{post['id']}"
    edits = [{"title": f"Title {n}", "markdown": f"body {n}"} for n in range(8)]
    responses = await asyncio.gather(*(client.put(url, json=edit, headers=admin) for edit in edits))
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
    stored = await Revision.find({"doc_id": PydanticObjectId(post["id"])}).sort("number").to_list()
    assert [r.number for r in stored] == list(range(1, 10))
    for revision in stored[1:]:  # each one whole: a title with its own body
        n = revision.content["title"].removeprefix("Title ")
        assert revision.content["body"] == f"<p>body {n}</p>", revision.content
    assert len({r.content["title"] for r in stored}) == 9
    current = (await client.get(url, headers=admin)).json()
    assert (current["title"], current["revision"]) == (stored[-1].content["title"], 9)


async def test_pages_have_revisions_too(
    client: ApiClient, admin: dict[str, str], writer: dict[str, str]
) -> None:
    page = (
        await client.post(f"{API}/pages", json={"title": "About", "markdown": "v1"}, headers=admin)
    ).json()
    url = f"{API}/admin/pages/{page['id']}"
    await client.put(url, json={"markdown": "v2", "meta_description": "D"}, headers=admin)
    listed = await revisions_of(client, url, admin)
    assert [(r["number"], r["changed"]) for r in listed["items"]] == [
        (2, ["body", "markdown", "meta_description"]),
        (
            1,
            ["title", "slug", "markdown", "body", "meta_title", "meta_description", "og_image_url"],
        ),
    ]
    assert (await client.get(f"{url}/revisions/1", headers=admin)).json()["content"]["body"] == (
        "<p>v1</p>"
    )
    restored = (await client.post(f"{url}/revisions/1/restore", headers=admin)).json()
    assert (restored["body"], restored["meta_description"], restored["revision"]) == (
        "<p>v1</p>",
        None,
        3,
    )
    assert (await client.get(f"{url}/revisions", headers=writer)).status_code == 403

    assert await Revision.find({"doc_id": PydanticObjectId(page["id"])}).count() == 3
    await client.delete(url, headers=admin)
    assert await Revision.find({"doc_id": PydanticObjectId(page["id"])}).count() == 0
