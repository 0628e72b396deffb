"""Scheduled publishing: approve with a time, the scheduler publishes when due, once."""

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from app.models import ContentEvent
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient
from tests.test_workflow import post_in

ADMIN = f"{API}/admin/blogs"
FAST = {"scheduler_interval_seconds": 0.1}


def soon(seconds: float) -> str:
    """A time `seconds` ahead, in milliseconds (what is stored) and with an offset."""
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat(timespec="milliseconds")


async def wait_for(check: Any, *, within: float = 15) -> None:
    deadline = time.monotonic() + within
    while not await check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def accounts(http: ApiClient) -> tuple[dict[str, str], dict[str, str]]:
    from app.services import users

    await users.ensure_admin(email="admin@example.com", password="admin-password-for-tests")
    writer = await http.signup_and_login("writer@example.com", "writer-password")
    return writer, await http.login("admin@example.com", "admin-password-for-tests")


async def test_a_scheduled_post_is_published_once_when_due(client_with: ClientFactory) -> None:
    async with client_with(**FAST) as http:
        writer, admin = await accounts(http)
        post = await post_in(http, "pending", writer, admin)
        when = soon(2)
        response = await http.post(
            f"{ADMIN}/{post['id']}/approve", json={"publish_at": when}, headers=admin
        )
        assert response.status_code == 200, response.text
        scheduled = response.json()
        assert scheduled["status"] == "scheduled" and scheduled["published"] is False
        assert datetime.fromisoformat(scheduled["publish_at"]) == datetime.fromisoformat(when)
        assert scheduled["history"][-1]["action"] == "schedule"
        assert (await http.get(f"{API}/posts/a-post")).status_code == 404
        # The writer sees it coming, in the workspace and the stats.
        mine = (await http.get(f"{API}/blogs?status=scheduled", headers=writer)).json()
        assert [item["publish_at"] for item in mine["items"]] == [scheduled["publish_at"]]
        assert (await http.get(f"{API}/blogs/stats", headers=writer)).json()["scheduled"] == 1

        async def public() -> bool:
            return (await http.get(f"{API}/posts/a-post")).status_code == 200

        await wait_for(public)
        assert datetime.now(UTC) >= datetime.fromisoformat(when)
        await asyncio.sleep(0.5)  # a few more scheduler ticks: nothing more happens
        done = (await http.get(f"{API}/blogs/{post['id']}", headers=writer)).json()
        assert done["status"] == "published" and done["published_at"] is not None
        moves = [h for h in done["history"] if h["action"] == "publish-scheduled"]
        assert len(moves) == 1
        assert (moves[0]["actor_name"], moves[0]["actor_id"]) == ("scheduler", None)
        published = await ContentEvent.find(
            {"type": "post.published", "subject_id": post["id"]}
        ).to_list()
        assert len(published) == 1
        listed = (await http.get(f"{API}/posts")).json()["items"]
        assert [p["slug"] for p in listed] == ["a-post"]  # the cache saw the event


async def test_publish_at_is_a_future_time_with_an_offset(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await post_in(client, "pending", writer, admin)
    past, naive = "2020-01-01T00:00:00Z", "2999-01-01T00:00:00"
    too_far, overflow = soon(11 * 366 * 86400), "9999-12-31T23:59:59-23:59"
    for publish_at in (past, naive, too_far, overflow, "tomorrow"):
        response = await client.post(
            f"{ADMIN}/{post['id']}/approve", json={"publish_at": publish_at}, headers=admin
        )
        assert response.status_code == 422, (publish_at, response.text)
        assert response.json()["code"] == "validation_error"
    current = (await client.get(f"{API}/blogs/{post['id']}", headers=writer)).json()
    assert current["status"] == "pending"


async def test_unschedule_and_reschedule(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await post_in(client, "pending", writer, admin)
    url = f"{ADMIN}/{post['id']}"
    await client.post(f"{url}/approve", json={"publish_at": soon(3600)}, headers=admin)
    later = soon(7200)
    # A writer may not schedule, nor edit a scheduled post.
    refused = await client.put(
        f"{API}/blogs/{post['id']}", json={"publish_at": later}, headers=writer
    )
    assert refused.status_code == 409
    moved = await client.put(f"{API}/blogs/{post['id']}", json={"publish_at": later}, headers=admin)
    assert moved.status_code == 200, moved.text
    assert datetime.fromisoformat(moved.json()["publish_at"]) == datetime.fromisoformat(later)
    assert moved.json()["history"][-1]["action"] == "reschedule"
    assert moved.json()["status"] == "scheduled"

    back = await client.post(f"{url}/unschedule", headers=admin)
    assert back.status_code == 200
    assert (back.json()["status"], back.json()["publish_at"]) == ("pending", None)
    again = await client.post(f"{url}/unschedule", headers=admin)
    assert again.status_code == 409 and again.json()["current_status"] == "pending"
    assert (await client.post(f"{url}/unschedule", headers=writer)).status_code == 403


async def test_scheduling_follows_the_table(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    saved = await client.create_post(writer, title="Saved")
    response = await client.post(
        f"{ADMIN}/{saved['id']}/approve", json={"publish_at": soon(60)}, headers=admin
    )
    assert response.status_code == 409 and response.json()["current_status"] == "saved"
    edit = await client.put(
        f"{API}/blogs/{saved['id']}", json={"title": "New", "publish_at": soon(60)}, headers=admin
    )
    assert edit.status_code == 409  # refused before anything was written
    unchanged = (await client.get(f"{API}/blogs/{saved['id']}", headers=writer)).json()
    assert unchanged["title"] == "Saved"
    both = await client.put(
        f"{API}/blogs/{saved['id']}",
        json={"published": True, "publish_at": soon(60)},
        headers=admin,
    )
    assert both.status_code == 422
    # A pending post is scheduled by an admin edit too; an admin can publish it at once.
    pending = await post_in(client, "pending", writer, admin)
    edited = await client.put(
        f"{API}/blogs/{pending['id']}", json={"publish_at": soon(60)}, headers=admin
    )
    assert edited.json()["status"] == "scheduled"
    now = await client.put(f"{API}/blogs/{pending['id']}", json={"published": True}, headers=admin)
    assert (now.json()["status"], now.json()["published"]) == ("published", True)


async def test_a_post_due_while_no_process_ran_is_published_at_the_next_start(
    client_with: ClientFactory,
) -> None:
    idle = {"scheduler_interval_seconds": 3600}  # only the run at start-up can publish
    async with client_with(**idle) as http:
        writer, admin = await accounts(http)
        post = await post_in(http, "pending", writer, admin)
        when = soon(1)
        await http.post(f"{ADMIN}/{post['id']}/approve", json={"publish_at": when}, headers=admin)
    await asyncio.sleep(
        max(0.0, (datetime.fromisoformat(when) - datetime.now(UTC)).total_seconds())
    )
    async with client_with(**idle) as http:

        async def public() -> bool:
            return (await http.get(f"{API}/posts/a-post")).status_code == 200

        await wait_for(public, within=10)
        admin = await http.login("admin@example.com", "admin-password-for-tests")
        history = (await http.get(f"{API}/blogs/{post['id']}", headers=admin)).json()["history"]
        assert [h["action"] for h in history][-2:] == ["schedule", "publish-scheduled"]


async def test_pages_are_published_when_their_time_comes(client_with: ClientFactory) -> None:
    async with client_with(**FAST) as http:
        _, admin = await accounts(http)
        when = soon(1.5)
        created = await http.post(
            f"{API}/pages",
            json={"title": "Launch", "body": "<p>Soon</p>", "publish_at": when},
            headers=admin,
        )
        assert created.status_code == 201, created.text
        page = created.json()
        assert (page["published"], page["publish_at"] is not None) == (False, True)
        assert (await http.get(f"{API}/pages/launch")).status_code == 404

        async def public() -> bool:
            return (await http.get(f"{API}/pages/launch")).status_code == 200

        await wait_for(public)
        now = (await http.get(f"{API}/admin/pages/{page['id']}", headers=admin)).json()
        assert (now["published"], now["publish_at"]) == (True, None)
        events = await ContentEvent.find({"type": "page.published"}).to_list()
        assert [e.subject_id for e in events] == [page["id"]]


async def test_page_schedules_only_unpublished_pages(
    client: ApiClient, admin: dict[str, str]
) -> None:
    both = {"title": "X", "body": "<p>x</p>", "published": True, "publish_at": soon(60)}
    assert (await client.post(f"{API}/pages", json=both, headers=admin)).status_code == 422
    live = (
        await client.post(f"{API}/pages", json={"title": "Live", "published": True}, headers=admin)
    ).json()
    url = f"{API}/admin/pages/{live['id']}"
    refused = await client.put(url, json={"publish_at": soon(60)}, headers=admin)
    assert refused.status_code == 409
    again = await client.put(url, json={"published": False, "publish_at": soon(60)}, headers=admin)
    assert again.status_code == 200
    assert again.json()["published"] is False and again.json()["publish_at"] is not None
    cleared = await client.put(url, json={"published": True}, headers=admin)
    assert (cleared.json()["published"], cleared.json()["publish_at"]) == (True, None)
