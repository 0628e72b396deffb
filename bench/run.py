"""Benchmark the public read path against two ceilings; misses, two workers, webhooks.

    .venv/bin/python -m bench.run            # everything, ~10 minutes on 2 cores
    .venv/bin/python -m bench.run --quick    # one short round, misses at 1,000 posts only

Starts the embedded database, loads published posts (~5 KB bodies) and runs `uvicorn
--factory main:create_app` (production settings, CORS and every middleware on) beside two
ceilings serving the same recorded bytes on the same uvicorn: a bare FastAPI route
(bench/ceiling.py) and a framework-free ASGI callable (bench/raw_ceiling.py). Load comes from
`wrk` (Debian package) or, without it, a small asyncio client. Ours and the ceilings are
measured alternately, round after round, so a busy machine slows them alike: the tables show
medians over the rounds, and ratios taken within each round.
"""

import argparse
import asyncio
import json
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from bench import order_cost, report
from bench.load import Sample, measure
from bench.scenarios import Timing, login, misses_after_publish, webhook_latency
from bench.servers import (
    ADMIN_EMAIL,
    ROOT,
    Server,
    api_env,
    load_posts,
    wait_for_api_processes,
)
from core.embedded_db import EmbeddedMongo

DATABASE = "bench"


@dataclass(frozen=True)
class Target:
    name: str
    server: Server
    path: str
    kind: str = "200"  # or "304": sent with the matching If-None-Match
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Results:
    hits: dict[tuple[str, int], list[Sample]] = field(default_factory=lambda: defaultdict(list))
    workers: dict[int, list[Sample]] = field(default_factory=lambda: defaultdict(list))
    misses: dict[int, Timing] = field(default_factory=dict)
    webhook: Timing | None = None
    order: list[order_cost.OrderCost] = field(default_factory=list)
    rss_mb: float = 0.0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="2 s, one round, fewer samples")
    parser.add_argument("--duration", type=int, help="seconds per measurement (5; quick 2)")
    parser.add_argument("--rounds", type=int, help="alternating rounds (3; quick 1)")
    parser.add_argument("--connections", type=int, nargs="+", default=[32, 128])
    parser.add_argument("--posts", type=int, default=1000, help="posts for the cached reads")
    parser.add_argument(
        "--miss-posts", type=int, nargs="+", help="post counts of the misses (1000 10000)"
    )
    parser.add_argument("--misses", type=int, help="timed misses per post count (100; quick 20)")
    parser.add_argument("--workers", type=int, default=2, help="compare with N workers (1: no)")
    parser.add_argument("--webhooks", type=int, help="webhook events timed (200; quick 20; 0: no)")
    args = parser.parse_args()
    defaults = {"duration": 5, "rounds": 3, "misses": 100, "webhooks": 200,
                "miss_posts": [args.posts, 10000]}  # fmt: skip
    if args.quick:
        defaults |= {"duration": 2, "rounds": 1, "misses": 20, "webhooks": 20,
                     "miss_posts": [args.posts]}  # fmt: skip
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    return args


def record(api: Server, work: Path) -> tuple[dict[str, str], dict[str, str], Path]:
    """The paths measured, their ETags, and the recorded bytes the ceilings serve."""
    first = httpx.get(f"{api.base}/api/v1/posts", params={"page": 3}).json()["items"][0]
    paths = {
        "posts?page=3": "/api/v1/posts?page=3",
        "posts/{slug}": f"/api/v1/posts/{first['slug']}",
        "settings": "/api/v1/settings",
    }
    recorded, etags = {}, {}
    for name, path in paths.items():
        response = httpx.get(api.base + path)
        recorded[urlsplit(path).path] = {"body": response.text, "etag": response.headers["etag"]}
        etags[name] = response.headers["etag"]
    ceiling_file = work / "ceiling.json"
    ceiling_file.write_text(json.dumps(recorded))
    return paths, etags, ceiling_file


def run_rounds(targets: list[Target], args: argparse.Namespace, results: Results) -> None:
    for target in targets:  # warm every server and its cache once
        measure(target.server.base + target.path, connections=8, duration=1,
                server=target.server.pids, headers=target.headers)  # fmt: skip
    for connections in args.connections:
        for round_no in range(1, args.rounds + 1):
            print(f"  hits: {connections} connections, round {round_no}/{args.rounds}", flush=True)
            for target in targets:
                sample = measure(target.server.base + target.path, connections=connections,
                                 duration=args.duration, server=target.server.pids,
                                 headers=target.headers)  # fmt: skip
                results.hits[(target.name, connections)].append(sample)
                print(f"    {target.name}: {report.brief(sample)}", flush=True)


def run_workers(
    one: Server, many: Server, path: str, args: argparse.Namespace, results: Results
) -> None:
    connections = max(args.connections)
    for server in (one, many):
        measure(server.base + path, connections=connections, duration=2, server=server.pids)
    for round_no in range(1, args.rounds + 1):
        print(f"  workers: round {round_no}/{args.rounds}", flush=True)
        for workers, server in ((1, one), (many.workers, many)):
            sample = measure(server.base + path, connections=connections,
                             duration=args.duration, server=server.pids)  # fmt: skip
            results.workers[workers].append(sample)
            print(f"    {workers} worker(s): {report.brief(sample)}", flush=True)


def main() -> None:
    args = parse_args()
    work = Path(tempfile.mkdtemp(prefix="inkwell-bench-"))
    mongo = EmbeddedMongo(storage_path=work / "db")
    servers: list[Server] = []
    results = Results()
    load_before = report.load_average()
    try:
        uri = mongo.start()
        print(f"loading {args.posts} posts ...", flush=True)
        asyncio.run(load_posts(uri, DATABASE, args.posts))
        password = secrets.token_urlsafe(16)
        env = api_env(uri, DATABASE, work, password)
        subprocess.run([sys.executable, "seed.py", "--admin-only"], cwd=ROOT, env=env, check=True)

        def start(app: str, *, factory: bool = False, workers: int = 1, **extra: str) -> Server:
            log = work / f"{app.split(':')[0]}-{len(servers)}.log"
            server = Server(app, {**env, **extra}, log, factory=factory, workers=workers).start()
            servers.append(server)
            return server

        api = start("main:create_app", factory=True)
        paths, etags, ceiling_file = record(api, work)
        ceiling = {"BENCH_CEILING_FILE": str(ceiling_file)}
        raw, bare = start("bench.raw_ceiling:app", **ceiling), start("bench.ceiling:app", **ceiling)
        page, not_modified = paths["posts?page=3"], {"If-None-Match": etags["posts?page=3"]}
        targets = [
            Target(report.RAW, raw, page),
            Target(report.FASTAPI, bare, page),
            *(Target(f"GET {name}", api, path) for name, path in paths.items()),
            Target(report.RAW_304, raw, page, "304", not_modified),
            Target(report.FASTAPI_304, bare, page, "304", not_modified),
            Target(report.OURS_304, api, page, "304", not_modified),
        ]
        run_rounds(targets, args, results)
        raw.stop()
        bare.stop()
        if args.workers > 1:
            many = start("main:create_app", factory=True, workers=args.workers)
            wait_for_api_processes(uri, DATABASE, 1 + args.workers)
            run_workers(api, many, page, args, results)
            many.stop()
        auth = login(api.base, ADMIN_EMAIL, password)
        loaded = args.posts
        for count in sorted(args.miss_posts):
            if count > loaded:
                # An import into an existing database, then a restart: the restarted API
                # loads the read model's order, as after any restart.
                api.stop()
                print(f"loading {count - loaded} more posts and restarting ...", flush=True)
                asyncio.run(load_posts(uri, DATABASE, count - loaded, first=loaded))
                api = start("main:create_app", factory=True)
                auth = login(api.base, ADMIN_EMAIL, password)
                loaded = count
            print(f"  misses at {loaded} posts", flush=True)
            results.misses[loaded] = misses_after_publish(api.base, auth, args.misses)
        if args.webhooks:
            results.webhook = webhook_latency(api.base, auth, args.webhooks)
        results.rss_mb = api.peak_rss_mb()
    finally:
        for server in servers:
            server.stop()
        mongo.stop()
        shutil.rmtree(work, ignore_errors=True)
    print("measuring the in-memory order ...", flush=True)
    results.order = [
        order_cost.measure(n) for n in ((10_000,) if args.quick else (10_000, 100_000))
    ]
    report.print_all(results, args, load_before=load_before)


if __name__ == "__main__":
    main()
