from datetime import datetime
from typing import Annotated

from beanie import Document, Indexed
from pydantic import Field
from pymongo import ASCENDING, IndexModel

from app.models.asset import ImageRef
from app.models.common import utcnow


class Page(Document):
    title: str
    slug: Annotated[str, Indexed(unique=True)]
    markdown: str | None = None
    body: str = ""  # sanitised HTML
    meta_title: str | None = None
    meta_description: str | None = None
    og_image_url: str | None = None
    og_image: ImageRef | None = None  # our asset's facts, when the URL is ours (#11)
    published: bool = False
    publish_at: datetime | None = None  # an unpublished page is published when this is due
    revision: int = 0  # see Blog.revision
    preview_epoch: int = 0  # see Blog.preview_epoch
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    class Settings:
        name = "pages"
        indexes = [
            IndexModel([("published", ASCENDING), ("slug", ASCENDING)]),
            IndexModel([("published", ASCENDING), ("publish_at", ASCENDING)]),  # the scheduler
        ]
