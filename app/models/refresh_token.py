from datetime import datetime
from typing import Annotated

from beanie import Document, Indexed, PydanticObjectId
from pydantic import Field
from pymongo import ASCENDING, IndexModel

from app.models.common import utcnow


class RefreshToken(Document):
    """Server-side record of one refresh token: only its hash is stored, never the token.

    A family (one login) is a session: its one unused, unrevoked token is the session's head,
    which carries the session's creation time and where it was last used from.
    """

    token_hash: Annotated[str, Indexed(unique=True)]
    user_id: PydanticObjectId
    family_id: str  # every token rotated from one login shares it
    expires_at: datetime
    used_at: datetime | None = None
    revoked_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    session_started_at: datetime | None = None  # the login's time (None: before sessions)
    ip: str | None = None
    user_agent: str | None = None

    class Settings:
        name = "refresh_tokens"
        indexes = [
            IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0),  # TTL clean-up
            IndexModel([("family_id", ASCENDING)]),
            IndexModel([("user_id", ASCENDING)]),
        ]
