from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from app.models.event import EventType
from app.models.webhook import DeliveryAttempt, DeliveryStatus
from app.schemas.common import DocumentId, HttpUrlStr, InputModel, PartialUpdate

EventName = EventType | Literal["*"]
Events = Annotated[list[EventName], Field(min_length=1, max_length=len(EventType) + 1)]
Description = Annotated[str, Field(max_length=500)]


class WebhookCreate(InputModel):
    url: HttpUrlStr
    events: Events = Field(description='Event types to receive, or `["*"]` for all')
    description: Description = ""
    active: StrictBool = True


class WebhookUpdate(PartialUpdate):
    url: HttpUrlStr | None = None
    events: Events | None = None
    description: Description | None = None
    active: StrictBool | None = Field(
        default=None, description="Re-enabling clears `disabled_reason`"
    )


class WebhookPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: DocumentId
    url: str
    events: list[str]
    description: str
    active: bool
    created_at: datetime
    updated_at: datetime
    failing_since: datetime | None
    disabled_reason: str | None


class WebhookWithSecret(WebhookPublic):
    secret: str = Field(
        description="The signing secret (`whsec_…`), shown only now: store it in the receiver"
    )


class DeliveryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: DocumentId
    webhook_id: str
    event_id: str
    event_type: str
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = Field(description="When pending: the next attempt")
    last_status_code: int | None
    last_error: str | None
    last_latency_ms: float | None
    history: list[DeliveryAttempt]
    created_at: datetime
    completed_at: datetime | None
