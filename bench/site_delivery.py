"""Benchmark site delivery: search latency, and feeds/sitemap against the cached /posts read.

    .venv/bin/python -m bench.site_delivery [--posts 1000] [--duration 5] [--connections 32]

1. Search engine, in process: a tantivy index of `--posts` posts with varied ~5 KB bodies
   (a Zipf-like draw from a 3,000-word vocabulary), then warm queries (one word, two words, a
   phrase, a miss): p50/p99 of `TextIndex.search` (the engine, snippets included).
2. Over HTTP, the real server (`uvicorn --factory main:create_app`, production settings, one
   worker) on the embedded database holding the same posts: sequential /search requests
   (p50/p99 of the whole request), then req/s of the feeds, sitemap, tags and related posts
   next to the cached /posts read, measured in the same run with the harness of bench/run.py.
"""

import argparse
import asyncio
import os
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from beanie import PydanticObjectId

from app.models import DOCUMENT_MODELS, Blog, BlogStatus
from app.models.common import utcnow
from app.services import markdown
from app.services.search.documents import PostText, post_doc
from app.services.search.index import TextIndex
from app.services.search.text import split_query
from bench.run import measure, start_server
from core import db
from core.config import Settings
from core.embedded_db import EmbeddedMongo, free_port

COMMON = [  # frequent English words between the rare ones
    "the", "of", "and", "to", "in", "is", "it", "that", "for", "on", "with", "as", "was", "at",
    "by", "this", "be", "are", "from", "or", "an", "have", "not", "but", "which", "they",
    "you", "we", "can", "all", "there", "been", "one", "has", "more", "will", "would", "their",
    "what", "about",
]  # fmt: skip


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    letters = "abcdefghijklmnoprstuvw"
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(size)}
    return sorted(words)


def post_source(rng: random.Random, words: list[str], weights: list[float]) -> str:
    paragraphs = []
    for n in range(6):
        chosen = rng.choices(words, weights=weights, k=120)
        mixed = [w if rng.random() > 0.35 else rng.choice(COMMON) for w in chosen]
        paragraphs.append(f"## Part {n}\n\n" + " ".join(mixed).capitalize() + ".")
    return "\n\n".join(paragraphs)


def corpus(count: int) -> tuple[list[dict[str, Any]], list[str]]:
    """The posts' fields (Blog documents need an initialised database) and the vocabulary."""
    rng = random.Random(42)
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]  # Zipf-like: few common words
    start = utcnow() - timedelta(days=count)
    owner = PydanticObjectId()
    posts = []
    for n in range(count):
        source = post_source(rng, words, weights)
        body = markdown.render_markdown(source)
        at = start + timedelta(hours=n)
        posts.append(
            {
                "id": PydanticObjectId(),
                "owner": owner,
                "author": "Bench Writer",
                "title": " ".join(rng.choices(words[:500], k=4)).title(),
                "slug": f"bench-{n}",
                "excerpt": markdown.excerpt_from(body),
                "markdown": source,
                "body": body,
                "tags": [f"topic-{n % 20}", f"series-{n % 7}"],
                "status": BlogStatus.PUBLISHED,
                "created_at": at,
                "updated_at": at,
                "published_at": at,
            }
        )
    return posts, words


def queries(words: list[str], count: int) -> list[str]:
    rng = random.Random(7)
    made = []
    for n in range(count):
        kind = n % 4
        if kind == 0:
            made.append(rng.choice(words[:300]))
        elif kind == 1:
            made.append(" ".join(rng.sample(words[:600], 2)))
        elif kind == 2:
            made.append('"' + " ".join(rng.sample(words[:50], 2)) + '"')
        else:
            made.append(rng.choice(words[:1500]) + " zzznothing")
    return made


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def engine_run(posts: list[dict[str, Any]], words: list[str]) -> None:
    index = TextIndex()
    started = time.perf_counter()
    docs = [
        post_doc(PostText.model_validate({"intro": "", "featured_image_url": None, **p}))
        for p in posts
    ]
    index.write(docs)
    print(f"engine: indexed {len(docs)} posts in {time.perf_counter() - started:.2f}s")
    mix = queries(words, 400)
    for q in mix[:50]:  # warm up
        index.search(split_query(q), limit=10, offset=0)
    timings, matches = [], []
    for q in mix:
        began = time.perf_counter()
        _, total = index.search(split_query(q), limit=10, offset=0)
        timings.append((time.perf_counter() - began) * 1000)
        matches.append(total)
    print(
        f"engine search (top 10 + snippets), {len(mix)} warm queries: "
        f"p50 {statistics.median(timings):.2f} ms, p99 {percentile(timings, 0.99):.2f} ms; "
        f"median matches {statistics.median(matches):.0f}"
    )


async def load(uri: str, database: str, posts: list[dict[str, Any]]) -> None:
    settings = Settings(_env_file=None, mongodb_uri=uri, mongodb_db=database)
    client = db.create_client(settings)
    await db.init_db(client, database=database, models=DOCUMENT_MODELS)
    for start in range(0, len(posts), 200):
        await Blog.insert_many([Blog(**fields) for fields in posts[start : start + 200]])
    await client.close()


def http_search_run(base: str, words: list[str]) -> None:
    mix = queries(words, 300)
    with httpx.Client(base_url=base, timeout=30) as http:
        deadline = time.monotonic() + 60
        while http.get("/api/v1/search", params={"q": "x"}).status_code != 200:
            assert time.monotonic() < deadline, "search never became ready"
            time.sleep(0.2)
        for q in mix[:50]:
            http.get("/api/v1/search", params={"q": q}).raise_for_status()
        timings = []
        for q in mix:
            began = time.perf_counter()
            http.get("/api/v1/search", params={"q": q}).raise_for_status()
            timings.append((time.perf_counter() - began) * 1000)
    print(
        f"HTTP GET /search, {len(mix)} sequential warm requests: "
        f"p50 {statistics.median(timings):.2f} ms, p99 {percentile(timings, 0.99):.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--duration", type=int, default=5, help="seconds per req/s measurement")
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()

    posts, words = corpus(args.posts)
    engine_run(posts, words)

    work = Path(tempfile.mkdtemp(prefix="inkwell-bench-site-"))
    mongo = EmbeddedMongo(storage_path=work / "db")
    server = None
    try:
        uri = mongo.start()
        asyncio.run(load(uri, "bench", posts))
        env = {
            **os.environ,
            "ENV": "production",
            "MONGODB_URI": uri,
            "MONGODB_DB": "bench",
            "JWT_SECRET": secrets.token_urlsafe(48),
            "UPLOAD_DIR": str(work / "uploads"),
            "AI_PROVIDER": "offline",
        }
        port = free_port()
        server = start_server("main:create_app", port, env, work / "api.log", factory=True)
        base = f"http://127.0.0.1:{port}"
        http_search_run(base, words)

        paths = {
            "posts?page=3 (reference)": "/api/v1/posts?page=3",
            "feed.xml": "/api/v1/feed.xml",
            "feed.atom": "/api/v1/feed.atom",
            "feed.json": "/api/v1/feed.json",
            "sitemap.xml": "/api/v1/sitemap.xml",
            "tags": "/api/v1/tags",
            "posts/{slug}/related": "/api/v1/posts/bench-500/related",
            "posts?page=3 (reference, again)": "/api/v1/posts?page=3",
        }
        print(f"\n{args.connections} connections, {args.duration}s each, load: wrk if installed")
        print("| GET | bytes | req/s | p50 ms | p99 ms | vs /posts | 304 req/s |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        reference = None
        for name, path in paths.items():
            first = httpx.get(base + path)
            first.raise_for_status()
            rps, p50, p99, errors = measure(base + path, args.connections, args.duration)
            reference = reference or rps
            etag = {"If-None-Match": first.headers["etag"]}
            rps304, *_ = measure(base + path, args.connections, args.duration, etag)
            flag = f" ({errors} errors)" if errors else ""
            print(
                f"| {name}{flag} | {len(first.content):,} | {rps:,.0f} | {p50:.2f} | {p99:.2f} "
                f"| {rps / reference:.2f} | {rps304:,.0f} |"
            )
        print(f"\nposts: {args.posts}; python {sys.version.split()[0]}; cores: {os.cpu_count()}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        mongo.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
