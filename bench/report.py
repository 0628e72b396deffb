"""The tables of a benchmark run, in Markdown (README's Performance section shows them)."""

import argparse
import os
import shutil
import statistics
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import order_cost
from bench.load import Sample

RAW = "ceiling: raw ASGI, same bytes"
FASTAPI = "ceiling: bare FastAPI, same bytes"
RAW_304 = "ceiling: raw ASGI, 304"
FASTAPI_304 = "ceiling: bare FastAPI, 304"
OURS = "GET posts?page=3"
OURS_304 = "GET posts?page=3 (304)"
CEILINGS = {"200": (RAW, FASTAPI), "304": (RAW_304, FASTAPI_304)}


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def per_round(
    results: Any, name: str, other: str, conns: int, value: Callable[[Sample], float]
) -> float:
    """Median over the rounds of value(name) / value(other), both taken in the same round."""
    mine, theirs = results.hits[(name, conns)], results.hits[(other, conns)]
    return median([value(a) / value(b) for a, b in zip(mine, theirs, strict=True)])


def brief(sample: Sample) -> str:
    """One measurement, as printed while the run goes on."""
    return (
        f"{sample.rps:,.0f} req/s, p50 {sample.p50_ms:.2f} ms, p99 {sample.p99_ms:.2f} ms, "
        f"{sample.cpu_us_per_request:.0f} CPU µs/req"
    )


def rps(sample: Sample) -> float:
    return sample.rps


def cpu_speed(sample: Sample) -> float:
    return 1 / sample.cpu_us_per_request  # requests per CPU-µs: higher is better


def hits_table(results: Any) -> None:
    print("| run | conns | req/s | p50 ms | p99 ms | CPU µs/req | vs raw ASGI | vs bare FastAPI |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for (name, conns), samples in results.hits.items():
        kind = "304" if "304" in name else "200"
        raw, bare = CEILINGS[kind]
        versus = ["", ""]
        if name != raw:
            versus[0] = f"{per_round(results, name, raw, conns, rps):.2f}"
        if name not in (raw, bare):
            versus[1] = f"{per_round(results, name, bare, conns, rps):.2f}"
        errors = sum(s.errors for s in samples)
        flag = f" ({errors} errors)" if errors else ""
        print(
            f"| {name}{flag} | {conns} | {median([s.rps for s in samples]):,.0f} "
            f"| {median([s.p50_ms for s in samples]):.2f} "
            f"| {median([s.p99_ms for s in samples]):.2f} "
            f"| {median([s.cpu_us_per_request for s in samples]):.0f} | {versus[0]} | {versus[1]} |"
        )


def workers_table(results: Any) -> tuple[float, float]:
    """Prints the worker runs; returns (measured speed-up, speed-up per server CPU second)."""
    print(
        "| workers | req/s | p99 ms | server cores busy | wrk cores busy | req/s per server core |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    per_core: dict[int, float] = {}
    for workers, samples in sorted(results.workers.items()):
        cores = median([s.server_cpu_s / s.seconds for s in samples])
        client = median([s.client_cpu_s / s.seconds for s in samples])
        per_core[workers] = median([s.rps / (s.server_cpu_s / s.seconds) for s in samples])
        print(
            f"| {workers} | {median([s.rps for s in samples]):,.0f} "
            f"| {median([s.p99_ms for s in samples]):.2f} | {cores:.2f} | {client:.2f} "
            f"| {per_core[workers]:,.0f} |"
        )
    one, many = min(results.workers), max(results.workers)
    measured = median(
        [b.rps / a.rps for a, b in zip(results.workers[one], results.workers[many], strict=True)]
    )
    # With a core of its own per worker (and the load generator elsewhere), N workers serve
    # N cores at their measured rate per core, one worker one core at its own.
    return measured, many * per_core[many] / per_core[one]


def print_all(results: Any, args: argparse.Namespace, *, load_before: str) -> None:
    print()
    hits_table(results)
    conns, most = min(args.connections), max(args.connections)
    speedup = (float("nan"), float("nan"))
    if results.workers:
        print()
        speedup = workers_table(results)
    print()
    print("| run | posts | samples | p50 ms | p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for posts, timing in sorted(results.misses.items()):
        print(f"| first GET posts?page=3 after a publish | {posts:,} | {timing.count} "
              f"| {timing.p50_ms:.2f} | {timing.p99_ms:.2f} |")  # fmt: skip
    if results.webhook is not None:
        hook = results.webhook
        print(f"| webhook: publish -> receiver got it | | {hook.count} "
              f"| {hook.p50_ms:.2f} | {hook.p99_ms:.2f} |")  # fmt: skip
    if results.order:
        print()
        order_cost.print_table(results.order)

    print("\n| target | measured | goal |\n| --- | ---: | ---: |")
    for name, raw, goal in ((OURS, RAW, "0.50"), (OURS_304, RAW_304, "0.55")):
        by_rps = per_round(results, name, raw, conns, rps)
        by_cpu = per_round(results, name, raw, conns, cpu_speed)
        print(f"| {name} vs raw ASGI, {conns} conns: req/s (CPU per request) "
              f"| {by_rps:.2f} ({by_cpu:.2f}) | ≥ {goal} |")  # fmt: skip
    p99 = per_round(results, OURS, RAW, most, lambda s: s.p99_ms)
    print(f"| p99 at {most} conns vs raw ASGI's p99 | {p99:.2f}× | ≤ 2× |")
    for posts, timing in sorted(results.misses.items()):
        goal = "< 20 ms" if posts < 5000 else "< 40 ms"
        print(f"| miss after a publish, {posts:,} posts, p50 | {timing.p50_ms:.1f} ms | {goal} |")
    if results.workers:
        print(f"| {max(results.workers)} workers vs 1, {most} conns: measured (per server core) "
              f"| {speedup[0]:.2f}× ({speedup[1]:.2f}×) | ≥ 1.6× |")  # fmt: skip

    tool = "wrk" if shutil.which("wrk") else "python asyncio client (install wrk)"
    print(f"\npeak RSS of the API process: {results.rss_mb:.0f} MB; "
          f"{args.rounds} alternating round(s) of {args.duration:g} s; load: {tool}")  # fmt: skip
    print(f"python {sys.version.split()[0]}; cores: {os.cpu_count()}; "
          f"load average before: {load_before}, after: {load_average()}")  # fmt: skip
