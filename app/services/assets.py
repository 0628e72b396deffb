"""The record of every stored file (`assets`): who owns it, what it is, how big.

Uploads and generated images are recorded here when stored, so a user's storage can be
counted against `UPLOAD_QUOTA_MB`, and files that nothing references can be removed after a
grace period (`cleanup_orphans`, run by a background loop). The media library builds on
this module.
"""

import logging
import re
from datetime import datetime, timedelta
from typing import Any

from beanie import Document, PydanticObjectId

from app.models import Asset, Blog, Page, Revision, SiteSettings, StudioSession, User
from app.services.storage import ImageStorage
from core.errors import AppError

logger = logging.getLogger(__name__)

# Where stored files can be referenced, by model and field. A feature that stores upload
# URLs elsewhere (revisions, studio sessions...) adds its collection here.
# Every place that may hold an upload URL: the cleanup keeps a file any of them names.
REFERENCES: tuple[tuple[type[Document], tuple[str, ...]], ...] = (
    (Blog, ("featured_image_url", "og_image_url", "body", "markdown")),
    (Page, ("og_image_url", "body", "markdown")),
    (SiteSettings, ("logo_url",)),
    (User, ("avatar",)),
    (Revision, ("content",)),  # a restore may bring an old image back
    (StudioSession, ("cover",)),
)
_UPLOAD_NAME = re.compile(r"/uploads/([A-Za-z0-9_-]+\.[A-Za-z0-9]+)")
CLEANUP_BATCH = 500


class QuotaExceeded(AppError):
    status_code = 413
    code = "quota_exceeded"
    default_detail = "Your storage quota is used up; delete some images first"


async def record(
    *,
    filename: str,
    content_type: str,
    width: int,
    height: int,
    size: int,
    owner: PydanticObjectId,
    alt: str = "",
    placeholder: str = "",
) -> Asset:
    asset = Asset(
        filename=filename,
        alt=alt,
        placeholder=placeholder,
        content_type=content_type,
        width=width,
        height=height,
        bytes=size,
        owner=owner,
    )
    await asset.insert()
    return asset


async def forget(filename: str) -> None:
    await Asset.find_one(Asset.filename == filename).delete()


async def bytes_used(owner: PydanticObjectId) -> int:
    """Total bytes of the files `owner` has stored."""
    pipeline: list[dict[str, Any]] = [
        {"$match": {"owner": owner}},
        {"$group": {"_id": None, "total": {"$sum": "$bytes"}}},
    ]
    rows = await Asset.get_pymongo_collection().aggregate(pipeline)
    async for row in rows:
        return int(row["total"])
    return 0


async def referenced_filenames() -> set[str]:
    """Every stored-file name that a post, page or the site settings mention."""
    names: set[str] = set()
    for model, fields in REFERENCES:
        cursor = model.get_pymongo_collection().find({}, dict.fromkeys(fields, 1))
        async for document in cursor:
            for field in fields:
                value = document.get(field)
                if isinstance(value, dict):  # nested: a revision's content, a session's cover
                    value = " ".join(str(v) for v in value.values())
                if isinstance(value, str):
                    names.update(_UPLOAD_NAME.findall(value))
    return names


async def cleanup_orphans(*, storage: ImageStorage, grace: timedelta, now: datetime) -> int:
    """Delete files older than `grace` that nothing references; how many went.

    Idempotent and safe with several processes: each record is claimed by a conditional
    delete, and only the process whose delete removed it deletes the file.
    """
    cutoff = now - grace
    candidates = await Asset.find(Asset.created_at < cutoff).limit(CLEANUP_BATCH).to_list()
    if not candidates:
        return 0
    referenced = await referenced_filenames()
    removed = 0
    for asset in candidates:
        if asset.filename in referenced:
            continue
        claim = await Asset.get_pymongo_collection().delete_one(
            {"_id": asset.id, "created_at": {"$lt": cutoff}}
        )
        if claim.deleted_count == 1:
            await storage.delete(asset.filename)
            removed += 1
    if removed:
        logger.info("removed %d unreferenced uploads older than %s", removed, grace)
    return removed


async def is_referenced(filename: str) -> bool:
    """Whether a post, page or the site settings mention `/uploads/<filename>` (as
    `referenced_filenames` reads them, for one file: one indexed-free query per collection)."""
    pattern = {"$regex": re.escape(f"/uploads/{filename}") + r"(?![A-Za-z0-9_.-])"}
    for model, fields in REFERENCES:
        query = {"$or": [{field: pattern} for field in fields]}
        if await model.get_pymongo_collection().find_one(query, {"_id": 1}) is not None:
            return True
    return False
