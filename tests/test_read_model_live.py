"""The read model across real processes: one writes, another reads; then the reader restarts."""

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
from pymongo import MongoClient

from tests.helpers import API
from tests.live_server import LiveServer
from tests.test_scale_out import seed_admin

LISTS = [
    f"{API}/posts", f"{API}/posts?tag=news", f"{API}/posts?tag=tips",
    f"{API}/posts?page=2&per_page=2",
]  # fmt: skip


async def lists(http: httpx.AsyncClient) -> list[Any]:
    bodies = [(await http.get(url)).json() for url in LISTS]
    return [([i["title"] for i in b["items"]], b["total"]) for b in bodies]


async def converge(reader: httpx.AsyncClient, writer: httpx.AsyncClient) -> None:
    """Until the reader lists what the writer lists (one event-log poll, with slack)."""
    expected, deadline = await lists(writer), time.monotonic() + 5
    while await lists(reader) != expected:
        assert time.monotonic() < deadline, (await lists(reader), expected)
        await asyncio.sleep(0.05)


async def test_another_process_and_a_restart_read_the_same_list(
    live_server: Callable[..., LiveServer],
    live_env: dict[str, str],
    mongo_admin: MongoClient[dict[str, Any]],
) -> None:
    seed_admin(live_env)
    fast = {"EVENT_POLL_SECONDS": "0.05"}
    one, two = live_server(**fast), live_server(**fast)
    credentials = {"email": live_env["ADMIN_EMAIL"], "password": live_env["ADMIN_PASSWORD"]}
    async with httpx.AsyncClient(base_url=one.url) as a, httpx.AsyncClient(base_url=two.url) as b:
        token = (await a.post(f"{API}/auth/login", json=credentials)).json()["access_token"]
        admin = {"Authorization": f"Bearer {token}"}
        ids = []
        for n, tags in enumerate([["news"], ["tips"], ["news", "tips"], []]):
            created = await a.post(f"{API}/posts", headers=admin,
                                   json={"title": f"Post {n}", "tags": tags, "published": True})  # fmt: skip
            ids.append(created.json()["id"])
        await lists(b)  # the reader caches every list
        await converge(b, a)

        await a.put(f"{API}/posts/{ids[0]}", json={"title": "Edited"}, headers=admin)
        await a.put(f"{API}/posts/{ids[1]}", json={"tags": ["news"]}, headers=admin)
        await a.post(f"{API}/admin/blogs/{ids[2]}/unpublish", headers=admin)
        await a.delete(f"{API}/posts/{ids[3]}", headers=admin)
        await converge(b, a)
        assert (await lists(b))[0] == (["Post 1", "Edited"], 2)

        two.stop()  # the reader goes away; the writer goes on; a new reader starts cold
        await a.put(f"{API}/posts/{ids[2]}", json={"published": True}, headers=admin)
        await a.put(f"{API}/posts/{ids[0]}", json={"tags": ["tips"]}, headers=admin)
        expected = await lists(a)
        # As if these changes were older than the event tail's window: the new process has
        # only the read model to go by.
        mongo_admin[live_env["MONGODB_DB"]]["events"].delete_many({})
        three = live_server(**fast)
        async with httpx.AsyncClient(base_url=three.url) as c:
            assert await lists(c) == expected  # its first answer: the order it loaded
    assert expected[0] == (["Post 2", "Post 1", "Edited"], 3)
