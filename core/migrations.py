"""Versioned data migrations, run at start-up under a lock, each exactly once.

A migration is an id (sortable: `0001_backfill_published_at`), a description and an idempotent
`apply(db)`. The `migrations` collection records what ran. A process takes the lock document
with one conditional upsert (two processes starting at the same moment: one gets it, the other
waits for it to be released, then finds everything recorded and runs nothing). A lock whose
holder died expires after `LOCK_SECONDS`. Idempotent migrations make a crash between `apply`
and the record harmless: the next start runs the migration again.
"""

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

logger = logging.getLogger(__name__)
COLLECTION = "migrations"
LOCK_ID = "__lock__"
LOCK_SECONDS = 120
WAIT_SECONDS = 0.2

Database = AsyncDatabase[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Migration:
    id: str
    description: str
    apply: Callable[[Database], Awaitable[None]]


async def _acquire(db: Database, owner: str) -> bool:
    now = datetime.now(UTC)
    try:
        await db[COLLECTION].update_one(
            {"_id": LOCK_ID, "$or": [{"expires_at": {"$lt": now}}, {"owner": owner}]},
            {"$set": {"owner": owner, "expires_at": now + timedelta(seconds=LOCK_SECONDS)}},
            upsert=True,
        )
    except DuplicateKeyError:
        return False  # held by another live process
    return True


async def run_pending(db: Database, migrations: Sequence[Migration]) -> list[str]:
    """Apply, in id order, every migration not yet recorded. Returns the ids applied here."""
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    # Another process holds the lock while it migrates: poll until it lets go (or its lease
    # expires), bounded so a wedged start-up fails loudly instead of hanging.
    async with asyncio.timeout(LOCK_SECONDS + 30):
        while not await _acquire(db, owner):  # noqa: ASYNC110 - the lock is in another process
            await asyncio.sleep(WAIT_SECONDS)
    applied: list[str] = []
    try:
        done = {d["_id"] async for d in db[COLLECTION].find({}, {"_id": 1})}
        for migration in sorted(migrations, key=lambda m: m.id):
            if migration.id in done:
                continue
            logger.info("applying migration %s: %s", migration.id, migration.description)
            await migration.apply(db)
            await db[COLLECTION].insert_one(
                {
                    "_id": migration.id,
                    "description": migration.description,
                    "applied_at": datetime.now(UTC),
                    "applied_by": owner,
                }
            )
            applied.append(migration.id)
    finally:
        await db[COLLECTION].delete_one({"_id": LOCK_ID, "owner": owner})
    return applied
