import math
from datetime import datetime
from enum import StrEnum
from typing import Annotated, ClassVar, Self

from beanie import PydanticObjectId
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    computed_field,
    field_serializer,
    field_validator,
    model_validator,
)

from app.limits import TAGS_PER_POST
from app.models import BlogStatus, HistoryEntry
from app.schemas.common import (
    BodySource,
    DocumentId,
    Html,
    InputModel,
    OwnFileUrl,
    PartialUpdate,
    SafeUrl,
    Slug,
    Tag,
    Title,
)
from app.schemas.images import ImageOut, image_from_stored
from app.schemas.pages import MetaDescription, MetaTitle
from app.schemas.schedule import PublishAt
from app.services import urls, web_html

Heading = Annotated[str, Field(min_length=1, max_length=200)]
Tags = Annotated[list[Tag], Field(max_length=TAGS_PER_POST)]
Outline = Annotated[list[Heading], Field(max_length=50)]
Excerpt = Annotated[str, Field(max_length=500)]
Intro = Annotated[str, Field(max_length=5000)]
WORDS_PER_MINUTE = 200


class PostSort(StrEnum):
    """Order of the public list: newest created (the default, the site contract) or newest
    published."""

    CREATED_AT = "created_at"
    PUBLISHED_AT = "published_at"


class BlogCreate(InputModel, BodySource):
    title: Title
    slug: Slug | None = None
    excerpt: Excerpt | None = None
    intro: Intro = ""
    outline: Outline = Field(default_factory=list)
    markdown: Html | None = None
    body: Html | None = Field(default=None, description="HTML; sanitised before it is stored")
    featured_image_url: OwnFileUrl | None = None
    tags: Tags = Field(default_factory=list)
    # SEO and social cards: http(s) URLs or our own /uploads/ paths, like pages' fields.
    meta_title: MetaTitle | None = None
    meta_description: MetaDescription | None = None
    og_image_url: OwnFileUrl | None = None
    canonical_url: SafeUrl | None = None
    published: StrictBool = Field(default=False, description="Admins only: publish directly")


class BlogUpdate(PartialUpdate, BodySource):
    """Partial update: only the fields sent are changed; `null` clears the image and SEO
    fields. Admins may send `published` (publish or unpublish now) or `publish_at` (schedule a
    pending post, or reschedule a scheduled one)."""

    nullable: ClassVar[frozenset[str]] = frozenset(
        {"featured_image_url", "meta_title", "meta_description", "og_image_url", "canonical_url"}
    )

    title: Title | None = None
    slug: Slug | None = None
    excerpt: Excerpt | None = None
    intro: Intro | None = None
    outline: Outline | None = None
    markdown: Html | None = None
    body: Html | None = None
    featured_image_url: OwnFileUrl | None = None
    tags: Tags | None = None
    meta_title: MetaTitle | None = None
    meta_description: MetaDescription | None = None
    og_image_url: OwnFileUrl | None = None
    canonical_url: SafeUrl | None = None
    published: StrictBool | None = Field(default=None, description="Admins only")
    publish_at: PublishAt | None = Field(default=None, description="Admins only")

    @model_validator(mode="after")
    def _publish_now_or_later(self) -> Self:
        if self.published is not None and self.publish_at is not None:
            raise ValueError("give either published or publish_at, not both")
        return self


class _BlogOut(BaseModel):
    # Defaults let documents written before a field existed validate; serialisation always
    # writes every field, so the output schema marks them required.
    model_config = ConfigDict(
        from_attributes=True, json_schema_serialization_defaults_required=True
    )

    id: DocumentId
    title: str
    slug: str
    excerpt: str
    author: str
    featured_image_url: str | None
    featured_image: ImageOut | None = Field(
        default=None, description="Our image behind featured_image_url; null for others"
    )
    tags: list[str]
    meta_title: str | None = None
    meta_description: str | None = None
    og_image_url: str | None = None
    canonical_url: str | None = None
    word_count: int = 0
    status: BlogStatus = Field(exclude=True)
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def published(self) -> bool:
        return self.status == BlogStatus.PUBLISHED

    @computed_field  # type: ignore[prop-decorator]
    @property
    def reading_minutes(self) -> int:
        """At 200 words a minute, rounded up; 0 for an empty body."""
        return math.ceil(self.word_count / WORDS_PER_MINUTE)

    @field_serializer("featured_image_url", "og_image_url")
    def _absolute_image(self, url: str | None) -> str | None:
        return urls.absolute(url)  # stored relative when ours (media, #11)

    @field_validator("featured_image", mode="before")
    @classmethod
    def _image(cls, value: object) -> object:
        # The stored copy of the asset's facts becomes URLs at response time.
        return image_from_stored(value)


class BlogSummary(_BlogOut):
    """A list item: everything but the full body."""


class TocEntry(BaseModel):
    """A heading of the body: `id` is its anchor (`#id`)."""

    level: int
    text: str
    id: str


class BlogPublic(_BlogOut):
    intro: str
    outline: list[str]
    body: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def toc(self) -> list[TocEntry]:
        """The body's headings, for a table of contents (media/rendering, #11)."""
        return [TocEntry(level=e.level, text=e.text, id=e.id) for e in web_html.toc(self.body)]

    @field_serializer("body")
    def _absolute_body_urls(self, body: str) -> str:
        return urls.absolute_html(body)  # our /uploads/ links work on the site's origin too


class BlogPrivate(BlogPublic):
    """What the owner and admins see: source, status and moderation details."""

    owner: PydanticObjectId
    markdown: str | None
    status: BlogStatus
    admin_feedback: str | None
    publish_at: datetime | None = None
    revision: int = 0
    history: list[HistoryEntry]  # the embedded model itself: it holds nothing private


class BlogPrivateSummary(BlogSummary):
    owner: PydanticObjectId
    status: BlogStatus
    admin_feedback: str | None
    publish_at: datetime | None = None


class RejectRequest(InputModel):
    feedback: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)
    ]


class StatusCounts(BaseModel):
    saved: int = 0
    pending: int = 0
    scheduled: int = 0
    published: int = 0
    rejected: int = 0
    total: int = 0
