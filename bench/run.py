"""Benchmark the public read path against the framework's ceiling. Prints a table.

    .venv/bin/python -m bench.run [--duration 10] [--connections 32 128] [--posts 1000]

Starts the embedded database and `uvicorn --factory main:create_app` (one worker, production
settings, all middleware on), loads published posts with ~5 KB bodies, and measures with
`wrk` (Debian package) or, without it, a small asyncio client. In the same run it serves the
same bytes from a bare FastAPI app: the ceiling every figure is compared with.
"""

import argparse
import asyncio
import json
import os
import queue
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from beanie import PydanticObjectId

from app.models import DOCUMENT_MODELS, Blog, BlogStatus
from app.models.common import utcnow
from app.services import markdown
from core import db
from core.config import Settings
from core.embedded_db import EmbeddedMongo, free_port

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "Writing well is rewriting. This paragraph stands in for the body of a real post, with "
    "**emphasis**, a [link](https://example.com) and enough words to weigh what a real one "
    "weighs on the wire and in the database. "
)


@dataclass
class Result:
    name: str
    connections: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int = 0


# ---------------------------------------------------------------- loading the data


async def load_posts(uri: str, database: str, count: int) -> None:
    """Insert `count` published posts (~5 KB Markdown each) through the app's own models."""
    settings = Settings(_env_file=None, mongodb_uri=uri, mongodb_db=database)
    client = db.create_client(settings)
    await db.init_db(client, database=database, models=DOCUMENT_MODELS)
    source = "\n\n".join(f"## Part {n}\n\n{PARAGRAPH * 4}" for n in range(6))
    body = markdown.render_markdown(source)
    start = utcnow() - timedelta(days=count)
    author_id = PydanticObjectId()
    batch = []
    for n in range(count):
        at = start + timedelta(hours=n)
        batch.append(
            Blog(
                owner=author_id,
                author="Bench Writer",
                title=f"Benchmark post {n}",
                slug=f"benchmark-post-{n}",
                excerpt=markdown.excerpt_from(body),
                markdown=source,
                body=body,
                tags=["bench", f"group-{n % 10}"],
                status=BlogStatus.PUBLISHED,
                created_at=at,
                updated_at=at,
                published_at=at,
            )
        )
        if len(batch) == 200:
            await Blog.insert_many(batch)
            batch = []
    if batch:
        await Blog.insert_many(batch)
    await client.close()


# ---------------------------------------------------------------- servers


def start_server(
    app: str, port: int, env: dict[str, str], log: Path, *, factory: bool = False
) -> subprocess.Popen[bytes]:
    command = [
        sys.executable, "-m", "uvicorn", *(["--factory"] if factory else []), app,
        "--host", "127.0.0.1", "--port", str(port),
        "--workers", "1", "--no-access-log", "--no-server-header", "--log-level", "warning",
    ]  # fmt: skip
    with log.open("ab") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{app} exited; see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/settings", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{app} did not start; see {log}")


def peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(match.group(1)) / 1024 if match else float("nan")


# ---------------------------------------------------------------- load generators


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(
    url: str, connections: int, duration: int, headers: dict[str, str]
) -> tuple[float, float, float, int]:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", url]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    # Anchored: "Req/Sec ... 76.50%" in the thread stats must not pass for the 50% line.
    p50 = _ms(re.search(r"^\s*50%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s*99%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


async def _python_load(
    url: str, connections: int, duration: int, headers: dict[str, str]
) -> tuple[float, float, float, int]:
    """Fallback load: keep-alive HTTP/1.1 over raw asyncio streams (lighter than httpx)."""
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    request = f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n{extra}\r\n".encode()
    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + duration

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        while time.monotonic() < stop:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = re.search(rb"(?i)content-length:\s*(\d+)", head)
            if length:
                await reader.readexactly(int(length.group(1)))
            if not head.startswith((b"HTTP/1.1 200", b"HTTP/1.1 304")):
                errors += 1
            latencies.append(time.perf_counter() - started)
        writer.close()

    began = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(connections)))
    elapsed = time.monotonic() - began
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    return len(latencies) / elapsed, pick(0.50), pick(0.99), errors


def measure(
    url: str, connections: int, duration: int, headers: dict[str, str] | None = None
) -> tuple[float, float, float, int]:
    if shutil.which("wrk"):
        return run_wrk(url, connections, duration, headers or {})
    return asyncio.run(_python_load(url, connections, duration, headers or {}))


def cache_miss_run(base: str, token: str, duration: int) -> tuple[float, float, float]:
    """Each timed read follows a write to a published post (a `post.updated` event evicts the
    post lists), so every read rebuilds the page from the database: the uncached path."""
    latencies = []
    auth = {"Authorization": f"Bearer {token}"}
    stop = time.monotonic() + duration
    with httpx.Client(base_url=base, timeout=30) as http:
        post_id = http.get("/api/v1/blogs", headers=auth).json()["items"][0]["id"]
        n = 0
        while time.monotonic() < stop:
            n += 1
            http.put(
                f"/api/v1/blogs/{post_id}", json={"excerpt": f"bench {n}"}, headers=auth
            ).raise_for_status()
            started = time.perf_counter()
            http.get("/api/v1/posts", params={"page": 3}).raise_for_status()
            latencies.append(time.perf_counter() - started)
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000
    return len(latencies) / sum(latencies), p50, p99


def webhook_latency_run(base: str, token: str, events: int) -> tuple[float, float, float]:
    """Write -> receiver got it: publish a post, time until its signed webhook arrives."""
    arrived: queue.Queue[float] = queue.Queue()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", "0")))
            arrived.put(time.perf_counter())
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    auth = {"Authorization": f"Bearer {token}"}
    latencies = []
    try:
        with httpx.Client(base_url=base, timeout=30, headers=auth) as http:
            http.post(
                "/api/v1/admin/webhooks",
                json={"url": f"http://127.0.0.1:{server.server_address[1]}/", "events": ["*"]},
            ).raise_for_status()
            for n in range(events):
                started = time.perf_counter()
                http.post(
                    "/api/v1/posts", json={"title": f"Hooked {n}", "published": True}
                ).raise_for_status()
                latencies.append(arrived.get(timeout=30) - started)
    finally:
        server.shutdown()
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000
    return len(latencies) / sum(latencies), p50, p99


# ---------------------------------------------------------------- the run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, nargs="+", default=[32, 128])
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="inkwell-bench-"))
    mongo = EmbeddedMongo(storage_path=work / "db")
    processes: list[subprocess.Popen[bytes]] = []
    try:
        uri = mongo.start()
        database = "bench"
        print(f"loading {args.posts} posts ...", flush=True)
        asyncio.run(load_posts(uri, database, args.posts))

        admin_password = secrets.token_urlsafe(16)
        env = {
            **os.environ,
            "ENV": "production",
            "MONGODB_URI": uri,
            "MONGODB_DB": database,
            "JWT_SECRET": secrets.token_urlsafe(48),
            "ADMIN_EMAIL": "bench@example.com",
            "ADMIN_PASSWORD": admin_password,
            "UPLOAD_DIR": str(work / "uploads"),
            "AI_PROVIDER": "offline",
            "ALLOWED_ORIGINS": "https://www.example.com",  # CORS on, as in production
            "WEBHOOK_ALLOW_PRIVATE_NETWORKS": "true",  # the webhook receiver is on loopback
        }
        subprocess.run([sys.executable, "seed.py", "--admin-only"], cwd=ROOT, env=env, check=True)
        api_port, ceiling_port = free_port(), free_port()
        api = start_server("main:create_app", api_port, env, work / "api.log", factory=True)
        processes.append(api)
        base = f"http://127.0.0.1:{api_port}"

        token = httpx.post(
            f"{base}/api/v1/auth/login",
            json={"email": "bench@example.com", "password": admin_password},
        ).json()["access_token"]
        slug = httpx.get(f"{base}/api/v1/posts", params={"page": 3}).json()["items"][0]["slug"]
        paths = {
            "posts?page=3": "/api/v1/posts?page=3",
            "posts/{slug}": f"/api/v1/posts/{slug}",
            "settings": "/api/v1/settings",
        }
        recorded = {}
        for path in paths.values():
            response = httpx.get(base + path)
            recorded[urlsplit(path).path] = {
                "body": response.text,
                "etag": response.headers["etag"],
            }
        ceiling_file = work / "ceiling.json"
        ceiling_file.write_text(json.dumps(recorded))
        ceiling = start_server(
            "bench.ceiling:app",
            ceiling_port,
            {**env, "BENCH_CEILING_FILE": str(ceiling_file)},
            work / "ceiling.log",
        )
        processes.append(ceiling)
        ceiling_base = f"http://127.0.0.1:{ceiling_port}"

        tool = (
            "wrk"
            if shutil.which("wrk")
            else "python asyncio client (install wrk for better figures)"
        )
        print(f"load generator: {tool}; {args.duration}s per run", flush=True)
        results: list[Result] = []
        ceilings: dict[tuple[str, int], float] = {}
        for connections in args.connections:
            rps, p50, p99, errors = measure(
                ceiling_base + paths["posts?page=3"], connections, args.duration
            )
            ceilings[("200", connections)] = rps
            results.append(
                Result("ceiling: same bytes, bare FastAPI", connections, rps, p50, p99, errors)
            )
            etag = recorded["/api/v1/posts"]["etag"]
            rps, p50, p99, errors = measure(
                ceiling_base + paths["posts?page=3"],
                connections,
                args.duration,
                {"If-None-Match": etag},
            )
            ceilings[("304", connections)] = rps
            results.append(Result("ceiling: 304, bare FastAPI", connections, rps, p50, p99, errors))
            for name, path in paths.items():
                rps, p50, p99, errors = measure(base + path, connections, args.duration)
                results.append(Result(f"GET {name}", connections, rps, p50, p99, errors))
            rps, p50, p99, errors = measure(
                base + paths["posts?page=3"], connections, args.duration, {"If-None-Match": etag}
            )
            results.append(Result("GET posts?page=3 (304)", connections, rps, p50, p99, errors))

        miss_rps, miss_p50, miss_p99 = cache_miss_run(base, token, args.duration)
        results.append(
            Result(
                "GET posts?page=3, cache miss (write before each read)",
                1,
                miss_rps,
                miss_p50,
                miss_p99,
            )
        )
        hook_rps, hook_p50, hook_p99 = webhook_latency_run(base, token, 200)
        results.append(
            Result(
                "webhook: publish -> receiver got it (200 events)", 1, hook_rps, hook_p50, hook_p99
            )
        )
        rss = peak_rss_mb(api.pid)

        print()
        print("| run | conns | req/s | p50 ms | p99 ms | vs ceiling |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for r in results:
            kind = "304" if "304" in r.name else "200"
            ratio = (
                ""
                if r.name.startswith(("ceiling", "webhook")) or "miss" in r.name
                else f"{r.rps / ceilings[(kind, r.connections)]:.2f}"
            )
            flag = f" ({r.errors} errors)" if r.errors else ""
            figures = f"{r.rps:,.0f} | {r.p50_ms:.2f} | {r.p99_ms:.2f}"
            print(f"| {r.name}{flag} | {r.connections} | {figures} | {ratio} |")
        print(f"\npeak RSS of the API process: {rss:.0f} MB")
        python = sys.version.split()[0]
        print(f"posts: {args.posts}; python {python}; cores: {os.cpu_count()}; load: {tool}")
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
        mongo.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
