"""Marketing pages: public reads of published pages, admin-only writes."""

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response, status

from app.deps import AdminUser, Pagination, PublicCache
from app.limits import SLUG_LOOKUP_MAX
from app.routers import admin as admin_router
from app.routers.cached_reads import API, page_key, pages_key
from app.routers.moved import MOVED_RESPONSE, moved_response
from app.schemas.common import Paginated
from app.schemas.pages import PageCreate, PagePrivate, PagePublic, PageSummary
from app.services import pages, public, redirects
from core.errors import error_responses
from core.openapi import cached_responses

router = APIRouter(prefix="/pages", tags=["pages"])


@router.get("", response_model=Paginated[PageSummary], responses=cached_responses())
async def list_pages(request: Request, cache: PublicCache, paging: Pagination) -> Response:
    """Published pages, by slug, without their bodies."""
    return await cache.respond(
        request,
        pages_key(paging.page, paging.per_page),
        lambda: public.pages_page(page=paging.page, per_page=paging.per_page),
    )


@router.get(
    "/{slug}", response_model=PagePublic, responses={**cached_responses(404), **MOVED_RESPONSE}
)
async def get_page(
    request: Request, cache: PublicCache, slug: Annotated[str, Path(max_length=SLUG_LOOKUP_MAX)]
) -> Response:
    """One published page by slug; an old slug of a published page is a 301 to its new one."""
    try:
        return await cache.respond(request, page_key(slug), lambda: public.page(slug))
    except redirects.Moved as moved:
        return moved_response(f"{API}/pages/{moved.slug}", moved.slug, cache)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PagePrivate,
    responses=error_responses(401, 403, 409),
)
async def create_page(body: PageCreate, admin: AdminUser) -> PagePrivate:
    """Create a page (admin)."""
    return PagePrivate.model_validate(await pages.create_page(data=body, actor=admin))


# Writes by id live at /admin/pages/{page_id}; these aliases keep round-one clients working
# without two paths that differ only by parameter name in the OpenAPI document.
router.add_api_route(
    "/{page_id}", admin_router.update_page, methods=["PUT"], include_in_schema=False
)
router.add_api_route(
    "/{page_id}",
    admin_router.delete_page,
    methods=["DELETE"],
    status_code=status.HTTP_204_NO_CONTENT,
    include_in_schema=False,
)
