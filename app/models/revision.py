from datetime import datetime
from enum import StrEnum
from typing import Any

from beanie import Document, PydanticObjectId
from pydantic import Field
from pymongo import ASCENDING, DESCENDING, IndexModel

from app.models.common import utcnow


class DocKind(StrEnum):
    """The kinds of public document that have revisions, redirects and previews."""

    POST = "post"
    PAGE = "page"


class Revision(Document):
    """The content of a post or page as it was after one change (app.services.revisions).

    `number` comes from the document's own counter, incremented by the same conditional update
    as the change and stored in the same transaction, so the unique index below makes two
    concurrent edits produce two revisions, never one lost or one half-applied.
    """

    doc_kind: DocKind
    doc_id: PydanticObjectId
    number: int
    actor_id: PydanticObjectId | None = None  # None: not a person (a migration, a seed)
    actor_name: str
    created_at: datetime = Field(default_factory=utcnow)
    changed: list[str] = Field(default_factory=list)  # content fields this change touched
    restored_from: int | None = None
    content: dict[str, Any] = Field(default_factory=dict)

    class Settings:
        name = "revisions"
        indexes = [
            IndexModel(
                [("doc_kind", ASCENDING), ("doc_id", ASCENDING), ("number", DESCENDING)],
                unique=True,
            )
        ]
