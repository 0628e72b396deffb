"""The original blog studio's shapes, for the legacy routes (app/routers/legacy.py).

Only the shape differs from /api/v1: `_id`, `image_url` and `html` are the original names of
`id`, `featured_image_url` and `body`. Request bodies accept both the original and the
/api/v1 names, and are turned into the /api/v1 schemas, so the same validation applies.
"""

from datetime import datetime
from typing import ClassVar

from beanie import PydanticObjectId
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, StrictBool, field_serializer

from app.models import BlogStatus
from app.schemas.blogs import BlogCreate, Excerpt, Intro, Outline, Tags
from app.schemas.common import Html, InputModel, OwnFileUrl, Slug, Title
from app.services import urls

# The stored fields the legacy blog shape is made of.
STORED_FIELDS = (
    "_id", "owner", "status", "title", "intro", "outline", "featured_image_url", "markdown",
    "body", "created_at", "admin_feedback",
)  # fmt: skip


class LegacyBlog(BaseModel):
    """A post as the original studio showed it: its own posts, the admin queue, one post."""

    model_config = ConfigDict(from_attributes=True)

    # Validation takes the stored names (`_id`, `featured_image_url`, `body`) as well as the
    # original ones, so the model is both a query projection and the response.
    id: PydanticObjectId = Field(
        validation_alias=AliasChoices("_id", "id"), serialization_alias="_id"
    )
    owner: PydanticObjectId = Field(description="The author's user id")
    status: BlogStatus
    title: str
    intro: str
    outline: list[str]
    image_url: str | None = Field(
        validation_alias=AliasChoices("image_url", "featured_image_url"),
        description="The cover image",
    )
    markdown: str | None = Field(description="The Markdown source (null if saved as HTML)")
    html: str = Field(
        validation_alias=AliasChoices("html", "body"), description="The sanitised HTML body"
    )
    created_at: datetime
    admin_feedback: str | None = Field(description="Why an admin rejected the post")

    @field_serializer("image_url")
    def _absolute_image(self, url: str | None) -> str | None:
        return urls.absolute(url)  # our files are stored relative (#11)

    @field_serializer("html")
    def _absolute_body_urls(self, html: str) -> str:
        return urls.absolute_html(html)

    class Settings:
        # Beanie: only these stored fields leave the database when this model is a projection.
        projection: ClassVar[dict[str, int]] = dict.fromkeys(STORED_FIELDS, 1)


class LegacyBlogCreate(InputModel):
    """The original studio's "save final blog": the chosen title, intro and outline, the
    generated Markdown and the cover. `image_url` and `html` are the original names
    (`featured_image_url` and `body`, as on /api/v1, are accepted too). `html` is only used
    when there is no `markdown`: the body is always rendered and sanitised by the server, so
    the `html` that blog-generate returned beside the Markdown may be sent back as it is."""

    title: Title
    intro: Intro = ""
    outline: Outline = Field(default_factory=list)
    markdown: Html | None = None
    html: Html | None = Field(default=None, validation_alias=AliasChoices("html", "body"))
    image_url: OwnFileUrl | None = Field(
        default=None, validation_alias=AliasChoices("image_url", "featured_image_url")
    )
    slug: Slug | None = None
    excerpt: Excerpt | None = None
    tags: Tags = Field(default_factory=list)
    published: StrictBool = Field(default=False, description="Admins only: publish directly")

    def to_blog_create(self) -> BlogCreate:
        """The same request in /api/v1 terms, validated by the same schema."""
        return BlogCreate.model_validate(
            {
                **self.model_dump(include={"title", "intro", "outline", "slug", "tags"}),
                **self.model_dump(include={"excerpt", "published"}, exclude_unset=True),
                "markdown": self.markdown,
                "body": self.html if self.markdown is None else None,
                "featured_image_url": self.image_url,
            }
        )
