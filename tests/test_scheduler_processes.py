"""Two real API processes and due posts: each published exactly once, with one history entry
and one `post.published` event, whichever process gets there first."""

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from bson import ObjectId
from pymongo import MongoClient

from core.config import Settings
from tests.helpers import API
from tests.live_server import LiveServer
from tests.test_scale_out import seed_admin

POSTS = 12  # due at the same instant: the two schedulers' batches overlap


async def test_two_processes_publish_each_due_post_exactly_once(
    live_server: Callable[..., LiveServer], live_env: dict[str, str],
    settings: Settings, mongo_admin: MongoClient[dict[str, Any]],
) -> None:  # fmt: skip
    seed_admin(live_env)
    fast = {"SCHEDULER_INTERVAL_SECONDS": "0.2"}
    one, two = await asyncio.gather(
        asyncio.to_thread(live_server, **fast), asyncio.to_thread(live_server, **fast)
    )
    credentials = {"email": live_env["ADMIN_EMAIL"], "password": live_env["ADMIN_PASSWORD"]}
    async with httpx.AsyncClient(base_url=one.url) as a, httpx.AsyncClient(base_url=two.url) as b:
        login = await a.post(f"{API}/auth/login", json=credentials)
        admin = {"Authorization": f"Bearer {login.json()['access_token']}"}
        due = datetime.now(UTC) + timedelta(seconds=3)

        async def schedule(n: int) -> str:
            post = (await a.post(f"{API}/posts", json={"title": f"Due {n}"}, headers=admin)).json()
            await a.post(f"{API}/blogs/{post['id']}/publish-request", headers=admin)
            approve = await b.post(
                f"{API}/admin/blogs/{post['id']}/approve",
                json={"publish_at": due.isoformat()},
                headers=admin,
            )
            assert approve.json()["status"] == "scheduled", approve.text
            return str(post["id"])

        ids = await asyncio.gather(*(schedule(n) for n in range(POSTS)))
        assert datetime.now(UTC) < due, "scheduling took too long for this test to mean much"
        deadline = time.monotonic() + 30
        for http in (a, b):  # both processes serve them (the other through the event log)
            while (await http.get(f"{API}/posts?per_page=100")).json()["total"] < POSTS:
                assert time.monotonic() < deadline, "never published"
                await asyncio.sleep(0.1)
        assert datetime.now(UTC) >= due
        await asyncio.sleep(1)  # five more ticks of each scheduler: nothing more may happen

    db = mongo_admin[settings.mongodb_db]
    for post_id in ids:
        stored = db.blogs.find_one({"_id": ObjectId(post_id)})
        assert stored is not None and stored["status"] == "published"
        moves = [h for h in stored["history"] if h["action"] == "publish-scheduled"]
        assert [(h["actor_name"], h["actor_id"]) for h in moves] == [("scheduler", None)]
        events = db.events.count_documents({"type": "post.published", "subject_id": post_id})
        assert events == 1, post_id
