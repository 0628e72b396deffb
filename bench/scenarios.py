"""Sequential timings through the real API: misses after a publish, and webhook latency."""

import queue
import statistics
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx


@dataclass(frozen=True)
class Timing:
    count: int
    p50_ms: float
    p99_ms: float


def timing(latencies: list[float]) -> Timing:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return Timing(len(ordered), statistics.median(ordered) * 1000, p99 * 1000)


def login(base: str, email: str, password: str) -> dict[str, str]:
    response = httpx.post(
        f"{base}/api/v1/auth/login", json={"email": email, "password": password}, timeout=30
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def misses_after_publish(base: str, auth: dict[str, str], count: int) -> Timing:
    """The first read of `/posts?page=3` after a publish: each timed read follows the
    publication of a new post (a `post.published` event evicts every post list), so each one
    rebuilds the page from the database."""
    latencies = []
    with (
        httpx.Client(base_url=base, timeout=30, headers=auth) as writer,
        httpx.Client(base_url=base, timeout=30) as reader,
    ):
        for n in range(count):
            writer.post(
                "/api/v1/posts", json={"title": f"Fresh {time.time_ns()} {n}", "published": True}
            ).raise_for_status()
            started = time.perf_counter()
            response = reader.get("/api/v1/posts", params={"page": 3})
            latencies.append(time.perf_counter() - started)
            response.raise_for_status()
    return timing(latencies)


def webhook_latency(base: str, auth: dict[str, str], events: int) -> Timing:
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
    latencies = []
    try:
        with httpx.Client(base_url=base, timeout=30, headers=auth) as http:
            hook = http.post(
                "/api/v1/admin/webhooks",
                json={"url": f"http://127.0.0.1:{server.server_address[1]}/", "events": ["*"]},
            )
            hook.raise_for_status()
            for n in range(events):
                started = time.perf_counter()
                http.post(
                    "/api/v1/posts", json={"title": f"Hooked {n}", "published": True}
                ).raise_for_status()
                latencies.append(arrived.get(timeout=30) - started)
            http.delete(f"/api/v1/admin/webhooks/{hook.json()['id']}").raise_for_status()
    finally:
        server.shutdown()
    return timing(latencies)
