"""Blog posts: the public read side, and writes for signed-in users."""

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from app.deps import CurrentUser, Pagination, VisibleBlog
from app.schemas.blogs import BlogCreate, BlogPrivate, BlogPublic, BlogSummary, BlogUpdate
from app.schemas.common import Paginated
from app.services import blogs
from core.errors import error_responses

router = APIRouter(prefix="/posts", tags=["posts"])

TagQuery = Annotated[str | None, Query(max_length=40, description="Only posts with this tag")]
SlugPath = Annotated[str, Path(max_length=200)]


@router.get("", response_model=Paginated[BlogSummary])
async def list_posts(paging: Pagination, tag: TagQuery = None) -> Paginated[BlogSummary]:
    """Published posts, newest first, without their bodies."""
    items, total = await blogs.list_published(page=paging.page, per_page=paging.per_page, tag=tag)
    return Paginated[BlogSummary].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.get("/{slug}", response_model=BlogPublic, responses=error_responses(404))
async def get_post(slug: SlugPath) -> BlogPublic:
    """One published post by slug."""
    return BlogPublic.model_validate(await blogs.get_published_by_slug(slug))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=BlogPrivate,
    responses=error_responses(401, 403, 409),
)
async def create_post(body: BlogCreate, user: CurrentUser) -> BlogPrivate:
    """Create a post of your own: `saved`, or published directly by an admin."""
    return BlogPrivate.model_validate(await blogs.create_post(author=user, data=body))


@router.put("/{blog_id}", response_model=BlogPrivate, responses=error_responses(401, 403, 404, 409))
async def update_post(blog: VisibleBlog, body: BlogUpdate, user: CurrentUser) -> BlogPrivate:
    """Edit a post: writers their own while saved or rejected, admins any."""
    return BlogPrivate.model_validate(await blogs.update_post(blog=blog, actor=user, data=body))


@router.delete(
    "/{blog_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 404, 409),
)
async def delete_post(blog: VisibleBlog, user: CurrentUser) -> None:
    """Delete a post: writers their own while saved or rejected, admins any."""
    await blogs.delete_post(blog=blog, actor=user)
