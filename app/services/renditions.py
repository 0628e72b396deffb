"""Responsive renditions of stored images: `/uploads/<name>?w=<width>&fm=<format>`.

Only widths from `IMAGE_WIDTHS` and the formats in `FORMATS` are made, so nobody can make us
render arbitrary sizes. A rendition is rendered once, on a worker thread under the image
pipeline's limiter, and kept beside its original as `<stem>.w<width>.<ext>`. Concurrent
requests for the same new rendition wait on one per-key lock in this process; across
processes the file is written to a unique temp name and renamed, so a reader never sees half
a file and the worst case is one duplicate render, never a corrupt one.
"""

import asyncio
import hashlib
import os
import re
import secrets
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl

from anyio import CapacityLimiter, to_thread
from PIL import Image, features

from core.errors import BadRequest, NotFound

STORED_NAME = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9]+$")
PARAMS = frozenset({"w", "fm"})


@dataclass(frozen=True, slots=True)
class RenditionFormat:
    pil_name: str
    content_type: str
    suffix: str
    options: tuple[tuple[str, object], ...]


FORMATS: dict[str, RenditionFormat] = {
    "webp": RenditionFormat("WEBP", "image/webp", "webp", (("quality", 80), ("method", 4))),
    "avif": RenditionFormat("AVIF", "image/avif", "avif", (("quality", 60), ("speed", 8))),
    "jpeg": RenditionFormat(
        "JPEG", "image/jpeg", "jpg", (("quality", 82), ("optimize", True), ("progressive", True))
    ),
    "png": RenditionFormat("PNG", "image/png", "png", ()),
}
# The format a rendition has when `fm` is not given: the original's, GIF as WebP.
DEFAULT_FORMAT = {".jpg": "jpeg", ".png": "png", ".webp": "webp", ".gif": "webp"}


class InvalidRendition(BadRequest):
    code = "invalid_rendition"
    default_detail = "Not a rendition this server makes"


def avif_supported() -> bool:
    return bool(features.check("avif"))


@dataclass(frozen=True, slots=True)
class RenditionKey:
    original: str  # the stored file's name
    width: int
    fmt: str

    @property
    def filename(self) -> str:
        stem = self.original.rsplit(".", 1)[0]
        return f"{stem}.w{self.width}.{FORMATS[self.fmt].suffix}"


def parse_request(original: str, query: str, widths: tuple[int, ...]) -> RenditionKey:
    """The rendition a query string asks for, or `InvalidRendition` (400)."""
    pairs = parse_qsl(query, keep_blank_values=True)
    keys = [k for k, _ in pairs]
    if set(keys) - PARAMS or len(keys) != len(set(keys)) or "w" not in keys:
        raise InvalidRendition("Renditions take exactly w=<width> and optionally fm=<format>")
    params = dict(pairs)
    allowed = ", ".join(str(w) for w in widths)
    if not params["w"].isdigit() or int(params["w"]) not in widths:
        raise InvalidRendition(f"w must be one of {allowed}")
    suffix = "." + original.rsplit(".", 1)[-1].lower()
    fmt = params.get("fm", DEFAULT_FORMAT.get(suffix, "webp"))
    if fmt not in FORMATS:
        raise InvalidRendition(f"fm must be one of {', '.join(FORMATS)}")
    if fmt == "avif" and not avif_supported():
        raise InvalidRendition("AVIF is not available on this server; use webp")
    return RenditionKey(original=original, width=int(params["w"]), fmt=fmt)


def render(source: Path, target: Path, width: int, fmt: RenditionFormat) -> None:
    """Resize `source` to `width` (never upscaled) in `fmt`, written atomically to `target`.

    Blocking: run on a worker thread. Originals were validated and size-capped at upload."""
    with Image.open(source, formats=["PNG", "JPEG", "WEBP", "GIF"]) as image:
        out_width = min(width, image.width)
        out_height = max(1, round(image.height * out_width / image.width))
        # JPEG: decode at a reduced DCT scale when the target is much smaller (much faster).
        image.draft("RGB", (out_width, out_height))
        has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
        frame = image.convert("RGBA" if has_alpha and fmt.pil_name != "JPEG" else "RGB")
    if frame.width != out_width:
        frame = frame.resize((out_width, out_height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    try:
        with temp.open("xb") as handle:
            frame.save(handle, format=fmt.pil_name, **dict(fmt.options))
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@dataclass
class Renditions:
    """The renditions of the files in `directory` (one per app, see main.create_app)."""

    directory: Path
    widths: tuple[int, ...]
    limiter: Callable[[], CapacityLimiter]  # the image pipeline's: one budget for all decoding
    memory_bytes: int = 32 * 1024 * 1024  # hot renditions kept in memory (LRU), per process
    renders: int = 0  # how many renditions this process has rendered (tests, metrics)
    _locks: dict[RenditionKey, tuple[asyncio.Lock, int]] = field(default_factory=dict)
    _memory: "OrderedDict[RenditionKey, tuple[bytes, str]]" = field(default_factory=OrderedDict)
    _memory_used: int = 0

    async def read(self, key: RenditionKey) -> tuple[bytes, str]:
        """The rendition's bytes and ETag (from its content, so every process agrees).

        Served from memory when hot: a file read costs thread hops. The file's existence is
        still checked (one stat) so a rendition deleted by another process is not served."""
        hit = self._memory.get(key)
        if hit is not None and (self.directory / key.filename).is_file():
            self._memory.move_to_end(key)
            return hit
        path = await self.path_of(key)
        data = await to_thread.run_sync(path.read_bytes)
        entry = (data, '"' + hashlib.blake2b(data, digest_size=16).hexdigest() + '"')
        if len(data) <= self.memory_bytes // 8:
            old = self._memory.pop(key, None)
            self._memory_used += len(data) - (len(old[0]) if old else 0)
            self._memory[key] = entry
            while self._memory_used > self.memory_bytes:
                _, (evicted, _) = self._memory.popitem(last=False)
                self._memory_used -= len(evicted)
        return entry

    async def path_of(self, key: RenditionKey) -> Path:
        """The rendition's file, rendered first if it is not there yet."""
        target = self.directory / key.filename
        if target.is_file():
            return target
        source = self.directory / key.original
        if not STORED_NAME.match(key.original) or not source.is_file():
            raise NotFound("No such image")
        lock, waiters = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, waiters + 1)
        try:
            async with lock:
                if not target.is_file():  # the first waiter rendered it while we waited
                    await to_thread.run_sync(
                        render, source, target, key.width, FORMATS[key.fmt],
                        limiter=self.limiter(),
                    )  # fmt: skip
                    self.renders += 1
        finally:
            lock_, waiters = self._locks[key]
            if waiters <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock_, waiters - 1)
        return target

    async def delete_all(self, original: str) -> None:
        """Remove every rendition of `original` (idempotent)."""
        if not STORED_NAME.match(original):
            return
        stem = original.rsplit(".", 1)[0]
        for key in [k for k in self._memory if k.original == original]:
            self._memory_used -= len(self._memory.pop(key)[0])

        def remove() -> None:
            for path in self.directory.glob(f"{stem}.w*.*"):
                path.unlink(missing_ok=True)

        await to_thread.run_sync(remove)
