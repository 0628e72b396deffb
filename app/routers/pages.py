"""Marketing pages: public reads of published pages, admin-only writes."""

from typing import Annotated

from fastapi import APIRouter, Path, status

from app.deps import AdminPage, AdminUser, Pagination
from app.schemas.common import Paginated
from app.schemas.pages import PageCreate, PagePrivate, PagePublic, PageSummary, PageUpdate
from app.services import pages
from core.errors import error_responses

router = APIRouter(prefix="/pages", tags=["pages"])


@router.get("", response_model=Paginated[PageSummary])
async def list_pages(paging: Pagination) -> Paginated[PageSummary]:
    """Published pages, by slug, without their bodies."""
    items, total = await pages.list_pages(
        page=paging.page, per_page=paging.per_page, published_only=True
    )
    return Paginated[PageSummary].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.get("/{slug}", response_model=PagePublic, responses=error_responses(404))
async def get_page(slug: Annotated[str, Path(max_length=200)]) -> PagePublic:
    """One published page by slug."""
    return PagePublic.model_validate(await pages.get_published_by_slug(slug))


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
