from datetime import datetime
from enum import StrEnum
from typing import Annotated

from beanie import Document, Indexed
from pydantic import Field

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

    class Settings:
        name = "users"

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN
