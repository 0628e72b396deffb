from datetime import datetime
from typing import Annotated, ClassVar, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    field_serializer,
    field_validator,
    model_validator,
)

from app.schemas.common import (
    BodySource,
    DocumentId,
    Html,
    InputModel,
    OwnFileUrl,
    PartialUpdate,
    Slug,
    Title,
)
from app.schemas.images import ImageOut, image_from_stored
from app.schemas.schedule import PublishAt
from app.services import urls

MetaTitle = Annotated[str, Field(max_length=200)]
MetaDescription = Annotated[str, Field(max_length=500)]
PUBLISH_AT_DESCRIPTION = "For an unpublished page: when it is published (ISO-8601, future)"


class _NotPublishedAndScheduled(BaseModel):
    @model_validator(mode="after")
    def _publish_now_or_later(self) -> Self:
        if getattr(self, "published", None) and getattr(self, "publish_at", None) is not None:
            raise ValueError("publish_at is for unpublished pages: send published false")
        return self


class PageCreate(InputModel, BodySource, _NotPublishedAndScheduled):
    title: Title
    slug: Slug | None = None
    markdown: Html | None = None
    body: Html | None = Field(default=None, description="HTML; sanitised before it is stored")
    meta_title: MetaTitle | None = None
    meta_description: MetaDescription | None = None
    og_image_url: OwnFileUrl | None = None
    published: StrictBool = False
    publish_at: PublishAt | None = Field(default=None, description=PUBLISH_AT_DESCRIPTION)


class PageUpdate(PartialUpdate, BodySource, _NotPublishedAndScheduled):
    """Partial update: only the fields sent are changed; `null` clears the meta fields and
    the schedule."""

    nullable: ClassVar[frozenset[str]] = frozenset(
        {"meta_title", "meta_description", "og_image_url", "publish_at"}
    )

    title: Title | None = None
    slug: Slug | None = None
    markdown: Html | None = None
    body: Html | None = None
    meta_title: MetaTitle | None = None
    meta_description: MetaDescription | None = None
    og_image_url: OwnFileUrl | None = None
    published: StrictBool | None = None
    publish_at: PublishAt | None = Field(default=None, description=PUBLISH_AT_DESCRIPTION)


class PageSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: DocumentId
    title: str
    slug: str
    meta_title: str | None
    meta_description: str | None
    og_image_url: str | None
    og_image: ImageOut | None = Field(
        default=None, description="Our image behind og_image_url; null for others"
    )
    published: bool
    created_at: datetime
    updated_at: datetime

    @field_validator("og_image", mode="before")
    @classmethod
    def _image(cls, value: object) -> object:
        return image_from_stored(value)

    @field_serializer("og_image_url")
    def _absolute_image(self, url: str | None) -> str | None:
        return urls.absolute(url)  # stored relative when ours (media, #11)


class PagePublic(PageSummary):
    body: str

    @field_serializer("body")
    def _absolute_body_urls(self, body: str) -> str:
        return urls.absolute_html(body)


class PagePrivate(PagePublic):
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    markdown: str | None
    publish_at: datetime | None = None
    revision: int = 0
