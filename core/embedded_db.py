"""Start and stop the embedded MongoDB-protocol server (SecantusDB) as a separate process.

Used by the run command when MONGODB_URI is not set, by the test session and by the benchmark.
SecantusDB is GPL-2.0: it is only ever a separate local process, installed into the dev
virtualenv by the scripts, never a runtime dependency of the API.
"""

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from pymongo import MongoClient
from pymongo.errors import PyMongoError

EXECUTABLE = "secantusd-py"
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Runs in the child before exec: on Linux, have the kernel stop the server when the
    process that started it dies, even by SIGKILL, so no orphan keeps the storage locked."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def find_executable() -> str:
    # Prefer the server installed next to this interpreter (the project's virtualenv).
    search_path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = shutil.which(EXECUTABLE, path=search_path)
    if not found:
        raise RuntimeError(
            f"{EXECUTABLE} not found: install the embedded database with "
            "'pip install -r requirements-embedded.txt', or set MONGODB_URI"
        )
    return found


class EmbeddedMongo:
    """One SecantusDB server process on 127.0.0.1, storing its data under `storage_path`."""

    def __init__(self, *, storage_path: Path, port: int | None = None, host: str = "127.0.0.1"):
        self.storage_path = storage_path
        self.host = host
        self.port = port or free_port(host)
        self.log_path = storage_path.parent / f"{storage_path.name}.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def uri(self) -> str:
        return f"mongodb://{self.host}:{self.port}/?directConnection=true"

    @property
    def pid(self) -> int:
        assert self._process is not None, "server not started"
        return self._process.pid

    def start(self, timeout: float = 30.0) -> str:
        self.storage_path.mkdir(parents=True, exist_ok=True)
        command = [
            find_executable(),
            "--host", self.host,
            "--port", str(self.port),
            "--storage-path", str(self.storage_path),
            "--log-level", "WARNING",
        ]  # fmt: skip
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent
            )
        self._wait_ready(timeout)
        return self.uri

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        assert self._process is not None
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                tail = self._log_tail()
                if "already being managed by another process" in tail:
                    raise RuntimeError(
                        f"{self.storage_path} is in use by another database process; "
                        "stop it (or the earlier run) and try again"
                    )
                raise RuntimeError(
                    f"{EXECUTABLE} exited with code {self._process.returncode}; "
                    f"see {self.log_path}:\n{tail}"
                )
            client: MongoClient[dict[str, object]] = MongoClient(
                self.uri, serverSelectionTimeoutMS=500
            )
            try:
                client.admin.command("ping")
                return
            except PyMongoError:
                time.sleep(0.1)
            finally:
                client.close()
        self.stop()
        raise RuntimeError(
            f"{EXECUTABLE} did not answer within {timeout:.0f}s; see {self.log_path}"
        )

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def pause(self) -> None:
        """Freeze the server (SIGSTOP), as a hung database would look to clients."""
        os.kill(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.pid, signal.SIGCONT)

    def stop(self, timeout: float = 15.0) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        os.kill(process.pid, signal.SIGCONT)  # a paused server cannot handle SIGTERM
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def __enter__(self) -> "EmbeddedMongo":
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()
