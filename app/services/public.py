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
from app.services import authors, pages, redirects, site_settings
from core.errors import NotFound


async def posts_page(
    *,
    page: int,
    per_page: int,
    tag: str | None,
    author: str | None = None,
    sort: PostSort = PostSort.CREATED_AT,
) -> tuple[bytes, bool]:
    items, total = await authors.list_published(
        page=page, per_page=per_page, tag=tag, author=author, sort=sort
    )
    body = Paginated[PublicPostSummary].build(
        items=items, total=total, page=page, per_page=per_page
    )
    unfiltered_first = page == 1 and tag is None and author is None
    return body.model_dump_json().encode(), bool(items) or unfiltered_first


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
