"""Which event a change to a post, a page or the settings is, and what it carries.

`data` is the public representation (what `GET /posts/{slug}` would answer); for content that
left public view (unpublished, deleted) it is only `{id, slug, path}`, the path built from
`paths` (the site settings' patterns, `site_paths.load()`; the defaults when not given).
`previous_slug` is added when a public document's slug changed.
"""

from typing import Any

from app.models import Blog, Page, SiteSettings
from app.models.event import EventType
from app.schemas.blogs import BlogPublic
from app.schemas.pages import PagePublic
from app.schemas.site_settings import SiteSettingsPublic
from app.services import site_paths
from app.services.events import Unit

_POST = (EventType.POST_PUBLISHED, EventType.POST_UPDATED, EventType.POST_UNPUBLISHED)
_PAGE = (EventType.PAGE_PUBLISHED, EventType.PAGE_UPDATED, EventType.PAGE_UNPUBLISHED)


def _kind_of_change(was_public: bool, is_public: bool) -> int | None:
    """Index into (published, updated, unpublished), or None when the public site is untouched."""
    if is_public:
        return 1 if was_public else 0
    return 2 if was_public else None


def post_changed(
    unit: Unit,
    before: Blog | None,
    after: Blog | None,
    *,
    paths: site_paths.SitePaths = site_paths.DEFAULT,
) -> None:
    """Emit the event for a post going from `before` to `after` (None: absent)."""
    was_public = before is not None and before.published
    if after is None:
        if was_public and before is not None:
            unit.emit(
                EventType.POST_DELETED,
                subject_id=before.id,
                slug=before.slug,
                data=_gone(before.id, before.slug, paths.post(before.slug)),
            )
        return
    which = _kind_of_change(was_public, after.published)
    if which is None:
        return
    if after.published:
        data = BlogPublic.model_validate(after).model_dump(mode="json")
    else:
        data = _gone(after.id, after.slug, paths.post(after.slug))
    _add_previous_slug(data, before.slug if before else None, after.slug)
    unit.emit(_POST[which], subject_id=after.id, slug=after.slug, data=data)


def page_changed(
    unit: Unit,
    before: Page | None,
    after: Page | None,
    *,
    paths: site_paths.SitePaths = site_paths.DEFAULT,
) -> None:
    was_public = before is not None and before.published
    if after is None:
        if was_public and before is not None:
            unit.emit(
                EventType.PAGE_DELETED,
                subject_id=before.id,
                slug=before.slug,
                data=_gone(before.id, before.slug, paths.page(before.slug)),
            )
        return
    which = _kind_of_change(was_public, after.published)
    if which is None:
        return
    if after.published:
        data = PagePublic.model_validate(after).model_dump(mode="json")
    else:
        data = _gone(after.id, after.slug, paths.page(after.slug))
    _add_previous_slug(data, before.slug if before else None, after.slug)
    unit.emit(_PAGE[which], subject_id=after.id, slug=after.slug, data=data)


def settings_changed(unit: Unit, after: SiteSettings) -> None:
    data = SiteSettingsPublic.model_validate(after).model_dump(mode="json")
    unit.emit(EventType.SETTINGS_UPDATED, data=data)


def _gone(doc_id: object, slug: str, path: str) -> dict[str, Any]:
    return {"id": str(doc_id), "slug": slug, "path": path}


def _add_previous_slug(data: dict[str, Any], before: str | None, after: str) -> None:
    if before is not None and before != after:
        data["previous_slug"] = before
