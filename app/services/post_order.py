"""Each process's order of the public post list: published posts newest first, and per tag.

The read model (`published_posts`, app/services/published_posts.py) holds the summaries; this
holds only their order: one sort key (created_at in microseconds, id bytes) per published
post, in one sorted list for the whole list and one per tag. A page is a slice of a list plus
one `_id $in` read of its summaries, and a total is a `len()`: no sort and no count on the
database, whatever the number of posts (the embedded database sorts and counts by reading
every matching document; README, Performance).

Loaded from the read model at start-up; kept current by the content events (every process
applies every post event: it re-reads that post's sort key); reloaded when events may have
been missed (the event tail's resync) or one could not be applied (a database error). A
lock serialises those updates, so two events for one post cannot land out of order. A page
whose summaries no longer match the order (an event on its way) is served but not cached.
"""

import asyncio
from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from bson import ObjectId
from pymongo.errors import PyMongoError

from app.models import BlogStatus, ContentEvent, PublishedPost
from app.schemas.blogs import BlogSummary

SortKey = tuple[int, bytes]  # ints and bytes only: the collector does not track these tuples
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_KEY_FIELDS = {"created_at": 1, "tags": 1}


def sort_key(post_id: ObjectId, created_at: datetime) -> SortKey:
    if created_at.tzinfo is None:  # a client opened without tz_aware: stored times are UTC
        created_at = created_at.replace(tzinfo=UTC)
    return (created_at - _EPOCH) // _MICROSECOND, post_id.binary


def _discard(keys: list[SortKey], key: SortKey) -> None:
    at = bisect_left(keys, key)
    if at < len(keys) and keys[at] == key:
        del keys[at]


class PostOrder:
    """The sorted keys of the published posts of one database, in this process."""

    def __init__(self) -> None:
        self._posts: dict[bytes, tuple[SortKey, tuple[str, ...]]] = {}
        self._all: list[SortKey] = []
        self._by_tag: dict[str, list[SortKey]] = {}
        self.lock = asyncio.Lock()
        self.stale = False  # an event could not be applied: reload before the next page

    def count(self, tag: str | None = None) -> int:
        return len(self._all if tag is None else self._by_tag.get(tag, ()))

    def ids(self, tag: str | None, skip: int, limit: int) -> list[ObjectId]:
        """The ids of a page, newest first."""
        keys = self._all if tag is None else self._by_tag.get(tag, [])
        end = len(keys) - skip
        if end <= 0:
            return []
        return [ObjectId(key[1]) for key in reversed(keys[max(0, end - limit) : end])]

    def put(self, post_id: ObjectId, created_at: datetime, tags: Iterable[str]) -> None:
        self.remove(post_id)
        key, unique = sort_key(post_id, created_at), tuple(dict.fromkeys(tags))
        insort(self._all, key)
        for tag in unique:
            insort(self._by_tag.setdefault(tag, []), key)
        self._posts[post_id.binary] = (key, unique)

    def remove(self, post_id: ObjectId) -> None:
        found = self._posts.pop(post_id.binary, None)
        if found is None:
            return
        key, tags = found
        _discard(self._all, key)
        for tag in tags:
            _discard(self._by_tag[tag], key)
            if not self._by_tag[tag]:
                del self._by_tag[tag]

    def replace_all(self, posts: Iterable[Mapping[str, Any]]) -> None:
        """Start over from read-model documents (`_id`, `created_at`, `tags`)."""
        self._posts, self._by_tag = {}, {}
        for post in posts:
            tags = tuple(dict.fromkeys(post.get("tags") or ()))
            key = sort_key(post["_id"], post["created_at"])
            self._posts[key[1]] = (key, tags)
            for tag in tags:
                self._by_tag.setdefault(tag, []).append(key)
        self._all = sorted(key for key, _ in self._posts.values())
        for keys in self._by_tag.values():
            keys.sort()

    # ------------------------------------------------------------ kept current by events

    async def reload(self) -> None:
        async with self.lock:
            cursor = PublishedPost.get_pymongo_collection().find({}, _KEY_FIELDS)
            self.replace_all([post async for post in cursor])
            self.stale = False

    async def apply(self, event: ContentEvent) -> None:
        """A content event's consumer: re-read the sort key of the post it names."""
        if event.type.kind != "post":
            return
        if event.subject_id is None:  # not ours to guess which post: start over
            await self.reload()
            return
        post_id = ObjectId(event.subject_id)
        async with self.lock:
            try:
                found = await PublishedPost.get_pymongo_collection().find_one(
                    {"_id": post_id}, _KEY_FIELDS
                )
            except PyMongoError:
                self.stale = True  # the event counts as applied: the next page reloads
                raise
            if found is None:
                self.remove(post_id)
            else:
                self.put(post_id, found["created_at"], found.get("tags") or ())

    # ------------------------------------------------------------ the read side

    async def page(
        self, *, tag: str | None, page: int, per_page: int
    ) -> tuple[list[BlogSummary], int, bool]:
        """(items, total, complete): `complete` is False when a summary no longer matched
        the order (a change whose event this process has not applied yet)."""
        if self.stale:
            await self.reload()
        ids, total = self.ids(tag, (page - 1) * per_page, per_page), self.count(tag)
        if not ids:
            return [], total, True
        cursor = PublishedPost.get_pymongo_collection().find({"_id": {"$in": ids}})
        found = {post["_id"]: post async for post in cursor}
        items = []
        for post_id in ids:
            post = found.get(post_id)
            if post is None or (tag is not None and tag not in (post.get("tags") or ())):
                continue
            post["status"] = BlogStatus.PUBLISHED.value  # every summary here is published
            items.append(BlogSummary.model_validate(post))
        return items, total, len(items) == len(ids)


# One order per database in this process (two apps in one process, in tests, stay apart);
# the public read side finds its application's through the model's database.
_orders: dict[str, PostOrder] = {}


def register(database: str, order: PostOrder) -> None:
    _orders[database] = order


def unregister(database: str, order: PostOrder) -> None:
    if _orders.get(database) is order:
        del _orders[database]


def current() -> PostOrder | None:
    """This process's order for the database the models are bound to, once it is loaded."""
    return _orders.get(PublishedPost.get_pymongo_collection().database.name)
