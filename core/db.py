"""MongoDB client lifecycle: create the async client, bind Beanie's models, ping.

The client is created by the app's lifespan and closed there; nothing here keeps a global.
"""

from collections.abc import Sequence
from typing import Any

from beanie import Document, init_beanie
from pymongo import AsyncMongoClient

from core.config import Settings

MongoClient = AsyncMongoClient[dict[str, Any]]


def create_client(settings: Settings) -> MongoClient:
    # Short timeouts: an unreachable database becomes a 503 in seconds, not a hung request.
    return AsyncMongoClient(
        settings.mongodb_uri,
        tz_aware=True,
        serverSelectionTimeoutMS=settings.mongodb_timeout_ms,
        connectTimeoutMS=settings.mongodb_timeout_ms,
        appname=settings.app_name,
    )


async def init_db(client: MongoClient, *, database: str, models: Sequence[type[Document]]) -> None:
    """Bind the document models and create their indexes (idempotent)."""
    await init_beanie(database=client[database], document_models=list(models))


async def ping(client: MongoClient) -> bool:
    try:
        await client.admin.command("ping")
    except Exception:
        return False
    return True
