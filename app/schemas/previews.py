"""Draft previews: the link an editor opens, and what the site reads through it."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel

from app.models import BlogStatus
from app.schemas.authors import PublicPost
from app.schemas.pages import PagePublic


class PreviewLink(BaseModel):
    token: str = Field(description="Opaque; pass it to GET /preview/{token}")
    expires_at: datetime
    path: str = Field(description="Where the document lives on the site (settings patterns)")


class PostPreview(PublicPost):
    """A post in its current state, in the public shape of GET /posts/{slug}, plus `status`."""

    kind: Literal["post"] = "post"
    status: BlogStatus


class PageStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"  # unpublished, with a publish_at
    PUBLISHED = "published"


class PagePreview(PagePublic):
    """A page in its current state, in the public shape of GET /pages/{slug}, plus `status`."""

    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    kind: Literal["page"] = "page"
    status: PageStatus


class Preview(RootModel[Annotated[PostPreview | PagePreview, Field(discriminator="kind")]]):
    """A post or a page: `kind` says which."""
