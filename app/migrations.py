"""The data migrations of this application, applied in id order at start-up (core/migrations).

Each one is idempotent: it may run again after a crash between applying and recording it.
"""

import re

from pymongo.errors import DuplicateKeyError

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


MIGRATIONS: list[Migration] = [
    Migration("0002_user_slugs", "author slugs for existing accounts", _user_slugs),
]
