from datetime import datetime
from enum import StrEnum
from typing import Any

import pymongo
from beanie import Document
from pydantic import Field
from pymongo import IndexModel

from app.models.common import utcnow

EVENT_RETENTION_SECONDS = 7 * 24 * 3600


class EventType(StrEnum):
    POST_PUBLISHED = "post.published"
    POST_UPDATED = "post.updated"
    POST_UNPUBLISHED = "post.unpublished"
    POST_DELETED = "post.deleted"
    PAGE_PUBLISHED = "page.published"
    PAGE_UPDATED = "page.updated"
    PAGE_UNPUBLISHED = "page.unpublished"
    PAGE_DELETED = "page.deleted"
    SETTINGS_UPDATED = "settings.updated"
    AUTHOR_UPDATED = "author.updated"  # a public author profile (shown with posts) changed

    @property
    def kind(self) -> str:
        """`post`, `page` or `settings`: what part of the public site changed."""
        return self.value.split(".", 1)[0]


class ContentEvent(Document):
    """One change to public content: the durable log every consumer reads.

    Written in the same transaction as the change itself (where the deployment supports
    transactions), so it exists if and only if the change does. `acked_by` lists the processes
    that have applied it to their own caches and indexes; `fanned_out` says whether webhook
    deliveries were created for it.
    """

    type: EventType
    subject_id: str | None = None
    slug: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)
    created_at: datetime = Field(default_factory=utcnow)
    acked_by: list[str] = Field(default_factory=list)
    fanned_out: bool = False

    class Settings:
        name = "events"
        indexes = [
            IndexModel([("fanned_out", pymongo.ASCENDING)]),
            IndexModel(
                [("created_at", pymongo.ASCENDING)], expireAfterSeconds=EVENT_RETENTION_SECONDS
            ),
        ]


class ProcessBeat(Document):
    """A live API process: the event tail's heartbeat. Expired ones belong to dead processes."""

    id: str  # type: ignore[assignment]
    beat_at: datetime

    class Settings:
        name = "processes"
        indexes = [IndexModel([("beat_at", pymongo.ASCENDING)], expireAfterSeconds=300)]
