"""Revisions of posts (owner or admin) and pages (admin): list, read one, restore one."""

from typing import Annotated

from fastapi import APIRouter, Path

from app.deps import AdminPage, AdminUser, CurrentUser, Pagination, VisibleBlog
from app.models import DocKind
from app.schemas.blogs import BlogPrivate
from app.schemas.common import Paginated
from app.schemas.pages import PagePrivate
from app.schemas.revisions import BlogRevision, PageRevision, RevisionSummary
from app.services import blogs, pages, revisions
from core.errors import error_responses

router = APIRouter()
Number = Annotated[int, Path(ge=1, le=2**31 - 1, description="The revision number")]


@router.get(
    "/blogs/{blog_id}/revisions",
    tags=["blogs"],
    response_model=Paginated[RevisionSummary],
    responses=error_responses(401, 404),
)
async def list_blog_revisions(blog: VisibleBlog, paging: Pagination) -> Paginated[RevisionSummary]:
    """This post's revisions, newest first, without bodies (owner or admin)."""
    assert blog.id is not None
    items, total = await revisions.list_for(
        DocKind.POST, blog.id, page=paging.page, per_page=paging.per_page
    )
    return Paginated[RevisionSummary].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.get(
    "/blogs/{blog_id}/revisions/{number}",
    tags=["blogs"],
    response_model=BlogRevision,
    responses=error_responses(401, 404),
)
async def get_blog_revision(blog: VisibleBlog, number: Number) -> BlogRevision:
    """One revision of this post, with every content field."""
    return BlogRevision.model_validate(await revisions.get(DocKind.POST, blog.id, number))


@router.post(
    "/blogs/{blog_id}/revisions/{number}/restore",
    tags=["blogs"],
    response_model=BlogPrivate,
    responses=error_responses(401, 404, 409),
)
async def restore_blog_revision(
    blog: VisibleBlog, number: Number, user: CurrentUser
) -> BlogPrivate:
    """Make this revision's content current again, as a new revision (writers: their own
    saved or rejected posts; admins: any, and a published post's public copy changes)."""
    restored = await blogs.restore_revision(blog=blog, actor=user, number=number)
    return BlogPrivate.model_validate(restored)


@router.get(
    "/admin/pages/{page_id}/revisions",
    tags=["admin"],
    response_model=Paginated[RevisionSummary],
    responses=error_responses(401, 403, 404),
)
async def list_page_revisions(page: AdminPage, paging: Pagination) -> Paginated[RevisionSummary]:
    """This page's revisions, newest first, without bodies."""
    assert page.id is not None
    items, total = await revisions.list_for(
        DocKind.PAGE, page.id, page=paging.page, per_page=paging.per_page
    )
    return Paginated[RevisionSummary].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.get(
    "/admin/pages/{page_id}/revisions/{number}",
    tags=["admin"],
    response_model=PageRevision,
    responses=error_responses(401, 403, 404),
)
async def get_page_revision(page: AdminPage, number: Number) -> PageRevision:
    """One revision of this page, with every content field."""
    return PageRevision.model_validate(await revisions.get(DocKind.PAGE, page.id, number))


@router.post(
    "/admin/pages/{page_id}/revisions/{number}/restore",
    tags=["admin"],
    response_model=PagePrivate,
    responses=error_responses(401, 403, 404, 409),
)
async def restore_page_revision(page: AdminPage, number: Number, admin: AdminUser) -> PagePrivate:
    """Make this revision's content current again, as a new revision."""
    restored = await pages.restore_revision(page=page, actor=admin, number=number)
    return PagePrivate.model_validate(restored)
