"""Blog posts: the public read side (cached bytes, ETag/304), and writes for signed-in users."""

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response, status

from app.deps import CurrentUser, Pagination, PublicCache, TagFilter, VisibleBlog
from app.routers.cached_reads import post_key, posts_key
from app.schemas.blogs import BlogCreate, BlogPrivate, BlogPublic, BlogSummary, BlogUpdate
from app.schemas.common import Paginated
from app.services import blogs, public
from core.errors import error_responses
from core.http_cache import NOT_MODIFIED

router = APIRouter(prefix="/posts", tags=["posts"])

SlugPath = Annotated[str, Path(max_length=200)]


@router.get("", response_model=Paginated[BlogSummary], responses=NOT_MODIFIED)
async def list_posts(
    request: Request, cache: PublicCache, paging: Pagination, tag: TagFilter
) -> Response:
    """Published posts, newest first, without their bodies."""
    return await cache.respond(
        request,
        posts_key(paging.page, paging.per_page, tag),
        lambda: public.posts_page(page=paging.page, per_page=paging.per_page, tag=tag),
    )


@router.get(
    "/{slug}", response_model=BlogPublic, responses={**NOT_MODIFIED, **error_responses(404)}
)
async def get_post(request: Request, cache: PublicCache, slug: SlugPath) -> Response:
    """One published post by slug."""
    return await cache.respond(request, post_key(slug), lambda: public.post(slug))


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
