from datetime import datetime
from typing import Annotated

from beanie import Document, Indexed, PydanticObjectId
from pydantic import BaseModel, Field

from app.models.common import utcnow


class ImageRef(BaseModel):
    """What a post keeps of the asset it shows (copied when the URL is set, alt kept in step
    by the media library), so answering needs no asset query."""

    path: str  # /uploads/<name>
    width: int
    height: int
    alt: str = ""
    placeholder: str = ""


class Asset(Document):
    """One stored file under /uploads (an upload or a generated image), and who owns it."""

    filename: Annotated[str, Indexed(unique=True)]  # the stored name, never a path
    content_type: str
    width: int
    height: int
    bytes: int
    alt: str = ""
    placeholder: str = ""  # a tiny data: URI (LQIP), made when the file is stored
    owner: Annotated[PydanticObjectId, Indexed()]
    created_at: Annotated[datetime, Indexed()] = Field(default_factory=utcnow)

    class Settings:
        name = "assets"
