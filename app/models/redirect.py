from datetime import datetime

from beanie import Document, PydanticObjectId
from pydantic import Field
from pymongo import ASCENDING, IndexModel

from app.models.common import utcnow
from app.models.revision import DocKind


class SlugRedirect(Document):
    """An old slug of a published post or page, pointing at the document (not at a slug), so
    chains collapse by construction: a→b→c leaves two redirects, a and b, both to c's id."""

    kind: DocKind
    old_slug: str
    target_id: PydanticObjectId
    created_at: datetime = Field(default_factory=utcnow)

    class Settings:
        name = "redirects"
        indexes = [
            IndexModel([("kind", ASCENDING), ("old_slug", ASCENDING)], unique=True),
            IndexModel([("kind", ASCENDING), ("target_id", ASCENDING)]),
        ]
