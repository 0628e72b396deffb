"""The in-memory order of the public post list on its own: slices, counts, tags, ties."""

from datetime import UTC, datetime, timedelta
from typing import Any

from bson import ObjectId

from app.services.post_order import PostOrder

BASE = datetime(2026, 1, 1, tzinfo=UTC)


def test_pages_are_newest_first_with_ties_broken_by_id() -> None:
    order = PostOrder()
    ids = [ObjectId() for _ in range(5)]
    for n, post_id in enumerate(ids):
        order.put(post_id, BASE + timedelta(hours=n // 2), ["a"] if n % 2 else ["b"])
    newest_first = sorted(
        ids, key=lambda i: (BASE + timedelta(hours=ids.index(i) // 2), i.binary), reverse=True
    )
    assert order.ids(None, 0, 10) == newest_first
    assert order.ids(None, 2, 2) == newest_first[2:4]
    assert order.ids(None, 4, 2) == newest_first[4:]
    assert order.ids(None, 5, 2) == [] and order.ids(None, 50, 2) == []
    assert order.ids("a", 0, 10) == [i for i in newest_first if ids.index(i) % 2]
    assert (order.count(), order.count("a"), order.count("b"), order.count("c")) == (5, 2, 3, 0)


def test_moving_retagging_and_removing_keep_every_list_true() -> None:
    order = PostOrder()
    first, second = ObjectId(), ObjectId()
    order.put(first, BASE, ["a", "b"])
    order.put(second, BASE + timedelta(days=1), ["a"])
    order.put(first, BASE + timedelta(days=2), ["c"])  # edited: new date, new tags
    assert order.ids(None, 0, 10) == [first, second]
    assert (order.count("a"), order.count("b"), order.count("c")) == (1, 0, 1)
    order.remove(first)
    order.remove(first)  # twice is harmless
    assert order.ids(None, 0, 10) == [second] and order.count("c") == 0


def test_replace_all_matches_one_put_at_a_time() -> None:
    posts: list[dict[str, Any]] = [{"_id": ObjectId(), "created_at": BASE + timedelta(minutes=n % 4),
              "tags": ["x", "x", f"t{n % 3}"]} for n in range(12)]  # fmt: skip
    bulk, single = PostOrder(), PostOrder()
    bulk.replace_all(posts)
    for post in posts:
        single.put(post["_id"], post["created_at"], post["tags"])
    for tag in (None, "x", "t0", "t1", "t2"):
        assert bulk.ids(tag, 0, 20) == single.ids(tag, 0, 20)
        assert bulk.count(tag) == single.count(tag)
    assert bulk.count("x") == 12  # a tag repeated on one post counts once


def test_naive_times_are_read_as_utc() -> None:
    order = PostOrder()
    aware, naive = ObjectId(), ObjectId()
    order.put(aware, BASE + timedelta(seconds=1), [])
    order.put(naive, BASE.replace(tzinfo=None), [])
    assert order.ids(None, 0, 2) == [aware, naive]
