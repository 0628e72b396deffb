"""Real processes for the tests that need them: uvicorn serving main:create_app, and Redis."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import redis

from core.embedded_db import free_port

ROOT = Path(__file__).resolve().parent.parent


class LiveServer:
    """`uvicorn --factory main:create_app` in a subprocess, run from an empty directory so no `.env` leaks in."""

    def __init__(self, env: dict[str, str], *, log_level: str = "warning") -> None:
        self.log_level = log_level
        self.port = free_port()
        self.workdir = Path(tempfile.mkdtemp(prefix="inkwell-live-"))
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("GEMINI_", "AI_"))},
            "PYTHONPATH": str(ROOT),
            "UPLOAD_DIR": str(self.workdir / "uploads"),
            "AI_PROVIDER": "offline",
            **env,
        }
        self.log = self.workdir / "server.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> "LiveServer":
        command = [
            sys.executable, "-m", "uvicorn", "--factory", "main:create_app", "--no-access-log",
            "--host", "127.0.0.1",
            "--port", str(self.port), "--no-proxy-headers", "--no-server-header",
            "--timeout-graceful-shutdown", "15", "--log-level", self.log_level,
        ]  # fmt: skip
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                command, cwd=self.workdir, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.log.read_text()[-3000:]}")
            if self._ready():
                return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not start:\n{self.log.read_text()[-3000:]}")

    def _ready(self) -> bool:
        """Whether the server answers its readiness probe (not yet listening: no)."""
        try:
            return httpx.get(f"{self.url}/health/ready", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def terminate(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


class RedisServer:
    """A throwaway redis-server (Debian's package) on a free port, persisting nothing."""

    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "RedisServer":
        binary = shutil.which("redis-server")
        if binary is None:
            raise FileNotFoundError("redis-server")
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(port=self.port)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
