from datetime import datetime

from pydantic import BaseModel, ConfigDict

from app.models import MailStatus
from app.schemas.common import DocumentId


class MailJobPublic(BaseModel):
    """What admins see of a mail: never its body (it may hold a one-time link)."""

    model_config = ConfigDict(from_attributes=True)

    id: DocumentId
    template: str
    to: str
    subject: str | None
    status: MailStatus
    attempts: int
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime
    finished_at: datetime | None
