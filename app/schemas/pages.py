from datetime import datetime
from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from app.schemas.common import (
    BodySource,
    DocumentId,
    Html,
    InputModel,
    PartialUpdate,
    SafeUrl,
    Slug,
    Title,
)

MetaTitle = Annotated[str, Field(max_length=200)]
MetaDescription = Annotated[str, Field(max_length=500)]


class PageCreate(InputModel, BodySource):
    title: Title
    slug: Slug | None = None
    markdown: Html | None = None
    body: Html | None = Field(default=None, description="HTML; sanitised before it is stored")
    meta_title: MetaTitle | None = None
    meta_description: MetaDescription | None = None
    og_image_url: SafeUrl | None = None
    published: StrictBool = False


class PageUpdate(PartialUpdate, BodySource):
    """Partial update: only the fields sent are changed; `null` clears the meta fields."""

    nullable: ClassVar[frozenset[str]] = frozenset(
        {"meta_title", "meta_description", "og_image_url"}
    )

    title: Title | None = None
    slug: Slug | None = None
    markdown: Html | None = None
    body: Html | None = None
    meta_title: MetaTitle | None = None
    meta_description: MetaDescription | None = None
    og_image_url: SafeUrl | None = None
    published: StrictBool | None = None


class PageSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: DocumentId
    title: str
    slug: str
    meta_title: str | None
    meta_description: str | None
    og_image_url: str | None
    published: bool
    created_at: datetime
    updated_at: datetime


class PagePublic(PageSummary):
    body: str


class PagePrivate(PagePublic):
    markdown: str | None
