"""The writer's workspace: own posts in every status, stats."""

from tests.helpers import API, ApiClient
from tests.test_workflow import act, post_in

BLOGS = f"{API}/blogs"


async def test_workspace_lists_only_your_posts_in_every_status(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str], admin: dict[str, str]
) -> None:
    for status in ("saved", "pending", "published", "rejected"):
        await post_in(client, status, writer, admin)
    await client.create_post(other_writer, title="Not yours")
    page = (await client.get(BLOGS, headers=writer)).json()
    assert page["total"] == 4
    assert {item["status"] for item in page["items"]} == {
        "saved",
        "pending",
        "published",
        "rejected",
    }
    assert all("body" not in item and "markdown" not in item for item in page["items"])
    rejected = (await client.get(BLOGS, params={"status": "rejected"}, headers=writer)).json()
    assert [item["status"] for item in rejected["items"]] == ["rejected"]
    assert rejected["items"][0]["admin_feedback"]
    assert (await client.get(BLOGS, params={"status": "lost"}, headers=writer)).status_code == 422
    assert (await client.get(BLOGS)).status_code == 401


async def test_post_blogs_saves_a_draft_like_post_posts(
    client: ApiClient, writer: dict[str, str]
) -> None:
    response = await client.post(
        BLOGS, json={"title": "From the studio", "markdown": "Hi"}, headers=writer
    )
    assert response.status_code == 201
    assert response.json()["status"] == "saved"
    refused = await client.post(BLOGS, json={"title": "x", "published": True}, headers=writer)
    assert refused.status_code == 403


async def test_a_post_is_visible_to_its_owner_and_admins_only(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(writer, markdown="Source")
    mine = await client.get(f"{BLOGS}/{post['id']}", headers=writer)
    assert mine.status_code == 200 and mine.json()["markdown"] == "Source"
    assert (await client.get(f"{BLOGS}/{post['id']}", headers=admin)).status_code == 200
    assert (await client.get(f"{BLOGS}/{post['id']}", headers=other_writer)).status_code == 404
    assert (await client.get(f"{BLOGS}/{post['id']}")).status_code == 401
    assert (await client.get(f"{BLOGS}/nope", headers=writer)).status_code == 404


async def test_stats_count_your_posts_after_a_sequence_of_moves(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str], admin: dict[str, str]
) -> None:
    empty = (await client.get(f"{BLOGS}/stats", headers=writer)).json()
    assert empty == {
        "saved": 0, "pending": 0, "scheduled": 0, "published": 0, "rejected": 0, "total": 0
    }  # fmt: skip
    first = await post_in(client, "published", writer, admin)
    await post_in(client, "rejected", writer, admin)
    await post_in(client, "pending", writer, admin)
    await client.create_post(writer)
    await client.create_post(writer)
    await client.create_post(other_writer)
    await act(client, first["id"], "unpublish", admin)
    stats = (await client.get(f"{BLOGS}/stats", headers=writer)).json()
    assert stats == {
        "saved": 3, "pending": 1, "scheduled": 0, "published": 0, "rejected": 1, "total": 5
    }  # fmt: skip
