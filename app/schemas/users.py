from datetime import datetime

from pydantic import BaseModel, ConfigDict

from app.models import Role
from app.schemas.common import DocumentId


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: DocumentId
    email: str
    display_name: str
    role: Role
    is_active: bool
    created_at: datetime
    slug: str | None = None
    bio: str = ""
    avatar: str | None = None
