"""Marketing pages: admin-written, public once published (at once, or when `publish_at` is due)."""

from datetime import datetime
from typing import Any

from beanie import SortDirection
from pymongo import ReturnDocument

from app.models import DocKind, Page, User
from app.schemas.pages import PageCreate, PageSummary, PageUpdate
from app.schemas.revisions import PageRevisionContent
from app.services import (
    audit,
    content,
    content_events,
    editing,
    events,
    media,
    revisions,
    site_paths,
    slugs,
)
from core.errors import Conflict, NotFound

PAGE_NOT_FOUND = "Page not found"
DUE_BATCH = 100


async def create_page(*, data: PageCreate, actor: User | None = None) -> Page:
    body, source = await content.render_body(markdown_source=data.markdown, html=data.body)
    page = Page(
        **data.model_dump(exclude={"slug", "markdown", "body"}),
        slug=data.slug or slugs.slugify(data.title, fallback="page"),
        body=body,
        markdown=source,
        revision=1,
        og_image=await media.image_ref(data.og_image_url),
    )

    async def insert(unit: events.Unit) -> None:
        await page.insert(session=unit.session)
        first = list(revisions.FIELDS[DocKind.PAGE])
        await revisions.record(DocKind.PAGE, page, actor=actor, changed=first, session=unit.session)
        content_events.page_changed(unit, None, page)

    await slugs.insert_with_slug(
        page, explicit=data.slug is not None, insert=lambda: events.transact(insert)
    )
    return page


async def update_page(*, page: Page, data: PageUpdate, actor: User) -> Page:
    changes = data.model_dump(exclude_unset=True)
    if "markdown" in changes or "body" in changes:
        changes["body"], changes["markdown"] = await content.render_body(
            markdown_source=changes.pop("markdown", None), html=changes.pop("body", None)
        )
    return await _edit(page, actor, changes)


async def restore_revision(*, page: Page, actor: User, number: int) -> Page:
    """Put revision `number`'s content back as a new revision (re-rendered from its source)."""
    revision = await revisions.get(DocKind.PAGE, page.id, number)
    changes = PageRevisionContent.model_validate(revision.content).model_dump()
    source, html = changes.pop("markdown"), changes.pop("body")
    changes["body"], changes["markdown"] = await content.render_body(
        markdown_source=source, html=None if source is not None else html
    )
    return await _edit(page, actor, changes, restored_from=number)


async def _edit(
    page: Page, actor: User, changes: dict[str, Any], *, restored_from: int | None = None
) -> Page:
    if "og_image_url" in changes:  # the asset's facts travel with the URL (media)
        ref = await media.image_ref(changes["og_image_url"])
        changes["og_image"] = ref.model_dump() if ref is not None else None
    if not changes:
        return page
    # Only an unpublishing edit emits an event with a site path: read the patterns only then.
    paths = await site_paths.load() if changes.get("published") is False else site_paths.DEFAULT

    def announce(unit: events.Unit, before: Page, after: Page) -> None:
        content_events.page_changed(unit, before, after, paths=paths)

    result = await editing.apply(
        Page,
        DocKind.PAGE,
        page.id,
        changes,
        actor=actor,
        prepare=_schedule_rules,
        announce=announce,
        restored_from=restored_from,
    )
    if result is None:
        raise NotFound(PAGE_NOT_FOUND)
    return result[1]


def _schedule_rules(current: Page, changes: dict[str, Any]) -> dict[str, Any]:
    """`publish_at` belongs to unpublished pages: publishing clears it, and a published page
    cannot be given one without being unpublished in the same edit."""
    published = changes.get("published", current.published)
    if published and changes.get("publish_at") is not None:
        raise Conflict("This page is published; send published false to schedule it")
    if published:
        changes["publish_at"] = None
    return changes


async def delete_page(*, page: Page, actor: User | None = None) -> None:
    paths = await site_paths.load()

    async def delete(unit: events.Unit) -> bool:
        deleted = await Page.get_pymongo_collection().find_one_and_delete(
            {"_id": page.id}, session=unit.session
        )
        if deleted is not None:
            await editing.forget(DocKind.PAGE, page.id, unit)
            content_events.page_changed(unit, Page.model_validate(deleted), None, paths=paths)
        return deleted is not None

    if not await events.transact(delete):
        raise NotFound(PAGE_NOT_FOUND)
    await audit.record(
        actor=actor, action="page.delete", target=audit.target("page", page.id, page.title)
    )


async def publish_due(*, now: datetime) -> int:
    """Publish unpublished pages whose `publish_at` has come; each with one conditional update
    (still unpublished, still due), so with N processes each page is published once."""
    query = {"published": False, "publish_at": {"$lte": now}}
    published = 0
    for page in await Page.find(query).limit(DUE_BATCH).to_list():
        published += await _publish_due_page(page, now=now)
    return published


async def _publish_due_page(page: Page, *, now: datetime) -> int:
    async def publish(unit: events.Unit) -> bool:
        raw = await Page.get_pymongo_collection().find_one_and_update(
            {"_id": page.id, "published": False, "publish_at": {"$lte": now}},
            {"$set": {"published": True, "publish_at": None, "updated_at": now}},
            return_document=ReturnDocument.AFTER,
            session=unit.session,
        )
        if raw is not None:  # it was not public: the event is page.published
            content_events.page_changed(unit, None, Page.model_validate(raw))
        return raw is not None

    return int(await events.transact(publish))


async def get_page(page_id: str) -> Page:
    page = await content.get_by_id(Page, page_id)
    if page is None:
        raise NotFound(PAGE_NOT_FOUND)
    return page


async def get_published_by_slug(slug: str) -> Page:
    # By the unique slug alone, then the flag: an exact index hit on every planner.
    page = await Page.find_one(Page.slug == slug)
    if page is None or not page.published:
        raise NotFound(PAGE_NOT_FOUND)
    return page


async def list_pages(
    *, page: int, per_page: int, published_only: bool
) -> tuple[list[PageSummary], int]:
    query: dict[str, Any] = {"published": True} if published_only else {}
    return await content.paginate(
        Page,
        query,
        sort=[("slug", SortDirection.ASCENDING)],
        projection=PageSummary,
        page=page,
        per_page=per_page,
    )
