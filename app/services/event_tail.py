"""Each process's reader of the event log: applies other processes' events to its consumers.

Every `EVENT_POLL_SECONDS` it lists the ids of the events of the last `SETTLE_SECONDS`, loads
those it has not applied, applies them (cache invalidation, search...), acks them (so the
webhook dispatcher knows this process is fresh), and beats its heartbeat. Re-reading a short
window rather than "after the last id" catches an event whose transaction committed after a
later one. If the tail could not read for longer than that window (a database outage), events
may have been missed: every consumer resyncs from scratch (the cache empties itself).
"""

import logging
import os
import socket
import time
import uuid
from datetime import UTC, datetime, timedelta

from bson import ObjectId

from app.models.event import ContentEvent, ProcessBeat
from app.services.events import EventHub

logger = logging.getLogger(__name__)
SETTLE_SECONDS = 15.0  # longer than any transaction may take to commit
BEAT_SECONDS = 1.0
LIVE_SECONDS = 3 * BEAT_SECONDS  # a process that has not beaten for this long is gone


def new_process_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class EventTail:
    def __init__(self, hub: EventHub) -> None:
        self.hub = hub
        self._last_read: float | None = None
        self._last_beat = 0.0

    async def run_once(self) -> None:
        started = time.monotonic()
        if self._last_read is not None and started - self._last_read > SETTLE_SECONDS:
            logger.warning("event log unread for %.0fs; resyncing", started - self._last_read)
            await self.hub.resync()
        collection = ContentEvent.get_pymongo_collection()
        since = ObjectId.from_datetime(datetime.now(UTC) - timedelta(seconds=SETTLE_SECONDS))
        recent = [d["_id"] async for d in collection.find({"_id": {"$gt": since}}, {"_id": 1})]
        missing = [i for i in recent if i not in self.hub.applied]
        if missing:
            async for document in collection.find({"_id": {"$in": missing}}).sort("_id", 1):
                event = ContentEvent.model_validate(document)
                await self.hub.apply(event, at=started)
            await collection.update_many(
                {"_id": {"$in": missing}}, {"$addToSet": {"acked_by": self.hub.process_id}}
            )
            self.hub.acked()
        self._forget_older_than(started - 2 * SETTLE_SECONDS)
        self._last_read = started
        if started - self._last_beat >= BEAT_SECONDS or missing:
            await beat(self.hub.process_id)
            self._last_beat = started
        if missing:
            self.hub.acked()

    def _forget_older_than(self, cutoff: float) -> None:
        stale = [key for key, at in self.hub.applied.items() if at < cutoff]
        for key in stale:
            del self.hub.applied[key]


async def beat(process_id: str) -> None:
    await ProcessBeat.get_pymongo_collection().update_one(
        {"_id": process_id}, {"$set": {"beat_at": datetime.now(UTC)}}, upsert=True
    )


async def live_processes() -> set[str]:
    cutoff = datetime.now(UTC) - timedelta(seconds=LIVE_SECONDS)
    collection = ProcessBeat.get_pymongo_collection()
    return {d["_id"] async for d in collection.find({"beat_at": {"$gte": cutoff}}, {"_id": 1})}


async def leave(process_id: str) -> None:
    """On shutdown: stop counting as live at once, so deliveries do not wait for us."""
    await ProcessBeat.get_pymongo_collection().delete_one({"_id": process_id})
