from datetime import datetime

from beanie import PydanticObjectId
from pydantic import BaseModel, ConfigDict

from app.models import Role


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: PydanticObjectId
    email: str
    display_name: str
    role: Role
    is_active: bool
    created_at: datetime
