"""The one owner of background work: loops started and stopped by the app's lifespan.

A loop is an idempotent `run_once()` called every `interval` seconds (sooner when woken).
Loops claim their work with conditional updates or leases, so N processes never do one job
twice; the supervisor only schedules them. A failing run (a database outage, a bug) is
logged and retried at the next tick with a capped backoff: the loop never dies. `stop()`
cancels every loop and waits for it, so shutdown is clean and nothing runs after the
database client is closed. Nothing starts at import.
"""

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)
MAX_BACKOFF_SECONDS = 30.0


@dataclass
class Loop:
    name: str
    run_once: Callable[[], Awaitable[Any]]
    interval: float
    wake_event: asyncio.Event = field(default_factory=asyncio.Event)
    runs: int = 0
    failures: int = 0


class Supervisor:
    def __init__(self) -> None:
        self._loops: dict[str, Loop] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = asyncio.Event()
        self._cleanups: list[Callable[[], Awaitable[Any]]] = []

    def add(self, name: str, run_once: Callable[[], Awaitable[Any]], *, interval: float) -> None:
        if name in self._loops:
            raise ValueError(f"a loop named {name!r} is already registered")
        self._loops[name] = Loop(name=name, run_once=run_once, interval=interval)

    def on_stop(self, cleanup: Callable[[], Awaitable[Any]]) -> None:
        """Run `cleanup` after every loop has stopped (close a loop's HTTP client...)."""
        self._cleanups.append(cleanup)

    def wake(self, name: str) -> None:
        """Run loop `name` now rather than at its next tick (no-op if unknown)."""
        loop = self._loops.get(name)
        if loop is not None:
            loop.wake_event.set()

    def stats(self) -> dict[str, dict[str, int]]:
        return {n: {"runs": lp.runs, "failures": lp.failures} for n, lp in self._loops.items()}

    @property
    def running(self) -> bool:
        return bool(self._tasks)

    async def start(self) -> None:
        self._stopping.clear()
        for loop in self._loops.values():
            task = asyncio.create_task(self._run(loop), name=f"loop:{loop.name}")
            self._tasks.append(task)

    async def stop(self, grace: float = 5.0) -> None:
        self._stopping.set()
        for loop in self._loops.values():
            loop.wake_event.set()
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=grace)
        self._tasks.clear()
        for cleanup in self._cleanups:
            try:
                await cleanup()
            except Exception:
                logger.exception("background cleanup failed")

    async def _run(self, loop: Loop) -> None:
        delay = 0.0  # first run at once: work left by a previous process is picked up at start
        while not self._stopping.is_set():
            if delay:
                with contextlib.suppress(TimeoutError):  # the tick came: run
                    await asyncio.wait_for(loop.wake_event.wait(), timeout=delay)
            loop.wake_event.clear()
            if self._stopping.is_set():
                return
            try:
                await loop.run_once()
                loop.runs += 1
                delay = loop.interval
            except asyncio.CancelledError:
                raise
            except Exception:
                loop.failures += 1
                delay = min(MAX_BACKOFF_SECONDS, loop.interval * 2 ** min(loop.failures, 6))
                logger.exception("background loop %s failed; retrying in %.1fs", loop.name, delay)
