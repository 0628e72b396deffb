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
