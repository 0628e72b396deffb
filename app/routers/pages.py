"""Marketing pages: public reads of published pages, admin-only writes."""

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response, status

from app.deps import AdminPage, AdminUser, Pagination, PublicCache
from app.routers.cached_reads import page_key, pages_key
from app.schemas.common import Paginated
from app.schemas.pages import PageCreate, PagePrivate, PagePublic, PageSummary, PageUpdate
from app.services import pages, public
from core.errors import error_responses
from core.http_cache import NOT_MODIFIED

router = APIRouter(prefix="/pages", tags=["pages"])


@router.get("", response_model=Paginated[PageSummary], responses=NOT_MODIFIED)
async def list_pages(request: Request, cache: PublicCache, paging: Pagination) -> Response:
    """Published pages, by slug, without their bodies."""
    return await cache.respond(
        request,
        pages_key(paging.page, paging.per_page),
        lambda: public.pages_page(page=paging.page, per_page=paging.per_page),
    )


@router.get(
    "/{slug}", response_model=PagePublic, responses={**NOT_MODIFIED, **error_responses(404)}
)
async def get_page(
    request: Request, cache: PublicCache, slug: Annotated[str, Path(max_length=200)]
) -> Response:
    """One published page by slug."""
    return await cache.respond(request, page_key(slug), lambda: public.page(slug))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PagePrivate,
    responses=error_responses(401, 403, 409),
)
async def create_page(body: PageCreate, _admin: AdminUser) -> PagePrivate:
    """Create a page (admin)."""
    return PagePrivate.model_validate(await pages.create_page(data=body))


@router.put("/{page_id}", response_model=PagePrivate, responses=error_responses(401, 403, 404, 409))
async def update_page(page: AdminPage, body: PageUpdate) -> PagePrivate:
    """Edit a page (admin); only the fields sent change."""
    return PagePrivate.model_validate(await pages.update_page(page=page, data=body))


@router.delete(
    "/{page_id}", status_code=status.HTTP_204_NO_CONTENT, responses=error_responses(401, 403, 404)
)
async def delete_page(page: AdminPage) -> None:
    """Delete a page (admin)."""
    await pages.delete_page(page=page)
