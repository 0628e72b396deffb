"""Where images live. Routers and services see only `ImageStorage`, so an S3-compatible
backend can replace the local directory without touching them."""

import os
import re
import secrets
from pathlib import Path
from typing import Protocol

from anyio import to_thread

# The names `save` hands out: anything else (a path, a dot file) is never touched.
_STORED_NAME = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9]+$")


class ImageStorage(Protocol):
    async def save(self, data: bytes, *, suffix: str) -> str:
        """Store `data` under a fresh random name ending in `suffix`; return the name."""
        ...

    async def delete(self, name: str) -> None:
        """Remove the file `name` if it is there (idempotent)."""
        ...


class LocalImageStorage:
    """A directory (a shared volume when several processes serve the API), served at /uploads."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def save(self, data: bytes, *, suffix: str) -> str:
        name = f"{secrets.token_hex(16)}{suffix}"
        await to_thread.run_sync(self._write_atomically, data, name)
        return name

    async def delete(self, name: str) -> None:
        if not _STORED_NAME.match(name):
            raise ValueError(f"not a stored file name: {name!r}")
        await to_thread.run_sync(self._delete, self.directory / name)

    @staticmethod
    def _delete(path: Path) -> None:
        path.unlink(missing_ok=True)

    def _write_atomically(self, data: bytes, name: str) -> None:
        # Write a hidden temp file, then rename: readers never see a partial image, and a
        # failure leaves nothing behind.
        self.directory.mkdir(parents=True, exist_ok=True)
        temp = self.directory / f".{name}.part"
        try:
            with temp.open("xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.directory / name)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
