"""The public read side as ready JSON bytes, for the response cache.

Each function returns (body, cacheable). Only real content is cacheable, so random slugs,
tags or page numbers cannot fill the cache: unknown slugs raise NotFound (errors are never
cached), and empty pages are served but not kept.
"""

from app.models import DocKind
from app.schemas.authors import PublicPostSummary
from app.schemas.blogs import PostSort
from app.schemas.common import Paginated
from app.schemas.pages import PagePublic, PageSummary
from app.schemas.site_settings import SiteSettingsPublic
from app.services import authors, pages, post_order, redirects, site_settings
from core.errors import NotFound


async def posts_page(
    *,
    page: int,
    per_page: int,
    tag: str | None,
    author: str | None = None,
    sort: PostSort = PostSort.CREATED_AT,
) -> tuple[bytes, bool]:
    items, total, complete = await _published(
        page=page, per_page=per_page, tag=tag, author=author, sort=sort
    )
    body = Paginated[PublicPostSummary].build(
        items=items, total=total, page=page, per_page=per_page
    )
    unfiltered_first = page == 1 and tag is None and author is None
    return body.model_dump_json().encode(), complete and (bool(items) or unfiltered_first)


async def _published(
    *, page: int, per_page: int, tag: str | None, author: str | None, sort: PostSort
) -> tuple[list[PublicPostSummary], int, bool]:
    """(items, total, complete) of a public list page: a slice of the read model's order
    (app/services/post_order.py); the query on the posts themselves only where no
    application has loaded one (scripts)."""
    order = post_order.current()
    if order is None or (tag is not None and author is not None):
        # Both filters at once: one author's posts with a tag, few; the owner index serves it.
        items, total = await authors.list_published(
            page=page, per_page=per_page, tag=tag, author=author, sort=sort
        )
        return items, total, True
    facet = post_order.tag_facet(tag) if tag is not None else None
    if author is not None:
        user = await authors.active_by_slug(author)
        if user is None or user.id is None:
            return [], 0, True
        facet = post_order.owner_facet(user.id)
    items, total, complete = await order.page(facet=facet, sort=sort, page=page, per_page=per_page)
    return await authors.with_authors(items), total, complete


async def post(slug: str) -> tuple[bytes, bool]:
    """The post, or `redirects.Moved` for an old slug of a published one (never cached)."""
    try:
        found = await authors.published_post(slug)
    except NotFound:
        await redirects.raise_if_moved(DocKind.POST, slug)
        raise
    return found.model_dump_json().encode(), True


async def author(slug: str) -> tuple[bytes, bool]:
    return (await authors.get_author(slug)).model_dump_json().encode(), True


async def pages_page(*, page: int, per_page: int) -> tuple[bytes, bool]:
    items, total = await pages.list_pages(page=page, per_page=per_page, published_only=True)
    body = Paginated[PageSummary].build(items=items, total=total, page=page, per_page=per_page)
    return body.model_dump_json().encode(), bool(items) or page == 1


async def page(slug: str) -> tuple[bytes, bool]:
    try:
        found = PagePublic.model_validate(await pages.get_published_by_slug(slug))
    except NotFound:
        await redirects.raise_if_moved(DocKind.PAGE, slug)
        raise
    return found.model_dump_json().encode(), True


async def settings(*, default_name: str) -> tuple[bytes, bool]:
    stored = await site_settings.get_site_settings(default_name=default_name)
    return SiteSettingsPublic.model_validate(stored).model_dump_json().encode(), True
