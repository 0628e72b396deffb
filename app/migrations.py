"""The data migrations of this application, applied in id order at start-up (core/migrations).

Each one is idempotent: it may run again after a crash between applying and recording it.
"""

import re

from pymongo.errors import DuplicateKeyError

from app.services import urls
from app.services.slugs import slugify
from core.migrations import Database, Migration

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
    Migration("0002_user_slugs", "author slugs for existing accounts", _user_slugs),
    Migration(
        "0003_relative_upload_urls",
        "own upload URLs stored relative (/uploads/...)",
        _relative_upload_urls,
    ),
    Migration("0004_image_facts", "featured_image, og_image and logo facts", _image_facts),
]
