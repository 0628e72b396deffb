from datetime import datetime
from enum import StrEnum

import pymongo
from beanie import Document, PydanticObjectId
from pydantic import BaseModel, Field
from pymongo import IndexModel

from app.models.common import utcnow

DELIVERY_RETENTION_SECONDS = 30 * 24 * 3600


class Webhook(Document):
    url: str
    events: list[str]  # event types, or ["*"] for all
    description: str = ""
    active: bool = True
    secret_sealed: str  # the signing secret, encrypted (core.secretbox); never stored plain
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    failing_since: datetime | None = None  # first failed attempt since the last success
    disabled_reason: str | None = None

    class Settings:
        name = "webhooks"
        indexes = [IndexModel([("active", pymongo.ASCENDING)])]

    def wants(self, event_type: str) -> bool:
        return "*" in self.events or event_type in self.events


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class DeliveryAttempt(BaseModel):
    at: datetime
    status_code: int | None = None
    error: str | None = None
    latency_ms: float


class WebhookDelivery(Document):
    """One message to one endpoint. Its id is the stable `webhook-id` of every attempt."""

    webhook_id: PydanticObjectId
    event_id: PydanticObjectId  # the content event (a fresh id for pings)
    event_type: str
    payload: str  # the exact JSON sent (and signed) at every attempt
    status: DeliveryStatus = DeliveryStatus.PENDING
    attempts: int = 0
    # When the next attempt is due; while an attempt runs, when its lease ends.
    next_attempt_at: datetime = Field(default_factory=utcnow)
    last_status_code: int | None = None
    last_error: str | None = None
    last_latency_ms: float | None = None
    history: list[DeliveryAttempt] = Field(default_factory=list)
    created_at: datetime = Field(default_factory=utcnow)
    completed_at: datetime | None = None

    class Settings:
        name = "webhook_deliveries"
        indexes = [
            IndexModel([("event_id", pymongo.ASCENDING), ("webhook_id", pymongo.ASCENDING)],
                       unique=True),
            IndexModel([("status", pymongo.ASCENDING), ("next_attempt_at", pymongo.ASCENDING)]),
            IndexModel([("webhook_id", pymongo.ASCENDING), ("created_at", pymongo.DESCENDING)]),
            IndexModel([("created_at", pymongo.ASCENDING)],
                       expireAfterSeconds=DELIVERY_RETENTION_SECONDS),
        ]  # fmt: skip

    @property
    def message_id(self) -> str:
        return f"msg_{self.id}"
