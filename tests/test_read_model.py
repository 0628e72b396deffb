"""The read model of the public post list: it holds exactly the published posts, in order."""

from datetime import UTC, datetime, timedelta
from typing import Any

from beanie import PydanticObjectId
from fastapi import FastAPI
from pymongo import MongoClient

from app.models import Blog, PublishedPost, User
from app.schemas.blogs import PostSort
from app.services import authors, post_order, published_posts
from core.config import Settings
from core.http_cache import ResponseCache
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient
from tests.test_workflow import act, post_in


async def assert_read_model_is_the_published_posts() -> None:
    stored = [p async for p in Blog.get_pymongo_collection().find({"status": "published"})]
    expected = {p["_id"]: published_posts.summary_of(p) for p in stored}
    actual = {p["_id"]: p async for p in PublishedPost.get_pymongo_collection().find()}
    assert actual == expected


async def expected_page(tag: str | None, page: int, per_page: int) -> list[str]:
    """The oracle: every published post sorted in Python, newest first, ties by id."""
    query: dict[str, Any] = {"status": "published", **({"tags": tag} if tag else {})}
    posts = [p async for p in Blog.get_pymongo_collection().find(query)]
    posts.sort(key=lambda p: (p["created_at"], p["_id"]), reverse=True)
    return [str(p["_id"]) for p in posts[(page - 1) * per_page : page * per_page]]


async def test_every_change_reaches_the_read_model(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(admin, title="First", tags=["news"], published=True)
    await client.create_post(writer, title="A draft")
    pending = await post_in(client, "pending", writer, admin)
    await assert_read_model_is_the_published_posts()
    assert await PublishedPost.count() == 1

    await client.put(f"{API}/posts/{post['id']}", json={"title": "Renamed"}, headers=admin)
    await client.put(f"{API}/posts/{post['id']}", json={"tags": ["python"]}, headers=admin)
    await act(client, pending["id"], "approve", admin)
    await assert_read_model_is_the_published_posts()
    assert (await client.get(f"{API}/posts?tag=news")).json()["total"] == 0
    listed = (await client.get(f"{API}/posts?tag=python")).json()
    assert [i["title"] for i in listed["items"]] == ["Renamed"] and listed["total"] == 1

    await act(client, pending["id"], "unpublish", admin)
    await client.delete(f"{API}/posts/{post['id']}", headers=admin)
    await assert_read_model_is_the_published_posts()
    assert await PublishedPost.count() == 0
    assert (await client.get(f"{API}/posts")).json()["total"] == 0


async def test_a_failed_write_leaves_the_read_model_alone(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await client.create_post(admin, title="Taken", published=True)
    other = await client.create_post(admin, title="Other", published=True)
    clash = await client.put(f"{API}/posts/{other['id']}", json={"slug": "taken"}, headers=admin)
    assert clash.status_code == 409
    await assert_read_model_is_the_published_posts()


async def test_pages_are_slices_in_the_order_of_the_list(
    client: ApiClient, admin: dict[str, str]
) -> None:
    for n in range(23):
        tags = ["even" if n % 2 == 0 else "odd", *(["third"] if n % 3 == 0 else [])]
        await client.create_post(admin, title=f"Post {n}", tags=tags, published=n % 7 != 3)
    for tag in (None, "even", "odd", "third", "missing"):
        for per_page in (1, 4, 10):
            for page in range(1, 25 // per_page + 2):
                params: dict[str, Any] = {"page": page, "per_page": per_page}
                if tag:
                    params["tag"] = tag
                body = (await client.get(f"{API}/posts", params=params)).json()
                assert [i["id"] for i in body["items"]] == await expected_page(tag, page, per_page)
                query = {"status": "published", **({"tags": tag} if tag else {})}
                assert body["total"] == await Blog.get_pymongo_collection().count_documents(query)


async def test_author_filters_and_publication_order_are_slices_too(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    """Every list the route offers (by author, newest published, both filters) answers what
    the query on the posts answers, author profiles included."""
    waiting = [await post_in(client, "pending", writer, admin) for _ in range(3)]
    for n in range(4):
        await client.create_post(admin, title=f"Admin {n}", tags=["t"], published=True)
    for n, post in enumerate(reversed(waiting)):  # published newest-created last
        await client.put(
            f"{API}/blogs/{post['id']}", json={"tags": ["t"] * (n % 2)}, headers=writer
        )
        await act(client, post["id"], "approve", admin)
    slugs = [u["slug"] async for u in User.get_pymongo_collection().find({}, {"slug": 1})]
    for author in (None, *slugs, "nobody"):
        for tag in (None, "t"):
            for sort in PostSort:
                for page, per_page in ((1, 2), (2, 2), (1, 10)):
                    params: dict[str, Any] = {
                        "page": page,
                        "per_page": per_page,
                        "sort": sort.value,
                    }
                    params |= {k: v for k, v in (("author", author), ("tag", tag)) if v}
                    body = (await client.get(f"{API}/posts", params=params)).json()
                    items, total = await authors.list_published(
                        page=page, per_page=per_page, tag=tag, author=author, sort=sort
                    )
                    assert body["items"] == [i.model_dump(mode="json") for i in items], params
                    assert body["total"] == total, params
    by_publication = (await client.get(f"{API}/posts", params={"sort": "published_at"})).json()
    assert [i["id"] for i in by_publication["items"][:3]] == [p["id"] for p in waiting]


async def test_a_fresh_page_never_lists_a_post_unpublished_elsewhere(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    kept = await client.create_post(admin, title="Kept", published=True)
    gone = await client.create_post(admin, title="Gone", published=True)
    assert (await client.get(f"{API}/posts")).json()["total"] == 2
    # Another process unpublishes `gone`; its event has not reached this process yet.
    await Blog.get_pymongo_collection().update_one(
        {"_id": PydanticObjectId(gone["id"])}, {"$set": {"status": "saved"}}
    )
    await published_posts.project(None, await _events_naming(gone["id"]))
    cache: ResponseCache = app.state.public_cache
    cache.clear()  # a miss: the page is built now, from this process's stale order
    body = (await client.get(f"{API}/posts")).json()
    assert [i["id"] for i in body["items"]] == [kept["id"]]
    assert cache.size[0] == 0  # served, not kept: it disagrees with the order


async def _events_naming(post_id: str) -> list[Any]:
    from app.models import ContentEvent, EventType

    return [ContentEvent(type=EventType.POST_UNPUBLISHED, subject_id=post_id)]


async def test_the_migration_fills_the_read_model_of_an_existing_database(
    client_with: ClientFactory, settings: Settings, mongo_admin: MongoClient[dict[str, Any]]
) -> None:
    database = mongo_admin[settings.mongodb_db]
    base = datetime.now(UTC) - timedelta(days=1)
    for n, status in enumerate(["published", "saved", "published", "rejected", "published"]):
        database["blogs"].insert_one(Blog(
            owner=PydanticObjectId(), author="Old", title=f"Old {n}", slug=f"old-{n}",
            status=status, tags=["old"], created_at=base + timedelta(hours=n),
        ).model_dump(by_alias=True, exclude={"id"}))  # fmt: skip
    stray = {"title": "x", "slug": "x", "excerpt": "", "author": "x", "created_at": base}
    database["published_posts"].insert_one({**stray, "updated_at": base})
    async with client_with() as http:
        body = (await http.get(f"{API}/posts")).json()
        assert [i["title"] for i in body["items"]] == ["Old 4", "Old 2", "Old 0"]
        assert (await http.get(f"{API}/posts?tag=old")).json()["total"] == 3
        await assert_read_model_is_the_published_posts()
    assert database["migrations"].find_one({"_id": "0005_published_posts_read_model"})


async def test_rebuilding_again_changes_nothing(client: ApiClient, admin: dict[str, str]) -> None:
    await client.create_post(admin, title="One", published=True)
    await client.create_post(admin, title="Two", published=True)
    before = [p async for p in PublishedPost.get_pymongo_collection().find().sort("_id", 1)]
    await published_posts.rebuild(PublishedPost.get_pymongo_collection().database)
    after = [p async for p in PublishedPost.get_pymongo_collection().find().sort("_id", 1)]
    assert after == before and len(after) == 2


async def test_an_event_without_a_post_id_reloads_the_order(
    client: ApiClient, admin: dict[str, str]
) -> None:
    from app.models import ContentEvent, EventType

    post = await client.create_post(admin, title="Listed", published=True)
    order = post_order.current()
    assert order is not None and order.count() == 1
    await PublishedPost.get_pymongo_collection().delete_one({"_id": PydanticObjectId(post["id"])})
    await order.apply(ContentEvent(type=EventType.POST_UPDATED, slug="listed"))
    assert order.count() == 0


async def test_an_order_marked_stale_reloads_before_the_next_page(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    order = post_order.current()
    assert order is not None
    post = await client.create_post(admin, title="Missed", published=True)
    order.remove(PydanticObjectId(post["id"]))  # its event failed to apply (database error)
    order.stale = True
    app.state.public_cache.clear()
    assert [i["id"] for i in (await client.get(f"{API}/posts")).json()["items"]] == [post["id"]]
    assert not order.stale
