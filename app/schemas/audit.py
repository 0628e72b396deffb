from datetime import datetime
from typing import Any

from beanie import PydanticObjectId
from pydantic import BaseModel, ConfigDict

from app.schemas.common import DocumentId


class AuditEntryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: DocumentId
    at: datetime
    action: str
    actor_id: PydanticObjectId | None
    actor_email: str | None
    target_type: str | None
    target_id: str | None
    target_label: str | None
    ip: str | None
    details: dict[str, Any]
