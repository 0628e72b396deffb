"""Content events: the one place that announces changes to public content.

A service that changes public content does its write inside `transact()` and calls
`unit.emit(...)`. The event is stored in the `events` collection in the same MongoDB
transaction as the write, so it exists exactly when the write does (a write that fails emits
nothing). After the commit, the event is applied at once to this process's consumers (public
cache, search index...) through its `EventHub`; other processes apply it when their event tail
(app/services/event_tail.py) reads it. Webhooks, feeds and search consume the same events.

Where the deployment has no transactions (a standalone MongoDB), the event is stored right
after the write instead: a process killed between the two loses that one event (README says so).
"""

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from beanie import PydanticObjectId
from pymongo.asynchronous.client_session import AsyncClientSession
from pymongo.errors import PyMongoError

from app.models.event import ContentEvent, EventType
from app.services import published_posts
from core.errors import Conflict

logger = logging.getLogger(__name__)
T = TypeVar("T")
Listener = Callable[[ContentEvent], Awaitable[None]]
MAX_ATTEMPTS = 8  # transient write conflicts (two writers on one document) are retried
CONTENDED = "The content is being changed by another request; retry"
BACKOFF_SECONDS = 0.005  # doubled per attempt, with full jitter, so racing writers spread out


class EventHub:
    """The consumers of one application (one database) in this process."""

    def __init__(self, process_id: str) -> None:
        self.process_id = process_id
        self._listeners: list[Listener] = []
        self._resyncers: list[Callable[[], Awaitable[None]]] = []
        self._on_acked: list[Callable[[], None]] = []
        self.applied: dict[Any, float] = {}  # event id -> when applied, pruned by the tail

    def subscribe(
        self, listener: Listener, *, resync: Callable[[], Awaitable[None]] | None = None
    ) -> None:
        """`listener` runs for every event; `resync` when events may have been missed."""
        self._listeners.append(listener)
        if resync is not None:
            self._resyncers.append(resync)

    def on_acked(self, callback: Callable[[], None]) -> None:
        """`callback` runs once this process's acknowledgement of new events is stored: the
        moment a delivery waiting for every process may go (the webhook dispatcher)."""
        self._on_acked.append(callback)

    def acked(self) -> None:
        for callback in self._on_acked:
            callback()

    async def resync(self) -> None:
        for resync in self._resyncers:
            try:
                await resync()
            except Exception:
                logger.exception("event consumer failed to resync")

    async def apply(self, event: ContentEvent, *, at: float) -> None:
        """Run every consumer once for `event`; a failing consumer does not stop the others."""
        if event.id in self.applied:
            return
        self.applied[event.id] = at
        for listener in self._listeners:
            try:
                await listener(event)
            except Exception:
                logger.exception("event consumer failed on %s %s", event.type, event.id)


# One hub per database in this process: the services reach the consumers of the application
# they write for without importing it, and two apps in one process (tests) stay apart.
_hubs: dict[str, EventHub] = {}


def register_hub(database: str, hub: EventHub) -> None:
    _hubs[database] = hub


def unregister_hub(database: str, hub: EventHub) -> None:
    if _hubs.get(database) is hub:
        del _hubs[database]


@dataclass
class Unit:
    """One transactional write: the session to pass to every operation, the events to store."""

    session: AsyncClientSession | None
    events: list[ContentEvent] = field(default_factory=list)

    def emit(
        self,
        type: EventType,
        *,
        subject_id: object | None = None,
        slug: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        self.events.append(
            ContentEvent(
                id=PydanticObjectId(),  # known before the insert: consumers and acks use it
                type=type,
                subject_id=str(subject_id) if subject_id is not None else None,
                slug=slug,
                data=data or {},
            )
        )


_current: ContextVar[Unit | None] = ContextVar("inkwell_unit_of_work", default=None)
_supports_transactions: dict[int, bool] = {}


async def transact(work: Callable[[Unit], Awaitable[T]]) -> T:
    """Run `work(unit)` as one transaction with the events it emits; apply them after commit.

    `work` may run more than once (transient conflicts are retried), so it must do nothing but
    database writes through `unit.session` and `unit.emit`. Nested calls join the outer unit.
    """
    outer = _current.get()
    if outer is not None:
        return await work(outer)
    collection = ContentEvent.get_pymongo_collection()
    client = collection.database.client
    if not await _transactions_supported(client):
        unit = Unit(session=None)
        result = await _run(work, unit)
        if unit.events:
            await collection.insert_many([_document(e) for e in unit.events])
        await _after_commit(collection.database.name, unit)
        return result
    for attempt in range(1, MAX_ATTEMPTS + 1):
        async with client.start_session() as session:
            unit = Unit(session=session)
            try:
                async with await session.start_transaction():
                    result = await _run(work, unit)
                    if unit.events:
                        await collection.insert_many(
                            [_document(e) for e in unit.events], session=session
                        )
            except PyMongoError as exc:
                if not exc.has_error_label("TransientTransactionError"):
                    raise
                if attempt == MAX_ATTEMPTS:  # still contended: the client may retry, not a 500
                    raise Conflict(CONTENDED) from exc
                await asyncio.sleep(random.uniform(0, BACKOFF_SECONDS * 2**attempt))  # noqa: S311
                continue
        await _after_commit(collection.database.name, unit)
        return result
    raise AssertionError("unreachable: the last attempt returns or raises")


async def _run(work: Callable[[Unit], Awaitable[T]], unit: Unit) -> T:
    token = _current.set(unit)
    try:
        result = await work(unit)
    finally:
        _current.reset(token)
    # Read models change in the same transaction as what they are read from.
    await published_posts.project(unit.session, unit.events)
    return result


def _document(event: ContentEvent) -> dict[str, Any]:
    document: dict[str, Any] = event.model_dump(by_alias=True, exclude={"revision_id"})
    document["type"] = event.type.value
    return document


async def _after_commit(database: str, unit: Unit) -> None:
    hub = _hubs.get(database)
    if hub is None or not unit.events:
        return
    for event in unit.events:
        await hub.apply(event, at=time.monotonic())
    await ContentEvent.get_pymongo_collection().update_many(
        {"_id": {"$in": [event.id for event in unit.events]}},
        {"$addToSet": {"acked_by": hub.process_id}},
    )
    hub.acked()


async def _transactions_supported(client: Any) -> bool:
    """Replica sets and sharded clusters (and SecantusDB) have transactions; standalones not."""
    key = id(client)
    if key not in _supports_transactions:
        hello = await client.admin.command("hello")
        _supports_transactions[key] = bool(hello.get("setName") or hello.get("msg") == "isdbgrid")
    return _supports_transactions[key]
