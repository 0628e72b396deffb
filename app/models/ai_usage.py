from datetime import datetime

from beanie import Document, PydanticObjectId
from pymongo import ASCENDING, DESCENDING, IndexModel


class AIUsage(Document):
    """One AI provider call: who, which provider and model, what for, what it cost, how it
    went. Kept until `expires_at` (AI_USAGE_RETENTION_DAYS after the call; TTL index)."""

    user: PydanticObjectId
    provider: str
    model: str
    step: str  # ideas | titles | intros | outlines | image_prompts | image | post
    input_tokens: int
    output_tokens: int
    total_tokens: int
    estimated: bool  # counted by us (offline, or a server that reports no usage)
    latency_ms: int
    outcome: str  # "ok", or the error code the caller received
    session: PydanticObjectId | None = None  # the studio session the call was made for
    at: datetime
    expires_at: datetime

    class Settings:
        name = "ai_usage"
        indexes = [
            IndexModel([("user", ASCENDING), ("at", DESCENDING)]),
            IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0),
        ]


class AIUsageDaily(Document):
    """Running totals per user, provider, model and UTC day, incremented with every call: the
    quota check and the usage reports read these few documents, never the raw calls."""

    user: PydanticObjectId
    day: str  # YYYY-MM-DD in UTC: sorts and compares as text
    provider: str
    model: str
    calls: int = 0
    errors: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0
    expires_at: datetime

    class Settings:
        name = "ai_usage_daily"
        indexes = [
            IndexModel(
                [
                    ("user", ASCENDING),
                    ("day", ASCENDING),
                    ("provider", ASCENDING),
                    ("model", ASCENDING),
                ],
                unique=True,
            ),
            IndexModel([("day", DESCENDING), ("user", ASCENDING)]),
            IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0),
        ]
