"""The in-memory order of the public post list on its own: slices, counts, facets, ties."""

from datetime import UTC, datetime, timedelta
from typing import Any

from bson import ObjectId

from app.schemas.blogs import PostSort
from app.services.post_order import PostOrder, owner_facet, tag_facet

BASE = datetime(2026, 1, 1, tzinfo=UTC)
CREATED, PUBLISHED = PostSort.CREATED_AT, PostSort.PUBLISHED_AT
A, B, C = tag_facet("a"), tag_facet("b"), tag_facet("c")
WRITER = ObjectId()


def post(
    post_id: ObjectId,
    created_at: datetime,
    tags: list[str],
    *,
    published_at: datetime | None = None,
    owner: ObjectId = WRITER,
) -> dict[str, Any]:
    return {"_id": post_id, "created_at": created_at, "published_at": published_at or created_at,
            "tags": tags, "owner": owner}  # fmt: skip


def test_pages_are_newest_first_with_ties_broken_by_id() -> None:
    order = PostOrder()
    ids = [ObjectId() for _ in range(5)]
    for n, post_id in enumerate(ids):
        order.put(post(post_id, BASE + timedelta(hours=n // 2), ["a"] if n % 2 else ["b"]))
    newest_first = sorted(
        ids, key=lambda i: (BASE + timedelta(hours=ids.index(i) // 2), i.binary), reverse=True
    )
    assert order.ids(None, CREATED, 0, 10) == newest_first
    assert order.ids(None, CREATED, 2, 2) == newest_first[2:4]
    assert order.ids(None, CREATED, 4, 2) == newest_first[4:]
    assert order.ids(None, CREATED, 5, 2) == [] and order.ids(None, CREATED, 50, 2) == []
    assert order.ids(A, CREATED, 0, 10) == [i for i in newest_first if ids.index(i) % 2]
    assert (order.count(), order.count(A), order.count(B), order.count(C)) == (5, 2, 3, 0)


def test_the_two_orders_and_the_author_facet_are_kept_apart() -> None:
    order = PostOrder()
    other = ObjectId()
    old, new, draftlike = ObjectId(), ObjectId(), ObjectId()
    # Written long ago but published last; written last but published first.
    order.put(post(old, BASE, ["a"], published_at=BASE + timedelta(days=9)))
    order.put(post(new, BASE + timedelta(days=5), ["a"], published_at=BASE + timedelta(days=6)))
    # A published post without published_at (an old document) is last by publication, as
    # MongoDB sorts a null.
    order.put({**post(draftlike, BASE + timedelta(days=7), [], owner=other), "published_at": None})
    assert order.ids(None, CREATED, 0, 10) == [draftlike, new, old]
    assert order.ids(None, PUBLISHED, 0, 10) == [old, new, draftlike]
    assert order.ids(owner_facet(WRITER), PUBLISHED, 0, 10) == [old, new]
    assert order.ids(owner_facet(other), CREATED, 0, 10) == [draftlike]
    assert order.count(owner_facet(ObjectId())) == 0
    order.remove(old)
    assert order.ids(owner_facet(WRITER), PUBLISHED, 0, 10) == [new]
    assert order.ids(A, PUBLISHED, 0, 10) == [new]


def test_moving_retagging_and_removing_keep_every_list_true() -> None:
    order = PostOrder()
    first, second = ObjectId(), ObjectId()
    order.put(post(first, BASE, ["a", "b"]))
    order.put(post(second, BASE + timedelta(days=1), ["a"]))
    order.put(post(first, BASE + timedelta(days=2), ["c"]))  # edited: new date, new tags
    assert order.ids(None, CREATED, 0, 10) == [first, second]
    assert (order.count(A), order.count(B), order.count(C)) == (1, 0, 1)
    order.remove(first)
    order.remove(first)  # twice is harmless
    assert order.ids(None, CREATED, 0, 10) == [second] and order.count(C) == 0
    assert order.count(C, PUBLISHED) == 0 and order.count(None, PUBLISHED) == 1


def test_replace_all_matches_one_put_at_a_time() -> None:
    owners = [ObjectId(), ObjectId()]
    posts = [post(ObjectId(), BASE + timedelta(minutes=n % 4), ["x", "x", f"t{n % 3}"],
                  published_at=BASE - timedelta(minutes=n), owner=owners[n % 2])
             for n in range(12)]  # fmt: skip
    bulk, single = PostOrder(), PostOrder()
    bulk.replace_all(posts)
    for item in posts:
        single.put(item)
    facets = [None, *(tag_facet(t) for t in ("x", "t0", "t1", "t2")), *map(owner_facet, owners)]
    for facet in facets:
        for sort in PostSort:
            assert bulk.ids(facet, sort, 0, 20) == single.ids(facet, sort, 0, 20)
            assert bulk.count(facet, sort) == single.count(facet, sort)
    assert bulk.count(tag_facet("x")) == 12  # a tag repeated on one post counts once
    assert bulk.count(owner_facet(owners[0])) == 6


def test_naive_times_are_read_as_utc() -> None:
    order = PostOrder()
    aware, naive = ObjectId(), ObjectId()
    order.put(post(aware, BASE + timedelta(seconds=1), []))
    order.put(post(naive, BASE.replace(tzinfo=None), []))
    assert order.ids(None, CREATED, 0, 2) == [aware, naive]
