"""Which event a change to a post, a page or the settings is, and what it carries.

`data` is the public representation (what `GET /posts/{slug}` would answer); for content that
left public view (unpublished, deleted) it is only `{id, slug, path}`, the path built from
`paths` (the site settings' patterns, `site_paths.load()`; the defaults when not given).
`previous_slug` is added when a public document's slug changed.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from app.models import Blog, Page, SiteSettings, User
from app.models.event import EventType
from app.schemas.authors import AuthorRef
from app.schemas.blogs import BlogPublic
from app.schemas.pages import PagePublic
from app.schemas.site_settings import SiteSettingsPublic
from app.services import site_paths
from app.services.events import Unit


@dataclass(frozen=True, slots=True)
class _Kind:
    published: EventType
    updated: EventType
    unpublished: EventType
    deleted: EventType
    public: type[BaseModel]
    path: Callable[[site_paths.SitePaths, str], str]


_POST = _Kind(
    EventType.POST_PUBLISHED, EventType.POST_UPDATED, EventType.POST_UNPUBLISHED,
    EventType.POST_DELETED, BlogPublic, site_paths.SitePaths.post,
)  # fmt: skip
_PAGE = _Kind(
    EventType.PAGE_PUBLISHED, EventType.PAGE_UPDATED, EventType.PAGE_UNPUBLISHED,
    EventType.PAGE_DELETED, PagePublic, site_paths.SitePaths.page,
)  # fmt: skip


def post_changed(
    unit: Unit,
    before: Blog | None,
    after: Blog | None,
    *,
    paths: site_paths.SitePaths = site_paths.DEFAULT,
) -> None:
    """Emit the event for a post going from `before` to `after` (None: absent)."""
    _changed(unit, _POST, before, after, paths)


def page_changed(
    unit: Unit,
    before: Page | None,
    after: Page | None,
    *,
    paths: site_paths.SitePaths = site_paths.DEFAULT,
) -> None:
    _changed(unit, _PAGE, before, after, paths)


def _changed(
    unit: Unit,
    kind: _Kind,
    before: Blog | Page | None,
    after: Blog | Page | None,
    paths: site_paths.SitePaths,
) -> None:
    was_public = before is not None and before.published
    if after is None:
        if before is not None and was_public:
            data = _gone(before.id, before.slug, kind.path(paths, before.slug))
            unit.emit(kind.deleted, subject_id=before.id, slug=before.slug, data=data)
        return
    if after.published:
        event = kind.updated if was_public else kind.published
        data = kind.public.model_validate(after).model_dump(mode="json")
    elif was_public:
        event = kind.unpublished
        data = _gone(after.id, after.slug, kind.path(paths, after.slug))
    else:
        return  # a draft changed: the public site did not
    if before is not None and before.slug != after.slug:
        data["previous_slug"] = before.slug
    unit.emit(event, subject_id=after.id, slug=after.slug, data=data)


def settings_changed(unit: Unit, after: SiteSettings) -> None:
    data = SiteSettingsPublic.model_validate(after).model_dump(mode="json")
    unit.emit(EventType.SETTINGS_UPDATED, data=data)


def _gone(doc_id: object, slug: str, path: str) -> dict[str, Any]:
    return {"id": str(doc_id), "slug": slug, "path": path}


def author_changed(unit: Unit, after: User) -> None:
    """An author's public profile changed: it is shown with every post of theirs."""
    data = AuthorRef(name=after.display_name, slug=after.slug, avatar=after.avatar).model_dump()
    unit.emit(EventType.AUTHOR_UPDATED, subject_id=after.id, slug=after.slug, data=data)
