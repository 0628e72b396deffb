"""Image validation and re-encoding, shared by uploads and AI-generated covers.

The type is recognised from the bytes (never the name or declared type), only PNG, JPEG,
WebP and GIF are accepted, the decoded size (pixels, frames, and pixels x frames) is capped
from the headers before anything is decoded (decompression bombs), and every image is
re-encoded so EXIF, GPS, XMP and comments are dropped. Decoding runs on worker threads, at
most `IMAGE_WORKERS` at a time, so a burst of uploads cannot take every core or all memory.
Every stored image is recorded as an asset of its owner, within the owner's quota.
"""

import base64
import contextlib
import io
import warnings
from dataclasses import dataclass, field
from typing import Protocol

from anyio import CapacityLimiter, to_thread
from beanie import PydanticObjectId
from PIL import Image, ImageOps, UnidentifiedImageError

from app.services import assets
from app.services.image_headers import measure
from app.services.storage import ImageStorage
from core.config import Settings
from core.errors import PayloadTooLarge, UnsupportedMediaType

READ_CHUNK = 256 * 1024
_METADATA_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "extension", "photoshop")


@dataclass(frozen=True, slots=True)
class ImageFormat:
    pil_name: str
    content_type: str
    suffix: str


PNG = ImageFormat("PNG", "image/png", ".png")
JPEG = ImageFormat("JPEG", "image/jpeg", ".jpg")
WEBP = ImageFormat("WEBP", "image/webp", ".webp")
GIF = ImageFormat("GIF", "image/gif", ".gif")
UNSUPPORTED = "Only PNG, JPEG, WebP and GIF images are accepted"


@dataclass(frozen=True, slots=True)
class ImageLimits:
    max_pixels: int  # width x height of one frame
    max_frames: int
    max_total_pixels: int  # width x height x frames: what decoding produces

    @classmethod
    def from_settings(cls, settings: Settings) -> "ImageLimits":
        return cls(
            max_pixels=settings.max_image_pixels,
            max_frames=settings.max_image_frames,
            max_total_pixels=settings.max_image_total_pixels,
        )


@dataclass(frozen=True, slots=True)
class ProcessedImage:
    data: bytes
    width: int
    height: int
    format: ImageFormat
    placeholder: str = ""


@dataclass(frozen=True, slots=True)
class StoredImage:
    url: str
    width: int
    height: int
    content_type: str
    size: int
    id: str = ""
    alt: str = ""
    placeholder: str = ""
    filename: str = ""


class AsyncReadable(Protocol):
    async def read(self, size: int = -1) -> bytes: ...


def sniff(data: bytes) -> ImageFormat | None:
    """The format the bytes themselves say, by their signature."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    return None


async def read_limited(source: AsyncReadable, *, limit: int) -> bytes:
    """Read at most `limit` bytes; 413 as soon as there are more."""
    chunks: list[bytes] = []
    total = 0
    while chunk := await source.read(READ_CHUNK):
        total += len(chunk)
        if total > limit:
            raise PayloadTooLarge(f"Images are limited to {limit // (1024 * 1024)} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def reencode(data: bytes, limits: ImageLimits) -> ProcessedImage:
    """Validate and re-encode (blocking: `ImagePipeline.store` runs it on a worker thread)."""
    fmt = sniff(data)
    if fmt is None:
        raise UnsupportedMediaType(UNSUPPORTED)
    declared = measure(data, fmt.pil_name, stop_after_frames=limits.max_frames)
    if declared is not None:  # before Pillow allocates or decodes anything
        _check_size(declared.width, declared.height, declared.frames, limits)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt.pil_name]) as image:
                frames = getattr(image, "n_frames", 1)
                _check_size(image.width, image.height, frames, limits)
                return _encode(image, fmt)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PayloadTooLarge("Image dimensions are too large") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnsupportedMediaType(f"Not a valid {fmt.pil_name} image") from exc


def _check_size(width: int, height: int, frames: int, limits: ImageLimits) -> None:
    if width * height > limits.max_pixels:
        raise PayloadTooLarge("Image dimensions are too large")
    if frames > limits.max_frames:
        raise PayloadTooLarge(f"Animated images are limited to {limits.max_frames} frames")
    if width * height * frames > limits.max_total_pixels:
        raise PayloadTooLarge(
            f"Animated images are limited to {limits.max_total_pixels:,} pixels in all "
            "(width x height x frames)"
        )


PLACEHOLDER_SIZE = 16  # px on the longer side: a ~200-byte data URI to blur up from


def placeholder_of(image: Image.Image) -> str:
    """A tiny WebP data URI of `image` (its first frame) for low-quality image placeholders."""
    small = image.convert("RGB")
    small.thumbnail((PLACEHOLDER_SIZE, PLACEHOLDER_SIZE))
    out = io.BytesIO()
    small.save(out, format="WEBP", quality=40)
    return "data:image/webp;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def _encode(image: Image.Image, fmt: ImageFormat) -> ProcessedImage:
    animated = getattr(image, "n_frames", 1) > 1
    if not animated:
        image.load()
        # Apply the EXIF orientation before the EXIF goes, so photos stay upright.
        image = ImageOps.exif_transpose(image)
    placeholder = placeholder_of(image)
    for key in _METADATA_KEYS:
        image.info.pop(key, None)
    out = io.BytesIO()
    if fmt is JPEG:
        if image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        image.save(out, format="JPEG", quality=90, optimize=True)
    elif fmt is PNG:
        image.save(out, format="PNG")
    elif fmt is WEBP:
        image.save(out, format="WEBP", quality=90, save_all=animated)
    else:
        image.save(out, format="GIF", save_all=animated)
    return ProcessedImage(
        data=out.getvalue(),
        width=image.width,
        height=image.height,
        format=fmt,
        placeholder=placeholder,
    )


@dataclass
class ImagePipeline:
    """Validate, re-encode, store and record images: one per app (see main.create_app)."""

    storage: ImageStorage
    limits: ImageLimits
    base_url: str
    quota_bytes: int
    workers: int
    _limiter: CapacityLimiter | None = field(default=None, init=False)

    @property
    def limiter(self) -> CapacityLimiter:
        # Created on first use: an anyio limiter belongs to the running event loop.
        if self._limiter is None:
            self._limiter = CapacityLimiter(self.workers)
        return self._limiter

    async def store(self, data: bytes, *, owner: PydanticObjectId, alt: str = "") -> StoredImage:
        """The image's absolute public URL and facts, once validated, stored and recorded."""
        if await assets.bytes_used(owner) >= self.quota_bytes:
            raise assets.QuotaExceeded()
        # Decoding and encoding are CPU- and memory-bound: off the loop, a few at a time.
        image = await to_thread.run_sync(reencode, data, self.limits, limiter=self.limiter)
        name = await self.storage.save(image.data, suffix=image.format.suffix)
        try:
            asset = await assets.record(
                filename=name,
                placeholder=image.placeholder,
                content_type=image.format.content_type,
                width=image.width,
                height=image.height,
                size=len(image.data),
                owner=owner,
                alt=alt,
            )
            # Counted again with this file recorded, so concurrent uploads cannot overshoot.
            if await assets.bytes_used(owner) > self.quota_bytes:
                raise assets.QuotaExceeded()
        except BaseException:
            with contextlib.suppress(Exception):
                await assets.forget(name)
            await self.storage.delete(name)
            raise
        return StoredImage(
            url=f"{self.base_url}/uploads/{name}",
            width=image.width,
            height=image.height,
            content_type=image.format.content_type,
            size=len(image.data),
            id=str(asset.id),
            alt=alt,
            placeholder=image.placeholder,
            filename=name,
        )
