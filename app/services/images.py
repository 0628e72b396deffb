"""Image validation and re-encoding, shared by uploads and AI-generated covers.

The type is recognised from the bytes (never the name or declared type), only PNG, JPEG,
WebP and GIF are accepted, dimensions are capped before decoding (decompression bombs), and
every image is re-encoded so EXIF, GPS, XMP and comments are dropped.
"""

import io
import warnings
from dataclasses import dataclass
from typing import Protocol

import anyio.to_thread
from PIL import Image, ImageOps, UnidentifiedImageError

from app.services.storage import ImageStorage
from core.errors import PayloadTooLarge, UnsupportedMediaType

MAX_PIXELS = 40_000_000  # e.g. 8000 x 5000; larger claims are refused before decoding
MAX_FRAMES = 300
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
class ProcessedImage:
    data: bytes
    width: int
    height: int
    format: ImageFormat


@dataclass(frozen=True, slots=True)
class StoredImage:
    url: str
    width: int
    height: int
    content_type: str
    size: int


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


def reencode(data: bytes) -> ProcessedImage:
    """Validate and re-encode (blocking: call through `process`)."""
    fmt = sniff(data)
    if fmt is None:
        raise UnsupportedMediaType(UNSUPPORTED)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt.pil_name]) as image:
                _check_dimensions(image)
                return _encode(image, fmt)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PayloadTooLarge("Image dimensions are too large") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnsupportedMediaType(f"Not a valid {fmt.pil_name} image") from exc


def _check_dimensions(image: Image.Image) -> None:
    if image.width * image.height > MAX_PIXELS:
        raise PayloadTooLarge("Image dimensions are too large")
    if getattr(image, "n_frames", 1) > MAX_FRAMES:
        raise PayloadTooLarge(f"Animated images are limited to {MAX_FRAMES} frames")


def _encode(image: Image.Image, fmt: ImageFormat) -> ProcessedImage:
    animated = getattr(image, "n_frames", 1) > 1
    if not animated:
        image.load()
        # Apply the EXIF orientation before the EXIF goes, so photos stay upright.
        image = ImageOps.exif_transpose(image)
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
    return ProcessedImage(data=out.getvalue(), width=image.width, height=image.height, format=fmt)


async def process(data: bytes) -> ProcessedImage:
    # Decoding and encoding are CPU-bound: keep them off the event loop.
    return await anyio.to_thread.run_sync(reencode, data)


async def store_image(data: bytes, *, storage: ImageStorage, base_url: str) -> StoredImage:
    """Validate, re-encode and store an image; its absolute public URL and facts."""
    image = await process(data)
    name = await storage.save(image.data, suffix=image.format.suffix)
    return StoredImage(
        url=f"{base_url}/uploads/{name}",
        width=image.width,
        height=image.height,
        content_type=image.format.content_type,
        size=len(image.data),
    )
