"""The site-settings singleton: public to read, admin to change."""

from datetime import UTC, datetime
from typing import Any

from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError

from app.models import SiteSettings, User
from app.models.common import utcnow
from app.models.site_settings import SINGLETON_KEY
from app.schemas.site_settings import MAX_SOCIAL_LINKS, SiteSettingsUpdate
from app.services import audit, content_events, events, media
from core.errors import Conflict, Unprocessable

# Unsaved defaults report a fixed time, so the response (and its ETag) is stable.
NEVER_SAVED = datetime(1970, 1, 1, tzinfo=UTC)
_ATTEMPTS = 5


def defaults(*, site_name: str) -> SiteSettings:
    return SiteSettings(site_name=site_name, updated_at=NEVER_SAVED)


async def get_site_settings(*, default_name: str) -> SiteSettings:
    """The stored settings, or defaults (not stored) before anyone has saved any."""
    stored = await SiteSettings.find_one(SiteSettings.key == SINGLETON_KEY)
    return stored or defaults(site_name=default_name)


def merge_links(links: dict[str, str], patch: dict[str, str | None]) -> dict[str, str]:
    """`links` with `patch` applied: a URL adds or replaces its name, `null` removes it."""
    merged = dict(links)
    for name, url in patch.items():
        if url is None:
            merged.pop(name, None)
        else:
            merged[name] = url
    if len(merged) > MAX_SOCIAL_LINKS:
        raise Unprocessable(f"At most {MAX_SOCIAL_LINKS} social links; remove some first")
    return merged


async def update_site_settings(
    *, data: SiteSettingsUpdate, default_name: str, actor: User | None = None
) -> SiteSettings:
    """Partial update with one atomic upsert, so concurrent first writes cannot make two.

    `social_links` merges into the stored map. The merge is computed here (link names may
    hold dots, which MongoDB field paths cannot address) and written only if the map is still
    the one read, so two concurrent merges cannot lose each other's links.
    """
    changes = data.model_dump(exclude_unset=True)
    patch = changes.pop("social_links", None)
    if "logo_url" in changes:  # a copy of our asset's facts, for `logo` in answers (#11)
        ref = await media.image_ref(changes["logo_url"])
        changes["logo"] = ref.model_dump() if ref is not None else None
    fresh = defaults(site_name=default_name).model_dump(exclude={"id", "key", "revision_id"})
    collection = SiteSettings.get_pymongo_collection()
    for _ in range(_ATTEMPTS):
        fields = dict(changes)
        guard: dict[str, Any] = {}
        upsert = True
        if patch is not None:
            current = await collection.find_one({"key": SINGLETON_KEY}, {"social_links": 1})
            links = current.get("social_links", {}) if current else {}
            fields["social_links"] = merge_links(links, patch)
            # No document yet: the guard matches nothing, so a concurrent first write makes
            # our upsert a duplicate key (and we merge again) instead of being overwritten.
            guard = {"social_links": links if current else {"$exists": False}}
            upsert = current is None
        on_insert = {k: v for k, v in fresh.items() if k not in fields and k != "updated_at"}

        async def update(
            unit: events.Unit, fields: dict[str, Any] = fields, guard: dict[str, Any] = guard,
            upsert: bool = upsert, on_insert: dict[str, Any] = on_insert,
        ) -> SiteSettings | None:  # fmt: skip
            document = await collection.find_one_and_update(
                {"key": SINGLETON_KEY, **guard},
                {"$set": {**fields, "updated_at": utcnow()}, "$setOnInsert": on_insert},
                upsert=upsert,
                return_document=ReturnDocument.AFTER,
                session=unit.session,
            )
            if document is None:
                return None
            stored: SiteSettings = SiteSettings.model_validate(document)
            content_events.settings_changed(unit, stored)
            return stored

        try:
            stored = await events.transact(update)
        except DuplicateKeyError:
            continue
        if stored is None:
            continue  # the links changed since we read them: merge again
        await audit.record(
            actor=actor, action="settings.update", details={"fields": sorted(data.model_fields_set)}
        )
        return stored
    raise Conflict("The site settings are being changed concurrently; try again")
