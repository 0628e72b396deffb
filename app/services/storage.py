"""Where images live. Routers and services see only `ImageStorage`, so an S3-compatible
backend can replace the local directory without touching them."""

import os
import secrets
from pathlib import Path
from typing import Protocol

import anyio.to_thread


class ImageStorage(Protocol):
    async def save(self, data: bytes, *, suffix: str) -> str:
        """Store `data` under a fresh random name ending in `suffix`; return the name."""
        ...

    async def exists(self, name: str) -> bool:
        """Whether an image of this (plain, validated) name is stored."""
        ...


class LocalImageStorage:
    """A directory (a shared volume when several processes serve the API), served at /uploads."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def save(self, data: bytes, *, suffix: str) -> str:
        name = f"{secrets.token_hex(16)}{suffix}"
        await anyio.to_thread.run_sync(self._write_atomically, data, name)
        return name

    async def exists(self, name: str) -> bool:
        path = self.directory / name
        exists: bool = await anyio.to_thread.run_sync(path.is_file)
        return exists

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
