"""Blog posts: the public read side (cached bytes, ETag/304), and writes for signed-in users."""

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response, status

from app.deps import AuthorFilter, CurrentUser, Pagination, PostSortQuery, PublicCache, TagFilter
from app.limits import SLUG_LOOKUP_MAX
from app.routers import blogs as blogs_router
from app.routers.cached_reads import API, post_key, posts_key
from app.routers.moved import MOVED_RESPONSE, moved_response
from app.schemas.authors import PublicPost, PublicPostSummary
from app.schemas.blogs import BlogCreate, BlogPrivate, PostSort
from app.schemas.common import Paginated
from app.services import blogs, public, redirects
from core.errors import error_responses
from core.openapi import cached_responses

router = APIRouter(prefix="/posts", tags=["posts"])

SlugPath = Annotated[str, Path(max_length=SLUG_LOOKUP_MAX)]


@router.get("", response_model=Paginated[PublicPostSummary], responses=cached_responses())
async def list_posts(
    request: Request,
    cache: PublicCache,
    paging: Pagination,
    tag: TagFilter,
    author: AuthorFilter,
    sort: PostSortQuery = PostSort.CREATED_AT,
) -> Response:
    """Published posts without their bodies: newest created first, or with
    `sort=published_at` newest published first; optionally one tag's or one author's (by the
    author's slug)."""
    return await cache.respond(
        request,
        posts_key(paging.page, paging.per_page, tag, author, sort),
        lambda: public.posts_page(
            page=paging.page, per_page=paging.per_page, tag=tag, author=author, sort=sort
        ),
    )


@router.get(
    "/{slug}", response_model=PublicPost, responses={**cached_responses(404), **MOVED_RESPONSE}
)
async def get_post(request: Request, cache: PublicCache, slug: SlugPath) -> Response:
    """One published post by slug; an old slug of a published post is a 301 to its new one."""
    try:
        return await cache.respond(request, post_key(slug), lambda: public.post(slug))
    except redirects.Moved as moved:
        return moved_response(f"{API}/posts/{moved.slug}", moved.slug, cache)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=BlogPrivate,
    responses=error_responses(401, 403, 409),
)
async def create_post(body: BlogCreate, user: CurrentUser) -> BlogPrivate:
    """Create a post of your own: `saved`, or published directly by an admin."""
    return BlogPrivate.model_validate(await blogs.create_post(author=user, data=body))


# Writes by id live at /blogs/{blog_id}; these aliases keep round-one clients working without
# putting two paths that differ only by parameter name into the OpenAPI document.
router.add_api_route(
    "/{blog_id}", blogs_router.update_blog, methods=["PUT"], include_in_schema=False
)
router.add_api_route(
    "/{blog_id}",
    blogs_router.delete_blog,
    methods=["DELETE"],
    status_code=status.HTTP_204_NO_CONTENT,
    include_in_schema=False,
)
