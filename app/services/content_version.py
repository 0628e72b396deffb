"""The public content version: bumped by every write to posts, pages or settings.

The database counter tells every process that content changed; the process-local
generation tells this process at once, so its next read is never stale.
"""

from app.models.meta import ContentVersion

_generation = 0  # process-wide by nature: writes in this process, seen by its caches


def local_generation() -> int:
    return _generation


async def bump() -> None:
    global _generation
    _generation += 1  # first: even if the database write fails, this process rebuilds
    await ContentVersion.get_pymongo_collection().update_one(
        {"_id": "content"}, {"$inc": {"version": 1}}, upsert=True
    )


async def current() -> int:
    document = await ContentVersion.get_pymongo_collection().find_one({"_id": "content"})
    return int(document["version"]) if document else 0
