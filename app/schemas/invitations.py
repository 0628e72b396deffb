from datetime import datetime

from beanie import PydanticObjectId
from pydantic import BaseModel, ConfigDict

from app.models import InvitationStatus, Role
from app.schemas.auth import DisplayName, NewPassword, OpaqueToken
from app.schemas.common import DocumentId, Email, InputModel


class InvitationCreate(InputModel):
    email: Email
    role: Role = Role.USER


class InvitationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: DocumentId
    email: str
    role: Role
    status: InvitationStatus
    invited_by: PydanticObjectId
    created_at: datetime
    expires_at: datetime
    accepted_at: datetime | None


class InvitationAccept(InputModel):
    token: OpaqueToken
    password: NewPassword
    display_name: DisplayName | None = None
