"""The public read side as ready JSON bytes, for the response cache.

Each function returns (body, cacheable). Only real content is cacheable, so random slugs,
tags or page numbers cannot fill the cache: unknown slugs raise NotFound (errors are never
cached), and empty pages are served but not kept.
"""

from app.schemas.blogs import BlogPublic, BlogSummary
from app.schemas.common import Paginated
from app.schemas.pages import PagePublic, PageSummary
from app.schemas.site_settings import SiteSettingsPublic
from app.services import blogs, pages, post_order, site_settings


async def posts_page(*, page: int, per_page: int, tag: str | None) -> tuple[bytes, bool]:
    # A slice of the read model (app/services/post_order.py); the query on the posts
    # themselves only where no application has loaded one (scripts).
    order = post_order.current()
    if order is not None:
        items, total, complete = await order.page(tag=tag, page=page, per_page=per_page)
    else:
        items, total = await blogs.list_published(page=page, per_page=per_page, tag=tag)
        complete = True
    body = Paginated[BlogSummary].build(items=items, total=total, page=page, per_page=per_page)
    return body.model_dump_json().encode(), complete and (
        bool(items) or (page == 1 and tag is None)
    )


async def post(slug: str) -> tuple[bytes, bool]:
    found = BlogPublic.model_validate(await blogs.get_published_by_slug(slug))
    return found.model_dump_json().encode(), True


async def pages_page(*, page: int, per_page: int) -> tuple[bytes, bool]:
    items, total = await pages.list_pages(page=page, per_page=per_page, published_only=True)
    body = Paginated[PageSummary].build(items=items, total=total, page=page, per_page=per_page)
    return body.model_dump_json().encode(), bool(items) or page == 1


async def page(slug: str) -> tuple[bytes, bool]:
    found = PagePublic.model_validate(await pages.get_published_by_slug(slug))
    return found.model_dump_json().encode(), True


async def settings(*, default_name: str) -> tuple[bytes, bool]:
    stored = await site_settings.get_site_settings(default_name=default_name)
    return SiteSettingsPublic.model_validate(stored).model_dump_json().encode(), True
