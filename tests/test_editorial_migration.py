"""The first data migration: a database written by the previous version gains what the
editorial features need, once, even when two processes start at the same moment."""

import asyncio
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from bson import ObjectId
from pymongo import AsyncMongoClient, MongoClient

from app.migrations import MIGRATIONS, editorial_backfill
from app.services import users
from core.config import Settings
from core.migrations import Database, Migration, run_pending
from tests.conftest import ClientFactory
from tests.helpers import API
from tests.live_server import LiveServer

PUBLISHED_AT = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
CREATED_AT = PUBLISHED_AT - timedelta(days=2)
MIGRATION_ID = MIGRATIONS[0].id


@pytest.fixture
def old_database(
    settings: Settings, mongo_admin: MongoClient[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """Documents as the previous version wrote them, through the raw driver."""
    db = mongo_admin[settings.mongodb_db]
    owner = ObjectId()
    entry = {"action": "create", "from_status": None, "to_status": "saved", "actor_id": owner,
             "actor_name": "Old", "at": CREATED_AT, "feedback": None}  # fmt: skip
    approve = {**entry, "action": "approve", "from_status": "pending", "to_status": "published",
               "at": PUBLISHED_AT}  # fmt: skip
    post = {
        "owner": owner, "author": "Old", "title": "Old post", "slug": "old-post",
        "excerpt": "Old post Three little words .",  # as the previous version derived it
        "intro": "", "outline": [], "markdown": "# Old post\n\nThree little *words*.",
        "body": "<h1>Old post</h1>\n<p>Three little <em>words</em>.</p>", "tags": ["old"],
        "featured_image_url": None, "status": "published",
        "admin_feedback": None, "history": [entry, approve], "created_at": CREATED_AT,
        "updated_at": PUBLISHED_AT + timedelta(days=1), "published_at": None,
    }  # fmt: skip
    post_id = db.blogs.insert_one(dict(post)).inserted_id  # (insert_one adds an _id)
    draft_id = db.blogs.insert_one(
        {**post, "slug": "old-draft", "status": "saved", "history": [entry], "excerpt": "Mine"}
    ).inserted_id
    page = {"title": "About", "slug": "about", "markdown": None, "body": "<p>Hi</p>",
            "meta_title": None, "meta_description": None, "og_image_url": None,
            "published": True, "created_at": CREATED_AT, "updated_at": CREATED_AT}  # fmt: skip
    page_id = db.pages.insert_one(page).inserted_id
    site: dict[str, Any] = {"key": "site", "site_name": "Old site", "tagline": "", "logo_url": None,
            "footer_text": "", "social_links": {}, "updated_at": CREATED_AT}  # fmt: skip
    db.settings.insert_one(site)
    yield {"post": post_id, "draft": draft_id, "page": page_id}
    mongo_admin.drop_database(settings.mongodb_db)


async def test_the_migration_backfills_a_database_of_the_previous_version(
    old_database: dict[str, Any], client_with: ClientFactory, settings: Settings,
    mongo_admin: MongoClient[dict[str, Any]],
) -> None:  # fmt: skip
    async with client_with() as http:
        public = (await http.get(f"{API}/posts/old-post")).json()
        assert datetime.fromisoformat(public["published_at"]) == PUBLISHED_AT  # from history
        assert (public["word_count"], public["reading_minutes"]) == (5, 1)
        assert public["excerpt"] == "Three little words."  # derived again, the new way
        assert public["meta_title"] is None and public["canonical_url"] is None
        listed = (await http.get(f"{API}/posts?sort=published_at")).json()["items"]
        assert [p["slug"] for p in listed] == ["old-post"]
        site = (await http.get(f"{API}/settings")).json()
        assert (site["site_name"], site["post_path"], site["page_path"]) == (
            "Old site", "/blog/{slug}", "/{slug}"
        )  # fmt: skip

        assert settings.admin_password is not None
        await users.ensure_admin(
            email=settings.admin_email, password=settings.admin_password.get_secret_value()
        )
        admin = await http.login(settings.admin_email, settings.admin_password.get_secret_value())
        url = f"{API}/blogs/{old_database['post']}"
        first = (await http.get(f"{url}/revisions", headers=admin)).json()["items"]
        assert [(r["number"], r["actor_name"], r["title"]) for r in first] == [
            (1, "migration", "Old post")
        ]
        await http.put(url, json={"title": "Edited"}, headers=admin)
        assert (await http.get(f"{url}/revisions", headers=admin)).json()["total"] == 2
        restored = await http.post(f"{url}/revisions/1/restore", headers=admin)
        assert restored.json()["title"] == "Old post"
        page = f"{API}/admin/pages/{old_database['page']}/revisions"
        assert (await http.get(page, headers=admin)).json()["total"] == 1

    db = mongo_admin[settings.mongodb_db]
    assert [m["_id"] for m in db.migrations.find()].count(MIGRATION_ID) == 1
    draft = db.blogs.find_one({"_id": old_database["draft"]})
    assert draft is not None and draft["published_at"] is None
    assert draft["excerpt"] == "Mine"  # hand-written: kept
    # Idempotent: applied again (a crash before it was recorded), nothing doubles.
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(settings.mongodb_uri, tz_aware=True)
    try:
        await editorial_backfill(client[settings.mongodb_db])
    finally:
        await client.close()
    assert db.revisions.count_documents({"doc_id": old_database["post"]}) == 3
    assert db.revisions.count_documents({"doc_id": old_database["page"]}) == 1


async def test_two_concurrent_runs_apply_a_migration_once(settings: Settings) -> None:
    runs = 0

    async def probe(db: Database) -> None:
        nonlocal runs
        runs += 1
        await db["probe"].update_one({"_id": "runs"}, {"$inc": {"n": 1}}, upsert=True)
        await asyncio.sleep(0.5)  # long enough for the other run to be waiting on the lock

    migrations = [Migration(id="9999_probe", description="counts its runs", apply=probe)]
    clients: list[AsyncMongoClient[dict[str, Any]]] = [
        AsyncMongoClient(settings.mongodb_uri) for _ in range(2)
    ]  # two "processes"
    try:
        applied = await asyncio.gather(
            *(run_pending(c[settings.mongodb_db], migrations) for c in clients)
        )
        db = clients[0][settings.mongodb_db]
        assert sorted(applied) == [[], ["9999_probe"]]
        assert runs == 1
        assert (await db["probe"].find_one({"_id": "runs"}) or {})["n"] == 1
        assert [d["_id"] async for d in db["migrations"].find()] == ["9999_probe"]
    finally:
        await clients[0].drop_database(settings.mongodb_db)
        for c in clients:
            await c.close()


async def test_two_processes_starting_together_migrate_once(
    old_database: dict[str, Any], live_server: Callable[..., LiveServer],
    settings: Settings, mongo_admin: MongoClient[dict[str, Any]],
) -> None:  # fmt: skip
    one, two = await asyncio.gather(asyncio.to_thread(live_server), asyncio.to_thread(live_server))
    db = mongo_admin[settings.mongodb_db]
    records = list(db.migrations.find())
    assert [r["_id"] for r in records].count(MIGRATION_ID) == 1
    assert db.revisions.count_documents({"doc_id": old_database["post"]}) == 1
    for server in (one, two):
        async with httpx.AsyncClient(base_url=server.url) as http:
            post = (await http.get(f"{API}/posts/old-post")).json()
            assert datetime.fromisoformat(post["published_at"]) == PUBLISHED_AT
