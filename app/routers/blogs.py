"""The writer's workspace: your own posts in every status, and the moves you make on them."""

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.deps import CurrentUser, Pagination, VisibleBlog
from app.models import BlogStatus
from app.schemas.blogs import BlogCreate, BlogPrivate, BlogPrivateSummary, BlogUpdate, StatusCounts
from app.schemas.common import Paginated
from app.services import blogs, stats, workflow
from core.errors import error_responses

router = APIRouter(prefix="/blogs", tags=["blogs"], responses=error_responses(401))

StatusQuery = Annotated[BlogStatus | None, Query(description="Only posts in this status")]


@router.get("", response_model=Paginated[BlogPrivateSummary])
async def list_my_blogs(
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
async def save_blog(body: BlogCreate, user: CurrentUser) -> BlogPrivate:
    """Save a finished post as a draft (the same as POST /posts)."""
    return BlogPrivate.model_validate(await blogs.create_post(author=user, data=body))


@router.get("/stats", response_model=StatusCounts)
async def get_my_blog_stats(user: CurrentUser) -> StatusCounts:
    """How many of your posts are in each status."""
    assert user.id is not None
    return await stats.writer_counts(user.id)


@router.get("/{blog_id}", response_model=BlogPrivate, responses=error_responses(404))
async def get_blog(blog: VisibleBlog) -> BlogPrivate:
    """One post with its source, status, feedback and history (owner or admin)."""
    return BlogPrivate.model_validate(blog)


@router.put("/{blog_id}", response_model=BlogPrivate, responses=error_responses(403, 404, 409))
async def update_blog(blog: VisibleBlog, body: BlogUpdate, user: CurrentUser) -> BlogPrivate:
    """Edit a post: writers their own while saved or rejected, admins any."""
    return BlogPrivate.model_validate(await blogs.update_post(blog=blog, actor=user, data=body))


@router.delete(
    "/{blog_id}", status_code=status.HTTP_204_NO_CONTENT, responses=error_responses(404, 409)
)
async def delete_blog(blog: VisibleBlog, user: CurrentUser) -> None:
    """Delete a post: writers their own while saved or rejected, admins any."""
    await blogs.delete_post(blog=blog, actor=user)


@router.post(
    "/{blog_id}/publish-request",
    response_model=BlogPrivate,
    responses=error_responses(403, 404, 409),
)
async def request_blog_publication(blog: VisibleBlog, user: CurrentUser) -> BlogPrivate:
    """Send a saved or rejected post to the admins for review (it becomes pending)."""
    moved = await workflow.transition(blog, action=workflow.Action.PUBLISH_REQUEST, actor=user)
    return BlogPrivate.model_validate(moved)


@router.post(
    "/{blog_id}/withdraw", response_model=BlogPrivate, responses=error_responses(403, 404, 409)
)
async def withdraw_blog(blog: VisibleBlog, user: CurrentUser) -> BlogPrivate:
    """Take a pending post back to saved."""
    moved = await workflow.transition(blog, action=workflow.Action.WITHDRAW, actor=user)
    return BlogPrivate.model_validate(moved)
