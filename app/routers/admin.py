"""Admin views of content the public cannot see."""

from fastapi import APIRouter

from app.deps import AdminPage, AdminUser, Pagination
from app.schemas.common import Paginated
from app.schemas.pages import PagePrivate, PageSummary
from app.services import pages
from core.errors import error_responses

router = APIRouter(prefix="/admin", tags=["admin"], responses=error_responses(401, 403))


@router.get("/pages", response_model=Paginated[PageSummary])
async def list_all_pages(paging: Pagination, _admin: AdminUser) -> Paginated[PageSummary]:
    """Every page, drafts included."""
    items, total = await pages.list_pages(
        page=paging.page, per_page=paging.per_page, published_only=False
    )
    return Paginated[PageSummary].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.get("/pages/{page_id}", response_model=PagePrivate, responses=error_responses(404))
async def get_any_page(page: AdminPage) -> PagePrivate:
    """One page by id, draft or published, with its Markdown source."""
    return PagePrivate.model_validate(page)
