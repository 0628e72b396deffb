from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.models import Asset
from app.schemas.common import InputModel

ALT_MAX = 300


class LegacyUploadedImage(BaseModel):
    """The original studio's upload answer (the legacy route keeps exactly this shape)."""

    model_config = ConfigDict(from_attributes=True)

    url: str
    width: int
    height: int
    content_type: str
    size: int


class UploadedImage(LegacyUploadedImage):
    id: str = Field(description="The asset's id in the media library (/api/v1/assets/{id})")
    alt: str = ""
    placeholder: str = Field(
        default="", description="A tiny blurred data: URI to show while the image loads"
    )


class AssetPublic(BaseModel):
    """One image of the media library."""

    id: str
    url: str = Field(description="Absolute URL of the original under /uploads/")
    filename: str
    content_type: str
    width: int
    height: int
    bytes: int
    alt: str
    placeholder: str
    owner: str
    created_at: datetime

    @classmethod
    def of(cls, asset: Asset, *, base_url: str) -> "AssetPublic":
        return cls(
            id=str(asset.id),
            url=f"{base_url}/uploads/{asset.filename}",
            filename=asset.filename,
            content_type=asset.content_type,
            width=asset.width,
            height=asset.height,
            bytes=asset.bytes,
            alt=asset.alt,
            placeholder=asset.placeholder,
            owner=str(asset.owner),
            created_at=asset.created_at,
        )


class AssetUpdate(InputModel):
    alt: Annotated[str, StringConstraints(strip_whitespace=True, max_length=ALT_MAX)]
