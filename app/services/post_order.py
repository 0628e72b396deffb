"""Each process's order of the public post list: published posts newest first (by creation or
by publication), for the whole list, per tag and per author.

The read model (`published_posts`, app/services/published_posts.py) holds the summaries; this
holds only their order: sort keys (one int: a time in microseconds, then the id's 96 bits)
in sorted lists, one per (order, facet). A page is a slice of a list plus one `_id $in` read
of its summaries, and a total is a `len()`: no sort and no count on the database, whatever
the number of posts (the embedded database sorts and counts by reading every matching
document; README, Performance). Each post has two keys, shared by its lists: ~0.4 KB per
post in all (bench/order_cost.py: 42 MB at 100,000 posts).

Loaded from the read model at start-up; kept current by the content events (every process
applies every post event: it re-reads that post's keys); reloaded when events may have been
missed (the event tail's resync) or one could not be applied (a database error). A lock
serialises those updates, so two events for one post cannot land out of order. A page whose
summaries no longer match the order (an event on its way) is served but not cached.
"""

import asyncio
from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bson import ObjectId
from pymongo.errors import PyMongoError

from app.models import BlogStatus, ContentEvent, PublishedPost
from app.schemas.authors import PublicPostSummary
from app.schemas.blogs import PostSort

# (time in microseconds << 96) + the id as an int: one small int per key, compared in one
# step, ordered by time then id, and not tracked by the garbage collector.
SortKey = int
_ID_BITS = 96
_ID_MASK = (1 << _ID_BITS) - 1
# A subset of the published posts: ("tag", name) or ("owner", id hex); None is all of them.
Facet = tuple[str, str] | None
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_NEVER = -(2**62)  # no published_at: last in a newest-first list, as MongoDB sorts a null
SORTS = tuple(PostSort)
_KEY_FIELDS = {"created_at": 1, "published_at": 1, "tags": 1, "owner": 1}


def sort_key(post_id: ObjectId, at: datetime | None) -> SortKey:
    if at is None:
        micros = _NEVER
    else:
        if at.tzinfo is None:  # a client opened without tz_aware: stored times are UTC
            at = at.replace(tzinfo=UTC)
        micros = (at - _EPOCH) // _MICROSECOND
    return (micros << _ID_BITS) + int.from_bytes(post_id.binary)


def id_of(key: SortKey) -> ObjectId:
    return ObjectId((key & _ID_MASK).to_bytes(12))


def tag_facet(tag: str) -> Facet:
    return ("tag", tag)


def owner_facet(owner: ObjectId) -> Facet:
    return ("owner", str(owner))


def _discard(keys: list[SortKey], key: SortKey) -> None:
    at = bisect_left(keys, key)
    if at < len(keys) and keys[at] == key:
        del keys[at]


@dataclass(frozen=True, slots=True)
class _Entry:
    keys: tuple[SortKey, ...]  # one per order, as in SORTS
    facets: tuple[Facet, ...]  # None (every post) first, then its tags and its owner


def facets_of(post: Mapping[str, Any]) -> tuple[Facet, ...]:
    """The lists a read-model document belongs to: all posts, its tags, its author."""
    tags = (tag_facet(tag) for tag in dict.fromkeys(post.get("tags") or ()))
    owner = (owner_facet(post["owner"]),) if post.get("owner") is not None else ()
    return (None, *tags, *owner)


class PostOrder:
    """The sorted keys of the published posts of one database, in this process."""

    def __init__(self) -> None:
        self._posts: dict[bytes, _Entry] = {}
        self._lists: dict[tuple[PostSort, Facet], list[SortKey]] = {}
        self.lock = asyncio.Lock()
        self.stale = False  # an event could not be applied: reload before the next page
        self._facets: dict[Facet, Facet] = {}  # one tuple per tag or author, shared by posts

    def _entry(self, post: Mapping[str, Any]) -> _Entry:
        post_id: ObjectId = post["_id"]
        keys = tuple(sort_key(post_id, post.get(sort.value)) for sort in SORTS)
        facets = tuple(self._facets.setdefault(facet, facet) for facet in facets_of(post))
        return _Entry(keys=keys, facets=facets)

    def count(self, facet: Facet = None, sort: PostSort = PostSort.CREATED_AT) -> int:
        return len(self._lists.get((sort, facet), ()))

    def ids(self, facet: Facet, sort: PostSort, skip: int, limit: int) -> list[ObjectId]:
        """The ids of a page, newest first."""
        keys = self._lists.get((sort, facet), [])
        end = len(keys) - skip
        if end <= 0:
            return []
        return [id_of(key) for key in reversed(keys[max(0, end - limit) : end])]

    def put(self, post: Mapping[str, Any]) -> None:
        """Place a read-model document (`_id`, created_at, published_at, tags, owner)."""
        post_id: ObjectId = post["_id"]
        self.remove(post_id)
        entry = self._entry(post)
        for sort, key in zip(SORTS, entry.keys, strict=True):
            for facet in entry.facets:
                insort(self._lists.setdefault((sort, facet), []), key)
        self._posts[post_id.binary] = entry

    def remove(self, post_id: ObjectId) -> None:
        entry = self._posts.pop(post_id.binary, None)
        if entry is None:
            return
        for sort, key in zip(SORTS, entry.keys, strict=True):
            for facet in entry.facets:
                keys = self._lists[(sort, facet)]
                _discard(keys, key)
                if not keys:
                    del self._lists[(sort, facet)]

    def replace_all(self, posts: Iterable[Mapping[str, Any]]) -> None:
        """Start over from read-model documents."""
        self._posts, self._lists, self._facets = {}, {}, {}
        for post in posts:
            entry = self._posts[post["_id"].binary] = self._entry(post)
            for sort, key in zip(SORTS, entry.keys, strict=True):
                for facet in entry.facets:
                    self._lists.setdefault((sort, facet), []).append(key)
        for keys in self._lists.values():
            keys.sort()

    # ------------------------------------------------------------ kept current by events

    async def reload(self) -> None:
        async with self.lock:
            cursor = PublishedPost.get_pymongo_collection().find({}, _KEY_FIELDS)
            self.replace_all([post async for post in cursor])
            self.stale = False

    async def apply(self, event: ContentEvent) -> None:
        """A content event's consumer: re-read the keys of the post it names."""
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
                self.put(found)

    # ------------------------------------------------------------ the read side

    async def page(
        self, *, facet: Facet, sort: PostSort, page: int, per_page: int
    ) -> tuple[list[PublicPostSummary], int, bool]:
        """(items, total, complete): `complete` is False when a summary no longer matched
        the order (a change whose event this process has not applied yet)."""
        if self.stale:
            await self.reload()
        skip = (page - 1) * per_page
        ids, total = self.ids(facet, sort, skip, per_page), self.count(facet, sort)
        if not ids:
            return [], total, True
        cursor = PublishedPost.get_pymongo_collection().find({"_id": {"$in": ids}})
        found = {post["_id"]: post async for post in cursor}
        items = []
        for post_id in ids:
            post = found.get(post_id)
            if post is None or facet not in facets_of(post):
                continue
            post["status"] = BlogStatus.PUBLISHED.value  # every summary here is published
            items.append(PublicPostSummary.model_validate(post))
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
