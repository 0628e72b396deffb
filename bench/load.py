"""Load generation: `wrk` (Debian package) or, without it, a small asyncio client.

Besides requests/s and latency percentiles, each measurement records the CPU time the server
processes and the load generator spent: on a shared 2-core machine throughput depends on what
else runs, while CPU time per request is what the server itself costs.
"""

import asyncio
import os
import re
import resource
import shutil
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

TICK = 1 / os.sysconf("SC_CLK_TCK")
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


@dataclass(frozen=True)
class Sample:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    server_cpu_s: float  # CPU time of the server processes during the run
    client_cpu_s: float  # CPU time of the load generator
    seconds: float

    @property
    def cpu_us_per_request(self) -> float:
        return self.server_cpu_s / self.requests * 1e6 if self.requests else float("nan")


def process_tree(pid: int) -> list[int]:
    """`pid` and its children (uvicorn's workers are children of its supervisor)."""
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                children.append(int(entry.name))
    return [pid, *children]


def cpu_seconds(pids: Sequence[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total * TICK


def _ms(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", value)
    if match is None:
        raise ValueError(f"unreadable wrk latency {value!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str) -> tuple[float, float, float, int, int]:
    """(req/s, p50 ms, p99 ms, requests, non-2xx/3xx responses) from `wrk --latency`."""

    def find(pattern: str) -> str:
        match = re.search(pattern, output, re.MULTILINE)
        if match is None:
            raise ValueError(f"wrk output without {pattern!r}:\n{output}")
        return match.group(1)

    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return (
        float(find(r"Requests/sec:\s+([\d.]+)")),
        _ms(find(r"^\s+50%\s+(\S+)")),  # the latency distribution, not the +/- columns
        _ms(find(r"^\s+99%\s+(\S+)")),
        int(find(r"(\d+) requests in")),
        int(errors.group(1)) if errors else 0,
    )


def measure(
    url: str,
    *,
    connections: int,
    duration: float,
    server: Sequence[int],
    headers: dict[str, str] | None = None,
) -> Sample:
    """Load `url` for `duration` seconds; `server` lists the pids whose CPU time is counted."""
    before_server = cpu_seconds(server)
    before_client = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    if shutil.which("wrk"):
        seconds = max(1, round(duration))  # wrk takes whole seconds
        command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url]
        for name, value in (headers or {}).items():
            command += ["-H", f"{name}: {value}"]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        rps, p50, p99, requests, errors = parse_wrk(output)
    else:
        rps, p50, p99, requests, errors = asyncio.run(
            _python_load(url, connections, duration, headers or {})
        )
    after_client = resource.getrusage(resource.RUSAGE_CHILDREN)
    client = (after_client.ru_utime - before_client.ru_utime) + (
        after_client.ru_stime - before_client.ru_stime
    )
    return Sample(
        rps, p50, p99, requests, errors,
        server_cpu_s=cpu_seconds(server) - before_server,
        client_cpu_s=client,
        seconds=time.monotonic() - started,
    )  # fmt: skip


async def _python_load(
    url: str, connections: int, duration: float, headers: dict[str, str]
) -> tuple[float, float, float, int, int]:
    """Fallback load: keep-alive HTTP/1.1 over raw asyncio streams (lighter than httpx).
    It runs in this process, so its CPU time is not reported as the client's."""
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

    def pick(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000

    return len(latencies) / elapsed, pick(0.50), pick(0.99), len(latencies), errors
