"""The site-settings singleton: public to read, admin to change."""

from datetime import UTC, datetime

from pymongo import ReturnDocument

from app.models import SiteSettings, User
from app.models.common import utcnow
from app.models.site_settings import SINGLETON_KEY
from app.schemas.site_settings import SiteSettingsUpdate
from app.services import audit, content_version

# Unsaved defaults report a fixed time, so the response (and its ETag) is stable.
NEVER_SAVED = datetime(1970, 1, 1, tzinfo=UTC)


def defaults(*, site_name: str) -> SiteSettings:
    return SiteSettings(site_name=site_name, updated_at=NEVER_SAVED)


async def get_site_settings(*, default_name: str) -> SiteSettings:
    """The stored settings, or defaults (not stored) before anyone has saved any."""
    stored = await SiteSettings.find_one(SiteSettings.key == SINGLETON_KEY)
    return stored or defaults(site_name=default_name)


async def update_site_settings(
    *, data: SiteSettingsUpdate, default_name: str, actor: User | None = None
) -> SiteSettings:
    """Partial update with one atomic upsert, so concurrent first writes cannot make two."""
    changes = data.model_dump(exclude_unset=True)
    fresh = defaults(site_name=default_name).model_dump(exclude={"id", "key", "revision_id"})
    on_insert = {k: v for k, v in fresh.items() if k not in changes and k != "updated_at"}
    document = await SiteSettings.get_pymongo_collection().find_one_and_update(
        {"key": SINGLETON_KEY},
        {"$set": {**changes, "updated_at": utcnow()}, "$setOnInsert": on_insert},
        upsert=True,
        return_document=ReturnDocument.AFTER,
    )
    stored: SiteSettings = SiteSettings.model_validate(document)
    await audit.record(actor=actor, action="settings.update", details={"fields": sorted(changes)})
    await content_version.bump()
    return stored
