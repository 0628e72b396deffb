"""MongoDB client lifecycle: create the async client, bind Beanie's models, ping.

The client is created by the app's lifespan and closed there; nothing here keeps a global.
"""

import asyncio
from collections.abc import Sequence
from typing import Any

from beanie import Document, init_beanie
from pymongo import AsyncMongoClient
from pymongo.errors import PyMongoError

from core.config import Settings

MongoClient = AsyncMongoClient[dict[str, Any]]


def create_client(settings: Settings) -> MongoClient:
    # Short timeouts: an unreachable or hung database becomes a 503 in seconds, not a hung
    # request. timeoutMS bounds every operation as a whole (selection, connection, reply).
    return AsyncMongoClient(
        settings.mongodb_uri,
        tz_aware=True,
        serverSelectionTimeoutMS=settings.mongodb_timeout_ms,
        connectTimeoutMS=settings.mongodb_timeout_ms,
        timeoutMS=settings.mongodb_operation_timeout_ms,
        appname=settings.app_name,
    )


async def init_db(client: MongoClient, *, database: str, models: Sequence[type[Document]]) -> None:
    """Bind the document models and create their indexes (idempotent)."""
    await init_beanie(database=client[database], document_models=list(models))


async def ping(client: MongoClient, *, within: float) -> bool:
    """Whether the database answers a ping within `within` seconds."""
    try:
        async with asyncio.timeout(within):
            await client.admin.command("ping")
    except (TimeoutError, PyMongoError):
        return False
    return True
