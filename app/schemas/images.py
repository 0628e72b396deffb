"""Our images as responses show them: ready for `<img src srcset width height alt>` (#11)."""

from pydantic import BaseModel, Field

from app.models.asset import ImageRef
from app.services import urls


class ImageOut(BaseModel):
    """One of our images, ready for `<img src srcset width height alt>` (#11)."""

    url: str
    width: int
    height: int
    alt: str
    placeholder: str = Field(description="A tiny blurred data: URI to show while loading")
    srcset: str = Field(description="Renditions at the allowed widths up to the original's")


def image_out(ref: ImageRef | None) -> ImageOut | None:
    if ref is None:
        return None
    return ImageOut(
        url=urls.base_url() + ref.path,
        width=ref.width,
        height=ref.height,
        alt=ref.alt,
        placeholder=ref.placeholder,
        srcset=urls.srcset(ref.path, ref.width),
    )


def image_from_stored(value: object) -> object:
    """For a `mode="before"` validator: the stored copy (a model, or a dict from a raw
    projection) becomes the answered image; anything else is left to validation."""
    if isinstance(value, dict) and "path" in value:
        value = ImageRef.model_validate(value)
    return image_out(value) if isinstance(value, ImageRef) else value
