"""The data migrations of this application, applied in id order at start-up (core/migrations).

Each one is idempotent: it may run again after a crash between applying and recording it.
They work on the raw PyMongo database, in the shape the documents have on disk.
"""

import re
from datetime import UTC, datetime
from html import unescape
from typing import Any

import anyio
from pymongo.errors import DuplicateKeyError

from app.models.site_settings import DEFAULT_PAGE_PATH, DEFAULT_POST_PATH, SINGLETON_KEY
from app.services import excerpts, published_posts, urls
from app.services.slugs import slugify
from core.migrations import Database, Migration

POST_FIELDS = (
    "title", "slug", "excerpt", "intro", "outline", "markdown", "body", "featured_image_url",
    "tags", "meta_title", "meta_description", "og_image_url", "canonical_url",
)  # fmt: skip
PAGE_FIELDS = (
    "title", "slug", "markdown", "body", "meta_title", "meta_description", "og_image_url",
)  # fmt: skip


_TAG = re.compile(r"<[^>]*>")


def _previous_excerpt(html: str, limit: int = 200) -> str:
    """The excerpt the previous version derived from a body (frozen here, as it was)."""
    text = " ".join(unescape(_TAG.sub(" ", html)).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,.;:") + "…"


def _text_fields(post: dict[str, Any]) -> dict[str, Any]:
    """Word count, and an excerpt derived the new way where the old one was derived (a
    hand-written excerpt stays): derived excerpts keep following their body on edits."""
    body = post.get("body") or ""
    fields: dict[str, Any] = {"word_count": excerpts.word_count(body)}
    if post.get("excerpt", "") == _previous_excerpt(body):
        fields["excerpt"] = excerpts.excerpt(body, title=post.get("title"))
    return fields


def _published_at(post: dict[str, Any]) -> datetime:
    """When it was last published, from its history; else its creation (or now)."""
    moves = [h for h in post.get("history") or [] if h.get("to_status") == "published"]
    if moves and moves[-1].get("at"):
        at: datetime = moves[-1]["at"]
        return at
    fallback: datetime = post.get("created_at") or datetime.now(UTC)
    return fallback


async def _first_revision(
    db: Database, kind: str, doc: dict[str, Any], fields: tuple[str, ...]
) -> None:
    """Revision 1 of a document written before revisions: its content as it is now. Stored
    (upserted) before the document's counter is set, so a crash in between is harmless."""
    await db["revisions"].update_one(
        {"doc_kind": kind, "doc_id": doc["_id"], "number": 1},
        {
            "$setOnInsert": {
                "actor_id": None,
                "actor_name": "migration",
                "created_at": doc.get("updated_at") or datetime.now(UTC),
                "changed": [],
                "restored_from": None,
                "content": {name: doc.get(name) for name in fields if name in doc},
            }
        },
        upsert=True,
    )
    await db["pages" if kind == "page" else "blogs"].update_one(
        {"_id": doc["_id"], "revision": {"$exists": False}}, {"$set": {"revision": 1}}
    )


async def editorial_backfill(db: Database) -> None:
    """Issue 9 on a database written by the previous version: `published_at` on published
    posts that lack it, word counts and derived excerpts, a first revision of every post and
    page, and the site path patterns in stored settings."""
    blogs = db["blogs"]
    async for post in blogs.find(
        {"status": "published", "published_at": None}, {"history": 1, "created_at": 1}
    ):
        await blogs.update_one(
            {"_id": post["_id"], "published_at": None},
            {"$set": {"published_at": _published_at(post)}},
        )
    projection = {"body": 1, "title": 1, "excerpt": 1}
    async for post in blogs.find({"word_count": {"$exists": False}}, projection):
        fields = await anyio.to_thread.run_sync(_text_fields, post)  # bodies may be large
        await blogs.update_one(
            {"_id": post["_id"], "word_count": {"$exists": False}}, {"$set": fields}
        )
    async for post in blogs.find({"revision": {"$exists": False}}):
        await _first_revision(db, "post", post, POST_FIELDS)
    async for page in db["pages"].find({"revision": {"$exists": False}}):
        await _first_revision(db, "page", page, PAGE_FIELDS)
    for name, default in (("post_path", DEFAULT_POST_PATH), ("page_path", DEFAULT_PAGE_PATH)):
        await db["settings"].update_one(
            {"key": SINGLETON_KEY, name: {"$exists": False}}, {"$set": {name: default}}
        )


SLUG_ATTEMPTS = 1000


async def _user_slugs(db: Database) -> None:
    """Give every account made before author profiles a unique slug from its name."""
    users = db["users"]
    async for user in users.find({"slug": {"$not": {"$type": "string"}}}, {"display_name": 1}):
        base = slugify(str(user.get("display_name") or ""), fallback="author")
        taken = {
            doc["slug"]
            async for doc in users.find(
                {"slug": {"$regex": f"^{re.escape(base)}(-[0-9]+)?$"}}, {"slug": 1}
            )
        }
        for n in range(1, SLUG_ATTEMPTS):
            candidate = base if n == 1 else f"{base}-{n}"
            if candidate in taken:
                continue
            try:
                await users.update_one(
                    {"_id": user["_id"], "slug": {"$not": {"$type": "string"}}},
                    {"$set": {"slug": candidate}},
                )
            except DuplicateKeyError:  # taken meanwhile by a new signup: try the next one
                continue
            break


# Where our own absolute upload URLs may be stored: (collection, plain URL fields, HTML fields).
_URL_FIELDS = (
    ("blogs", ("featured_image_url",), ("body",)),
    ("pages", ("og_image_url",), ("body",)),
    ("settings", ("logo_url",), ()),
)


async def _relative_upload_urls(db: Database) -> None:
    """Rewrite `<PUBLIC_BASE_URL>/uploads/...` stored before #11 to `/uploads/...`: responses
    build the absolute URL, so a new host or port never breaks stored images again."""
    own = urls.base_url() + "/uploads/"
    pattern = {"$regex": re.escape(own)}
    for collection, plain, html in _URL_FIELDS:
        fields = (*plain, *html)
        query = {"$or": [{field: pattern} for field in fields]}
        async for doc in db[collection].find(query, dict.fromkeys(fields, 1)):
            changes: dict[str, str] = {}
            for field in fields:
                value = doc.get(field)
                if not isinstance(value, str) or own not in value:
                    continue
                fixed = urls.relative(value) if field in plain else urls.relative_html(value)
                if fixed is not None and fixed != value:
                    changes[field] = fixed
            if changes:
                await db[collection].update_one({"_id": doc["_id"]}, {"$set": changes})


# (collection, URL field, field holding a copy of the asset's facts): see app/models/asset.py.
_IMAGE_FIELDS = (
    ("blogs", "featured_image_url", "featured_image"),
    ("pages", "og_image_url", "og_image"),
    ("settings", "logo_url", "logo"),
)


async def _image_facts(db: Database) -> None:
    """Give posts, pages and the settings stored before #11 the copy of their image's facts
    (size, alt, placeholder) that `featured_image`, `og_image` and `logo` answer from."""
    for collection, url_field, facts_field in _IMAGE_FIELDS:
        query = {url_field: {"$regex": "^/uploads/"}, facts_field: None}
        async for doc in db[collection].find(query, {url_field: 1}):
            path = doc[url_field]
            asset = await db["assets"].find_one({"filename": path.removeprefix("/uploads/")})
            if asset is None:
                continue
            facts = {
                "path": path,
                "width": asset["width"],
                "height": asset["height"],
                "alt": asset.get("alt", ""),
                "placeholder": asset.get("placeholder", ""),
            }
            await db[collection].update_one({"_id": doc["_id"]}, {"$set": {facts_field: facts}})


MIGRATIONS: list[Migration] = [
    Migration(
        id="0001_editorial_backfill",
        description="published_at, word counts, excerpts, first revisions, site path patterns",
        apply=editorial_backfill,
    ),
    Migration("0002_user_slugs", "author slugs for existing accounts", _user_slugs),
    Migration(
        "0003_relative_upload_urls",
        "own upload URLs stored relative (/uploads/...)",
        _relative_upload_urls,
    ),
    Migration("0004_image_facts", "featured_image, og_image and logo facts", _image_facts),
    # After every migration that changes stored posts: it copies them as they now are.
    Migration(
        "0005_published_posts_read_model",
        "fill the read model of the public post list from the published posts",
        published_posts.rebuild,
    ),
]
