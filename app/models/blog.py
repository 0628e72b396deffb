from datetime import datetime
from enum import StrEnum
from typing import Annotated

from beanie import Document, Indexed, PydanticObjectId
from pydantic import BaseModel, ConfigDict, Field
from pymongo import ASCENDING, DESCENDING, IndexModel

from app.models.asset import ImageRef
from app.models.common import utcnow


class BlogStatus(StrEnum):
    SAVED = "saved"
    PENDING = "pending"
    SCHEDULED = "scheduled"  # approved with a `publish_at`; the scheduler publishes it when due
    PUBLISHED = "published"
    REJECTED = "rejected"


class HistoryEntry(BaseModel):
    """One workflow transition, appended by the workflow service and never edited.

    `actor_id` is None when the actor is not a person (the scheduler)."""

    model_config = ConfigDict(use_enum_values=True)  # dumps straight to BSON-ready strings

    action: str
    from_status: BlogStatus | None
    to_status: BlogStatus
    actor_id: PydanticObjectId | None
    actor_name: str
    at: datetime
    feedback: str | None = None
    publish_at: datetime | None = None  # the time set by a schedule or reschedule


class Blog(Document):
    owner: PydanticObjectId
    author: str
    title: str
    slug: Annotated[str, Indexed(unique=True)]
    excerpt: str = ""
    intro: str = ""
    outline: list[str] = Field(default_factory=list)
    markdown: str | None = None
    body: str = ""  # sanitised HTML, rendered from `markdown` or given as HTML
    featured_image_url: str | None = None
    featured_image: ImageRef | None = None  # our asset's facts, when the URL is ours (#11)
    tags: list[str] = Field(default_factory=list)
    meta_title: str | None = None
    meta_description: str | None = None
    og_image_url: str | None = None
    canonical_url: str | None = None
    word_count: int = 0  # of the body's visible text, kept with it (lists carry no body)
    # Incremented by every content change, with the revision it stores (app.services.editing).
    revision: int = 0
    # Embedded in preview tokens; incremented to revoke every token of this post at once.
    preview_epoch: int = 0
    # Written only by app.services.workflow.
    status: BlogStatus = BlogStatus.SAVED
    admin_feedback: str | None = None
    history: list[HistoryEntry] = Field(default_factory=list)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    published_at: datetime | None = None
    publish_at: datetime | None = None  # when a scheduled post goes public

    class Settings:
        name = "blogs"
        indexes = [
            IndexModel([("status", ASCENDING), ("created_at", DESCENDING)]),
            IndexModel([("status", ASCENDING), ("published_at", DESCENDING)]),
            IndexModel([("status", ASCENDING), ("publish_at", ASCENDING)]),  # the scheduler
            IndexModel([("owner", ASCENDING), ("created_at", DESCENDING)]),
            IndexModel([("owner", ASCENDING), ("status", ASCENDING), ("created_at", DESCENDING)]),
            IndexModel([("tags", ASCENDING), ("status", ASCENDING), ("created_at", DESCENDING)]),
            IndexModel([("tags", ASCENDING), ("status", ASCENDING), ("published_at", DESCENDING)]),
        ]

    @property
    def published(self) -> bool:
        return self.status == BlogStatus.PUBLISHED
