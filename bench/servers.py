"""The processes of a benchmark run: the embedded database with its data, the API, the ceilings.

Every server is the same uvicorn with the same options as production (the Dockerfile's):
httptools and uvloop (uvicorn[standard] picks them), no uvicorn access log (ours is on),
no server header, no proxy headers.
"""

import os
import secrets
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx
from beanie import PydanticObjectId

from app.models import DOCUMENT_MODELS, Blog, BlogStatus
from app.models.common import utcnow
from app.services import markdown, published_posts
from core import db
from core.config import Settings
from core.embedded_db import free_port

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "Writing well is rewriting. This paragraph stands in for the body of a real post, with "
    "**emphasis**, a [link](https://example.com) and enough words to weigh what a real one "
    "weighs on the wire and in the database. "
)
ADMIN_EMAIL = "bench@example.com"


async def load_posts(uri: str, database: str, count: int, *, first: int = 0) -> None:
    """Insert published posts number `first`..`first + count - 1` (~5 KB Markdown each) with
    the app's own models, straight into the database as an import would, then rebuild the read
    model of the public list the way the migration does for an existing database."""
    settings = Settings(_env_file=None, mongodb_uri=uri, mongodb_db=database)
    client = db.create_client(settings)
    await db.init_db(client, database=database, models=DOCUMENT_MODELS)
    source = "\n\n".join(f"## Part {n}\n\n{PARAGRAPH * 4}" for n in range(6))
    body = markdown.render_markdown(source)
    start = utcnow() - timedelta(days=first + count)
    author_id = PydanticObjectId()
    batch = []
    for n in range(first, first + count):
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
    await published_posts.rebuild(client[database])
    await client.close()


def wait_for_api_processes(uri: str, database: str, count: int, timeout: float = 120) -> None:
    """Until `count` API processes beat (every worker has started, not just the first)."""
    from pymongo import MongoClient

    with MongoClient(uri) as client:
        deadline = time.monotonic() + timeout
        while client[database]["processes"].count_documents({}) < count:
            if time.monotonic() > deadline:
                raise RuntimeError(f"fewer than {count} API processes started")
            time.sleep(0.2)


def api_env(uri: str, database: str, work: Path, admin_password: str) -> dict[str, str]:
    return {
        **os.environ,
        "ENV": "production",
        "MONGODB_URI": uri,
        "MONGODB_DB": database,
        "JWT_SECRET": secrets.token_urlsafe(48),
        "ADMIN_EMAIL": ADMIN_EMAIL,
        "ADMIN_PASSWORD": admin_password,
        "UPLOAD_DIR": str(work / "uploads"),
        "AI_PROVIDER": "offline",
        "ALLOWED_ORIGINS": "https://www.example.com",  # CORS on, as in production
        "WEBHOOK_ALLOW_PRIVATE_NETWORKS": "true",  # the webhook receiver is on loopback
    }


class Server:
    """One `uvicorn` serving `app` on a free port, its output in `log`."""

    def __init__(
        self, app: str, env: dict[str, str], log: Path, *, factory: bool = False, workers: int = 1
    ) -> None:
        self.app, self.env, self.log = app, env, log
        self.factory, self.workers = factory, workers
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.collector: subprocess.Popen[bytes] | None = None  # writes the server's output
        self.pids: list[int] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_path: str = "/api/v1/settings") -> "Server":
        from bench.load import process_tree

        command = [
            sys.executable, "-m", "uvicorn", *(["--factory"] if self.factory else []), self.app,
            "--host", "127.0.0.1", "--port", str(self.port), "--workers", str(self.workers),
            "--no-access-log", "--no-server-header", "--no-proxy-headers",
            "--log-level", "warning",
        ]  # fmt: skip
        # The output goes through a pipe to a process of its own that writes the file, as a
        # container runtime or journald takes a service's stdout: the server pays for a pipe
        # write, not for the disk (that is the log collector's cost, on its own CPU).
        with self.log.open("ab") as out:
            self.collector = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=out)
        assert self.collector.stdin is not None
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=self.collector.stdin, stderr=subprocess.STDOUT
        )
        self.collector.stdin.close()  # the server holds the pipe now
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.app} exited; see {self.log}")
            try:
                if httpx.get(self.base + ready_path, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            self.stop()
            raise RuntimeError(f"{self.app} did not start; see {self.log}")
        while len(self.pids) < self.workers + (self.workers > 1):
            time.sleep(0.2)  # every worker up: the supervisor and its children
            self.pids = process_tree(self.process.pid)
        return self

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.collector is not None:
            self.collector.wait(20)  # the pipe closed with the server: the log is complete

    def peak_rss_mb(self) -> float:
        total = 0
        for pid in self.pids:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            total += int(
                next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]
            )
        return total / 1024
