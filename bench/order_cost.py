"""What the in-process order of the public list costs (app/services/post_order.py), for the
README's "Scaling on paper": memory and load time at a number of posts, the cost of applying
one change and of slicing one page. In-process and synthetic: three tags per post from 200,
one of 5 authors, distinct creation and publication times.

    .venv/bin/python -m bench.order_cost [--posts 10000 100000]
"""

import argparse
import gc
import time
import tracemalloc
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bson import ObjectId

from app.schemas.blogs import PostSort
from app.services.post_order import PostOrder, tag_facet

TAGS, AUTHORS, TAGS_PER_POST = 200, 5, 3


@dataclass(frozen=True)
class OrderCost:
    posts: int
    megabytes: float
    load_ms: float
    change_us: float  # one post moved (an edit that changes its tags), as an event applies it
    slice_us: float  # one page of ten ids, deep in the list


def synthetic(count: int) -> list[dict[str, Any]]:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    owners = [ObjectId() for _ in range(AUTHORS)]
    return [{"_id": ObjectId(), "created_at": start + timedelta(minutes=n),
             "published_at": start + timedelta(minutes=n, seconds=n % 3600),
             "tags": [f"tag-{(n * 7 + k) % TAGS}" for k in range(TAGS_PER_POST)],
             "owner": owners[n % AUTHORS]}
            for n in range(count)]  # fmt: skip


def measure(count: int) -> OrderCost:
    posts = synthetic(count)
    gc.collect()
    tracemalloc.start()  # memory first: tracing slows allocation, so not timed
    traced = PostOrder()
    traced.replace_all(posts)
    megabytes = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    del traced
    order = PostOrder()
    started = time.perf_counter()
    order.replace_all(posts)
    load_ms = (time.perf_counter() - started) * 1000
    moves = posts[:: max(1, count // 200)]
    started = time.perf_counter()
    for post in moves:
        order.put({**post, "tags": [*post["tags"][1:], "moved"]})
    change_us = (time.perf_counter() - started) * 1e6 / len(moves)
    started = time.perf_counter()
    rounds = 1000
    for n in range(rounds):
        order.ids(None if n % 2 else tag_facet("tag-7"), PostSort.CREATED_AT, count // 4 % 50, 10)
    slice_us = (time.perf_counter() - started) * 1e6 / rounds
    return OrderCost(count, megabytes, load_ms, change_us, slice_us)


def print_table(costs: list[OrderCost]) -> None:
    print("| in-memory order | MB | load ms | one change µs | one page slice µs |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for cost in costs:
        print(f"| {cost.posts:,} posts | {cost.megabytes:.1f} | {cost.load_ms:.0f} "
              f"| {cost.change_us:.1f} | {cost.slice_us:.1f} |")  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--posts", type=int, nargs="+", default=[10_000, 100_000])
    print_table([measure(count) for count in parser.parse_args().posts])
