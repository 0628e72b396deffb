"""The read model of the public post list (`published_posts`), written with every change.

`project()` runs inside `events.transact`, after the work and before its events are stored,
in the same transaction: for every post an event names, it re-reads the post through the
transaction's session and writes its list summary (published) or removes it (anything else).
So the read model holds a post if and only if the post is published, whichever process
wrote, and a write that fails leaves both unchanged. Without transactions (a standalone
MongoDB) it is written right after the change, like the events (README).

`rebuild()` fills it for an existing database (a migration) and may run again at any time:
it upserts every published post and removes everything else. A later migration that changes
stored posts must run it again (or project the posts it changed).
"""

from collections.abc import Iterable, Mapping
from typing import Any

from bson import ObjectId
from pymongo import ReplaceOne
from pymongo.asynchronous.client_session import AsyncClientSession
from pymongo.asynchronous.database import AsyncDatabase

from app.models import Blog, BlogStatus, ContentEvent, PublishedPost
from app.schemas.authors import PublicPostSummary

# The list projection: every stored field the public list item reads, so a field added to
# the list is added here too. Not the id (the read model's own), not the status (every
# summary here is published) and not the author profile (read at response time).
SUMMARY_FIELDS = tuple(
    name
    for name in PublicPostSummary.model_fields
    if name not in {"id", "status", "author_profile"}
)
_SOURCE_PROJECTION = {**dict.fromkeys(SUMMARY_FIELDS, 1), "status": 1}
BATCH = 500


def summary_of(post: Mapping[str, Any]) -> dict[str, Any]:
    """The read-model document of a stored post."""
    return {"_id": post["_id"], **{name: post.get(name) for name in SUMMARY_FIELDS}}


def _is_published(post: Mapping[str, Any] | None) -> bool:
    return post is not None and post.get("status") == BlogStatus.PUBLISHED.value


async def project(session: AsyncClientSession | None, events: Iterable[ContentEvent]) -> None:
    """Bring the summaries of the posts these events name up to date, through `session`."""
    ids = sorted({e.subject_id for e in events if e.type.kind == "post" and e.subject_id})
    source = Blog.get_pymongo_collection()
    target = PublishedPost.get_pymongo_collection()
    for raw_id in ids:
        post_id = ObjectId(raw_id)
        post = await source.find_one({"_id": post_id}, _SOURCE_PROJECTION, session=session)
        if post is not None and _is_published(post):
            await target.replace_one(
                {"_id": post_id}, summary_of(post), upsert=True, session=session
            )
        else:
            await target.delete_one({"_id": post_id}, session=session)


async def rebuild(db: AsyncDatabase[dict[str, Any]]) -> None:
    """Make the read model of `db` exactly the summaries of its published posts."""
    target = db[PublishedPost.Settings.name]
    stale = {d["_id"] async for d in target.find({}, {"_id": 1})}
    batch: list[ReplaceOne[dict[str, Any]]] = []
    cursor = db[Blog.Settings.name].find({"status": BlogStatus.PUBLISHED.value}, _SOURCE_PROJECTION)
    async for post in cursor:
        stale.discard(post["_id"])
        batch.append(ReplaceOne({"_id": post["_id"]}, summary_of(post), upsert=True))
        if len(batch) >= BATCH:
            await target.bulk_write(batch, ordered=False)
            batch = []
    if batch:
        await target.bulk_write(batch, ordered=False)
    gone = sorted(stale)
    for start in range(0, len(gone), BATCH):
        await target.delete_many({"_id": {"$in": gone[start : start + BATCH]}})
