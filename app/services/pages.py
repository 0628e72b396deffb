"""Marketing pages: admin-written, public once published."""

from typing import Any

from beanie import SortDirection

from app.models import Page, User
from app.schemas.pages import PageCreate, PageSummary, PageUpdate
from app.services import audit, content, content_events, events, media, slugs
from core.errors import NotFound

PAGE_NOT_FOUND = "Page not found"


async def create_page(*, data: PageCreate) -> Page:
    body, source = await content.render_body(markdown_source=data.markdown, html=data.body)
    page = Page(
        **data.model_dump(exclude={"slug", "markdown", "body"}),
        slug=data.slug or slugs.slugify(data.title, fallback="page"),
        body=body,
        markdown=source,
        og_image=await media.image_ref(data.og_image_url),
    )

    async def insert(unit: events.Unit) -> None:
        await page.insert(session=unit.session)
        content_events.page_changed(unit, None, page)

    await slugs.insert_with_slug(
        page, explicit=data.slug is not None, insert=lambda: events.transact(insert)
    )
    return page


async def update_page(*, page: Page, data: PageUpdate) -> Page:
    changes = data.model_dump(exclude_unset=True)
    if "markdown" in changes or "body" in changes:
        changes["body"], changes["markdown"] = await content.render_body(
            markdown_source=changes.pop("markdown", None), html=changes.pop("body", None)
        )
    if "og_image_url" in changes:
        ref = await media.image_ref(changes["og_image_url"])
        changes["og_image"] = ref.model_dump() if ref is not None else None
    if not changes:
        return page

    async def update(unit: events.Unit) -> Page | None:
        updated = await content.update_fields(Page, page.id, changes, session=unit.session)
        if updated is not None:
            content_events.page_changed(unit, page, updated)
        return updated

    updated = await events.transact(update)
    if updated is None:
        raise NotFound(PAGE_NOT_FOUND)
    return updated


async def delete_page(*, page: Page, actor: User | None = None) -> None:
    async def delete(unit: events.Unit) -> bool:
        deleted = await Page.get_pymongo_collection().find_one_and_delete(
            {"_id": page.id}, session=unit.session
        )
        if deleted is not None:
            content_events.page_changed(unit, Page.model_validate(deleted), None)
        return deleted is not None

    if not await events.transact(delete):
        raise NotFound(PAGE_NOT_FOUND)
    await audit.record(
        actor=actor, action="page.delete", target=audit.target("page", page.id, page.title)
    )


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
