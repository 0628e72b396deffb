"""Moderation, dashboards, users, and content the public cannot see (admin only)."""

from typing import Annotated

from beanie import PydanticObjectId
from fastapi import APIRouter, Body, Query, status

from app.deps import AdminBlog, AdminPage, AdminUser, Pagination
from app.models import BlogStatus, Role
from app.schemas.admin import AdminStats, UserAdminUpdate
from app.schemas.blogs import BlogPrivate, BlogPrivateSummary, RejectRequest
from app.schemas.common import Paginated
from app.schemas.pages import PagePrivate, PageSummary, PageUpdate
from app.schemas.schedule import ApproveRequest
from app.schemas.users import UserPublic
from app.services import blogs, pages, stats, users, workflow
from core.errors import error_responses

router = APIRouter(prefix="/admin", tags=["admin"], responses=error_responses(401, 403))

ObjectIdQuery = Annotated[PydanticObjectId | None, Query(description="A user id")]


@router.get("/blogs", response_model=Paginated[BlogPrivateSummary])
async def list_review_queue(
    _admin: AdminUser,
    paging: Pagination,
    status: Annotated[BlogStatus | None, Query()] = None,
    owner: ObjectIdQuery = None,
) -> Paginated[BlogPrivateSummary]:
    """Every post, newest first; filter by status (the moderation queue is `pending`) or owner."""
    items, total = await blogs.list_posts(
        status=status,
        owner=owner,
        page=paging.page,
        per_page=paging.per_page,
    )
    return Paginated[BlogPrivateSummary].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.post(
    "/blogs/{blog_id}/approve", response_model=BlogPrivate, responses=error_responses(404, 409)
)
async def approve_blog(
    blog: AdminBlog, admin: AdminUser, body: Annotated[ApproveRequest | None, Body()] = None
) -> BlogPrivate:
    """Publish a pending post now, or with `publish_at` schedule it (status `scheduled`)."""
    if body is not None and body.publish_at is not None:
        moved = await workflow.transition(
            blog, action=workflow.Action.SCHEDULE, actor=admin, publish_at=body.publish_at
        )
    else:
        moved = await workflow.transition(blog, action=workflow.Action.APPROVE, actor=admin)
    return BlogPrivate.model_validate(moved)


@router.post(
    "/blogs/{blog_id}/unschedule", response_model=BlogPrivate, responses=error_responses(404, 409)
)
async def unschedule_blog(blog: AdminBlog, admin: AdminUser) -> BlogPrivate:
    """Take a scheduled post back to pending (its publish_at is cleared)."""
    moved = await workflow.transition(blog, action=workflow.Action.UNSCHEDULE, actor=admin)
    return BlogPrivate.model_validate(moved)


@router.post(
    "/blogs/{blog_id}/reject", response_model=BlogPrivate, responses=error_responses(404, 409)
)
async def reject_blog(blog: AdminBlog, admin: AdminUser, body: RejectRequest) -> BlogPrivate:
    """Send a pending post back to its author with feedback."""
    moved = await workflow.transition(
        blog, action=workflow.Action.REJECT, actor=admin, feedback=body.feedback
    )
    return BlogPrivate.model_validate(moved)


@router.post(
    "/blogs/{blog_id}/unpublish", response_model=BlogPrivate, responses=error_responses(404, 409)
)
async def unpublish_blog(blog: AdminBlog, admin: AdminUser) -> BlogPrivate:
    """Take a published post off the site (back to saved)."""
    moved = await workflow.transition(blog, action=workflow.Action.UNPUBLISH, actor=admin)
    return BlogPrivate.model_validate(moved)


@router.get("/stats", response_model=AdminStats)
async def get_admin_stats(_admin: AdminUser) -> AdminStats:
    """Posts per status and per author, and publications over the last 30 days."""
    return await stats.admin_stats()


@router.get("/users", response_model=Paginated[UserPublic])
async def list_users(
    _admin: AdminUser, paging: Pagination, role: Annotated[Role | None, Query()] = None
) -> Paginated[UserPublic]:
    """Every account, oldest first."""
    items, total = await users.list_users(role=role, page=paging.page, per_page=paging.per_page)
    return Paginated[UserPublic].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.patch("/users/{user_id}", response_model=UserPublic, responses=error_responses(404))
async def update_user(user_id: str, body: UserAdminUpdate, admin: AdminUser) -> UserPublic:
    """Change a user's role or deactivate them (their sessions end at once)."""
    updated = await users.update_user(user_id=user_id, actor=admin, data=body)
    return UserPublic.model_validate(updated)


@router.get("/pages", response_model=Paginated[PageSummary])
async def admin_list_pages(paging: Pagination, _admin: AdminUser) -> Paginated[PageSummary]:
    """Every page, drafts included."""
    items, total = await pages.list_pages(
        page=paging.page, per_page=paging.per_page, published_only=False
    )
    return Paginated[PageSummary].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.get("/pages/{page_id}", response_model=PagePrivate, responses=error_responses(404))
async def admin_get_page(page: AdminPage) -> PagePrivate:
    """One page by id, draft or published, with its Markdown source."""
    return PagePrivate.model_validate(page)


@router.put("/pages/{page_id}", response_model=PagePrivate, responses=error_responses(404, 409))
async def update_page(page: AdminPage, body: PageUpdate, admin: AdminUser) -> PagePrivate:
    """Edit a page; only the fields sent change. `publish_at` schedules an unpublished page."""
    return PagePrivate.model_validate(await pages.update_page(page=page, data=body, actor=admin))


@router.delete(
    "/pages/{page_id}", status_code=status.HTTP_204_NO_CONTENT, responses=error_responses(404)
)
async def delete_page(page: AdminPage, admin: AdminUser) -> None:
    """Delete a page."""
    await pages.delete_page(page=page, actor=admin)
