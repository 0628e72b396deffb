from datetime import datetime
from enum import StrEnum
from typing import Annotated

from beanie import Document, Indexed
from pydantic import Field
from pymongo import ASCENDING, IndexModel

from app.models.common import utcnow


class Role(StrEnum):
    USER = "user"
    ADMIN = "admin"


class User(Document):
    email: Annotated[str, Indexed(unique=True)]  # stored lower-cased
    password_hash: str
    role: Role = Role.USER
    display_name: str
    is_active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    # Access tokens carry the generation they were issued in; moving it on (deactivation,
    # password change or reset, "log out everywhere") ends every access token at once. A
    # counter rather than a "valid after" instant: `iat` has whole seconds, so an instant
    # cannot tell a token issued just before a change from one issued just after it.
    token_generation: int = 0
    # Public author profile. `slug` is unique among users that have one.
    slug: str | None = None
    bio: str = ""
    avatar: str | None = None  # a relative /uploads/... URL (an asset reference later)

    class Settings:
        name = "users"
        indexes = [
            IndexModel(
                [("slug", ASCENDING)],
                name="slug_unique",
                unique=True,
                partialFilterExpression={"slug": {"$type": "string"}},
            )
        ]

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN
