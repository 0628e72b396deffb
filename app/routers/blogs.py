"""The writer's workspace: your own posts in every status, and the moves you make on them."""

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.deps import CurrentUser, Pagination, VisibleBlog
from app.models import BlogStatus
from app.schemas.blogs import BlogCreate, BlogPrivate, BlogPrivateSummary, StatusCounts
from app.schemas.common import Paginated
from app.services import blogs, stats, workflow
from core.errors import error_responses

router = APIRouter(prefix="/blogs", tags=["blogs"], responses=error_responses(401))

StatusQuery = Annotated[BlogStatus | None, Query(description="Only posts in this status")]


@router.get("", response_model=Paginated[BlogPrivateSummary])
async def list_my_posts(
    user: CurrentUser, paging: Pagination, status: StatusQuery = None
) -> Paginated[BlogPrivateSummary]:
    """Your posts in any status, newest first."""
    items, total = await blogs.list_posts(
        owner=user.id, status=status, page=paging.page, per_page=paging.per_page
    )
    return Paginated[BlogPrivateSummary].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=BlogPrivate,
    responses=error_responses(403, 409),
)
async def save_post(body: BlogCreate, user: CurrentUser) -> BlogPrivate:
    """Save a finished post as a draft (the same as POST /posts)."""
    return BlogPrivate.model_validate(await blogs.create_post(author=user, data=body))


@router.get("/stats", response_model=StatusCounts)
async def my_stats(user: CurrentUser) -> StatusCounts:
    """How many of your posts are in each status."""
    assert user.id is not None
    return await stats.writer_counts(user.id)


@router.get("/{blog_id}", response_model=BlogPrivate, responses=error_responses(404))
async def get_my_post(blog: VisibleBlog) -> BlogPrivate:
    """One post with its source, status, feedback and history (owner or admin)."""
    return BlogPrivate.model_validate(blog)


@router.post(
    "/{blog_id}/publish-request",
    response_model=BlogPrivate,
    responses=error_responses(403, 404, 409),
)
async def request_publication(blog: VisibleBlog, user: CurrentUser) -> BlogPrivate:
    """Send a saved or rejected post to the admins for review (it becomes pending)."""
    moved = await workflow.transition(blog, action=workflow.Action.PUBLISH_REQUEST, actor=user)
    return BlogPrivate.model_validate(moved)


@router.post(
    "/{blog_id}/withdraw", response_model=BlogPrivate, responses=error_responses(403, 404, 409)
)
async def withdraw(blog: VisibleBlog, user: CurrentUser) -> BlogPrivate:
    """Take a pending post back to saved."""
    moved = await workflow.transition(blog, action=workflow.Action.WITHDRAW, actor=user)
    return BlogPrivate.model_validate(moved)
