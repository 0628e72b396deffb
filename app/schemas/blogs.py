from datetime import datetime
from typing import Annotated, ClassVar

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
    Slug,
    Tag,
    Title,
)
from app.schemas.images import ImageOut, image_from_stored
from app.services import urls, web_html

Heading = Annotated[str, Field(min_length=1, max_length=200)]
Tags = Annotated[list[Tag], Field(max_length=TAGS_PER_POST)]
Outline = Annotated[list[Heading], Field(max_length=50)]
Excerpt = Annotated[str, Field(max_length=500)]
Intro = Annotated[str, Field(max_length=5000)]


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
    published: StrictBool = Field(default=False, description="Admins only: publish directly")


class BlogUpdate(PartialUpdate, BodySource):
    """Partial update: only the fields sent are changed; `featured_image_url: null` clears."""

    nullable: ClassVar[frozenset[str]] = frozenset({"featured_image_url"})

    title: Title | None = None
    slug: Slug | None = None
    excerpt: Excerpt | None = None
    intro: Intro | None = None
    outline: Outline | None = None
    markdown: Html | None = None
    body: Html | None = None
    featured_image_url: OwnFileUrl | None = None
    tags: Tags | None = None
    published: StrictBool | None = Field(default=None, description="Admins only")


class _BlogOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

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
    status: BlogStatus = Field(exclude=True)
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def published(self) -> bool:
        return self.status == BlogStatus.PUBLISHED

    @field_serializer("featured_image_url")
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
    history: list[HistoryEntry]  # the embedded model itself: it holds nothing private


class BlogPrivateSummary(BlogSummary):
    owner: PydanticObjectId
    status: BlogStatus
    admin_feedback: str | None


class RejectRequest(InputModel):
    feedback: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)
    ]


class StatusCounts(BaseModel):
    saved: int = 0
    pending: int = 0
    published: int = 0
    rejected: int = 0
    total: int = 0
