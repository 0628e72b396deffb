from datetime import datetime
from typing import Any

from beanie import Document, PydanticObjectId
from pydantic import Field
from pymongo import ASCENDING, DESCENDING, IndexModel

from app.models.common import utcnow


class AuditEntry(Document):
    """One security- or content-relevant action. Append-only: nothing in the API updates or
    deletes an entry; the retention loop removes those older than AUDIT_RETENTION_DAYS."""

    at: datetime = Field(default_factory=utcnow)
    action: str  # "<subject>.<verb>", e.g. "post.approve", "auth.login_failed"
    actor_id: PydanticObjectId | None = None
    actor_email: str | None = None  # as it was then
    target_type: str | None = None
    target_id: str | None = None
    target_label: str | None = None
    ip: str | None = None
    details: dict[str, Any] = Field(default_factory=dict)

    class Settings:
        name = "audit"
        indexes = [
            IndexModel([("at", DESCENDING)]),
            IndexModel([("actor_id", ASCENDING), ("at", DESCENDING)]),
            IndexModel([("action", ASCENDING), ("at", DESCENDING)]),
        ]
