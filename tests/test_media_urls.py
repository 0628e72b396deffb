"""Our own files are stored relative and answered absolute, from PUBLIC_BASE_URL (#11)."""

from typing import Any

from pymongo import AsyncMongoClient, MongoClient

from app import migrations
from core.config import Settings
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient
from tests.test_media import uploaded


def stored(mongo_admin: MongoClient[dict[str, Any]], settings: Settings, collection: str) -> Any:
    return mongo_admin[settings.mongodb_db][collection].find_one({})


async def test_own_urls_are_stored_relative_and_answered_absolute(
    client: ApiClient,
    writer: dict[str, str],
    admin: dict[str, str],
    settings: Settings,
    mongo_admin: MongoClient[dict[str, Any]],
) -> None:
    image = await uploaded(client, writer, (40, 20))
    path = image["url"].removeprefix(settings.public_base_url)
    assert path.startswith("/uploads/")
    post = await client.create_post(
        writer,
        featured_image_url=image["url"],
        markdown=f"![a]({path}) and [the file]({image['url']}) and [x](https://example.com/a)",
    )
    assert post["featured_image_url"] == image["url"]
    assert f'src="{image["url"]}"' in post["body"]  # resolves on the site's origin too
    assert f'href="{image["url"]}"' in post["body"]
    doc = stored(mongo_admin, settings, "blogs")
    assert doc["featured_image_url"] == path
    assert f'src="{path}"' in doc["body"] and settings.public_base_url not in doc["body"]
    await client.put(f"{API}/settings", json={"logo_url": image["url"]}, headers=admin)
    assert stored(mongo_admin, settings, "settings")["logo_url"] == path
    public = (await client.get(f"{API}/settings")).json()
    assert public["logo_url"] == image["url"]


async def test_a_new_base_url_changes_every_answer(
    client: ApiClient,
    writer: dict[str, str],
    settings: Settings,
    client_with: ClientFactory,
) -> None:
    image = await uploaded(client, writer, (40, 20))
    path = image["url"].removeprefix(settings.public_base_url)
    post = await client.create_post(writer, featured_image_url=path, markdown=f"![a]({path})")
    async with client_with(public_base_url="http://127.0.0.1:8741") as other:
        # The same database under another port (scripts/run.sh --port 8741).
        again = await other.login("writer@example.com", "writer-password")  # its own JWT key
        moved = (await other.get(f"{API}/blogs/{post['id']}", headers=again)).json()
        assert moved["featured_image_url"] == f"http://127.0.0.1:8741{path}"
        assert f'src="http://127.0.0.1:8741{path}"' in moved["body"]


async def test_migration_rewrites_old_absolute_urls(
    client: ApiClient, settings: Settings, mongo_admin: MongoClient[dict[str, Any]]
) -> None:
    db = mongo_admin[settings.mongodb_db]
    own = f"{settings.public_base_url}/uploads/abc.jpg"
    db["blogs"].insert_one(
        {"featured_image_url": own, "body": f'<p><img src="{own}"><a href="https://x.org/">x</a>'}
    )
    db["pages"].insert_one({"og_image_url": "https://cdn.example.com/uploads/abc.jpg"})
    db["settings"].insert_one({"logo_url": own})
    async_client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(settings.mongodb_uri)
    try:
        migration = next(m for m in migrations.MIGRATIONS if m.id == "0003_relative_upload_urls")
        await migration.apply(async_client[settings.mongodb_db])
        await migration.apply(async_client[settings.mongodb_db])  # idempotent
    finally:
        await async_client.close()
    blog = db["blogs"].find_one({"featured_image_url": {"$exists": True}})
    assert blog is not None and blog["featured_image_url"] == "/uploads/abc.jpg"
    assert blog["body"] == '<p><img src="/uploads/abc.jpg"><a href="https://x.org/">x</a>'
    page = db["pages"].find_one({"og_image_url": {"$exists": True}})
    assert page is not None and page["og_image_url"] == "https://cdn.example.com/uploads/abc.jpg"
    logo = db["settings"].find_one({"logo_url": {"$regex": "abc"}})
    assert logo is not None and logo["logo_url"] == "/uploads/abc.jpg"


async def test_body_images_of_our_assets_get_size_lazy_loading_and_srcset(
    client: ApiClient, writer: dict[str, str], settings: Settings
) -> None:
    image = await uploaded(client, writer)  # 1000 x 500
    path = image["url"].removeprefix(settings.public_base_url)
    post = await client.create_post(
        writer, markdown=f"![a]({path})\n\n![b](https://cdn.example.com/b.jpg)"
    )
    srcset = ", ".join(f"{image['url']}?w={w} {w}w" for w in (320, 640, 960))
    assert (
        f'<img src="{image["url"]}" alt="a" width="1000" height="500" loading="lazy" '
        f'decoding="async" srcset="{srcset}">'
    ) in post["body"]
    assert '<img src="https://cdn.example.com/b.jpg" alt="b">' in post["body"]


async def test_migration_copies_image_facts_into_old_posts(
    client: ApiClient,
    writer: dict[str, str],
    settings: Settings,
    mongo_admin: MongoClient[dict[str, Any]],
) -> None:
    image = await uploaded(client, writer, (700, 350))
    path = image["url"].removeprefix(settings.public_base_url)
    post = await client.create_post(writer, featured_image_url=image["url"])
    db = mongo_admin[settings.mongodb_db]
    db["blogs"].update_one({}, {"$unset": {"featured_image": ""}})  # as stored before #11
    async_client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(settings.mongodb_uri)
    try:
        migration = next(m for m in migrations.MIGRATIONS if m.id == "0004_image_facts")
        await migration.apply(async_client[settings.mongodb_db])
    finally:
        await async_client.close()
    stored_facts = db["blogs"].find_one({})["featured_image"]  # type: ignore[index]
    assert stored_facts["path"] == path and stored_facts["width"] == 700
    answered = (await client.get(f"{API}/blogs/{post['id']}", headers=writer)).json()
    assert answered["featured_image"]["height"] == 350
