"""The access log: one JSON line per request, written in batches.

Through the `logging` module a line costs ~15 µs and a write syscall; at the request rates
the cached public reads reach that halves throughput. Here a line is serialised with orjson
(< 1 µs), buffered, and written with one syscall per batch: at most `flush_seconds` later,
or sooner when `max_lines` are waiting, and always on shutdown.
"""

import asyncio
import sys
from typing import Any, BinaryIO

import orjson


class AccessLog:
    def __init__(
        self, stream: BinaryIO | None = None, *, flush_seconds: float = 0.05, max_lines: int = 512
    ) -> None:
        self.stream: BinaryIO = stream or sys.stderr.buffer
        self.flush_seconds = flush_seconds
        self.max_lines = max_lines
        self._lines: list[bytes] = []
        self._flush_scheduled = False
        self.dropped = 0  # lines lost to a failing stream (exposed for monitoring and tests)

    def write(self, entry: dict[str, Any]) -> None:
        self._lines.append(orjson.dumps(entry))
        if len(self._lines) >= self.max_lines:
            self.flush()
        elif not self._flush_scheduled:
            self._flush_scheduled = True
            asyncio.get_running_loop().call_later(self.flush_seconds, self.flush)

    def flush(self) -> None:
        self._flush_scheduled = False
        if not self._lines:
            return
        lines, self._lines = self._lines, []
        try:
            self.stream.write(b"\n".join(lines) + b"\n")
            self.stream.flush()
        except (OSError, ValueError):
            # A closed or full log stream must never fail a request: count what is lost.
            self.dropped += len(lines)
