"""Revisions of posts and pages: the content fields each one keeps, and how they are listed."""

from datetime import datetime

from beanie import PydanticObjectId
from pydantic import BaseModel, ConfigDict, Field

# Revisions written before a field existed lack it: defaults let them validate, and the output
# schema still marks every field required (serialisation always writes them).
_OUT = ConfigDict(json_schema_serialization_defaults_required=True)


class PostRevisionContent(BaseModel):
    """A post's content fields: everything a revision keeps and a restore puts back."""

    model_config = _OUT

    title: str = ""
    slug: str = ""
    excerpt: str = ""
    intro: str = ""
    outline: list[str] = Field(default_factory=list)
    markdown: str | None = None
    body: str = ""
    featured_image_url: str | None = None
    tags: list[str] = Field(default_factory=list)
    meta_title: str | None = None
    meta_description: str | None = None
    og_image_url: str | None = None
    canonical_url: str | None = None


class PageRevisionContent(BaseModel):
    model_config = _OUT

    title: str = ""
    slug: str = ""
    markdown: str | None = None
    body: str = ""
    meta_title: str | None = None
    meta_description: str | None = None
    og_image_url: str | None = None


class _RevisionMeta(BaseModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_serialization_defaults_required=True
    )

    number: int = Field(description="1 for the first version; each change adds one")
    created_at: datetime
    actor_id: PydanticObjectId | None = Field(description="None: not a person (a migration)")
    actor_name: str
    changed: list[str] = Field(default_factory=list, description="Content fields it changed")
    restored_from: int | None = Field(default=None, description="Set when made by a restore")


class RevisionSummary(_RevisionMeta):
    """A list item: who, when, what changed, and the title and slug it had (no body)."""

    title: str
    slug: str


class BlogRevision(_RevisionMeta):
    content: PostRevisionContent


class PageRevision(_RevisionMeta):
    content: PageRevisionContent
