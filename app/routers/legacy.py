"""The original blog studio's routes, without /api/v1: a thin compatibility layer.

Routes whose body and answer are the same as their /api/v1 twin's are served by the twin's
function itself (`_twin`); the blog routes call the twin's function and reshape its answer
(`app/schemas/legacy.py`: `_id`, `image_url`, `html`); the two lists call the same service
with the legacy fields projected. So auth, roles, rate limits, the workflow and sanitising
are the same code. `create_app` mounts `router` unless LEGACY_ROUTES=false. Route names
start with `legacy_`, so their operation ids never collide with the /api/v1 ones.
"""

import inspect
from collections.abc import Callable
from typing import Annotated, Any

from beanie import PydanticObjectId
from fastapi import APIRouter, Depends, Query, Response, status

from app.deps import (
    AdminBlog,
    AdminUser,
    CurrentUser,
    PageParams,
    VisibleBlog,
    ai_rate_limit,
    auth_rate_limit,
)
from app.limits import PAGE_MAX, PER_PAGE_MAX
from app.models import BlogStatus
from app.routers import admin, ai, auth, blogs, uploads
from app.schemas.ai import (
    BlogGenerateResponse,
    ImageGenerateResponse,
    OptionsResponse,
)
from app.schemas.auth import TokenPair
from app.schemas.blogs import RejectRequest, StatusCounts
from app.schemas.legacy import LegacyBlog, LegacyBlogCreate
from app.schemas.uploads import LegacyUploadedImage
from app.schemas.users import UserPublic
from app.services import blogs as blog_service
from core.errors import error_responses

# Where the body-size middleware must allow an image instead of a JSON body.
UPLOAD_PATH = "/blogs/uploads/images"
# The path prefixes of this layer (every route here uses the database).
PREFIXES = ("/auth/auth/", "/ai/", "/blog", "/admin/")
TOTAL_HEADER = {
    "X-Total-Count": {
        "description": "How many posts match, across every page",
        "schema": {"type": "integer"},
    }
}

router = APIRouter(tags=["legacy"])
_auth = APIRouter(
    prefix="/auth/auth", dependencies=[Depends(auth_rate_limit)], responses=error_responses(429)
)
_ai = APIRouter(
    prefix="/ai",
    dependencies=[Depends(ai_rate_limit)],
    responses=error_responses(401, 429, 502, 503, 504),
)
_studio = APIRouter(responses=error_responses(401))


async def legacy_paging(
    page: Annotated[int, Query(ge=1, le=PAGE_MAX, description="1-based page number")] = 1,
    per_page: Annotated[
        int, Query(ge=1, le=PER_PAGE_MAX, description="Posts per page (all on one page at most)")
    ] = PER_PAGE_MAX,
) -> PageParams:
    """The original lists were not paged: one full page by default, the total in a header."""
    return PageParams(page=page, per_page=per_page)


LegacyPaging = Annotated[PageParams, Depends(legacy_paging)]


async def _legacy_list(
    response: Response,
    paging: PageParams,
    *,
    owner: PydanticObjectId | None = None,
    status: BlogStatus | None = None,
) -> list[LegacyBlog]:
    items, total = await blog_service.list_posts_as(
        LegacyBlog, page=paging.page, per_page=paging.per_page, owner=owner, status=status
    )
    response.headers["X-Total-Count"] = str(total)
    return items


def _twin(
    router: APIRouter,
    method: str,
    path: str,
    endpoint: Callable[..., Any],
    *,
    twin: str,
    **options: Any,
) -> None:
    """Serve `endpoint`, the /api/v1 route function at `twin`, at a legacy path as well: same
    body, same answer, same dependencies. The route name gives the operation id."""
    router.add_api_route(
        path,
        endpoint,
        methods=[method],
        name=f"legacy_{endpoint.__name__}",
        description=f"{inspect.getdoc(endpoint)}\n\nThe original studio's path of "
        f"`{method} /api/v1{twin}`.",
        **options,
    )


# fmt: off
_twin(
    _auth, "POST", "/signup", auth.signup, twin="/auth/signup",
    status_code=status.HTTP_201_CREATED, response_model=UserPublic,
    responses=error_responses(403, 409),
)
_twin(
    _auth, "POST", "/login", auth.login, twin="/auth/login",
    response_model=TokenPair, responses=error_responses(401),
)
for _path, _step in (
    ("/ideas", ai.generate_ideas),
    ("/titles", ai.generate_titles),
    ("/intros", ai.generate_intros),
    ("/outlines", ai.generate_outlines),
    ("/image-prompts", ai.generate_image_prompts),
):
    _twin(_ai, "POST", _path, _step, twin=f"/ai{_path}", response_model=OptionsResponse)
_twin(
    _ai, "POST", "/image-generate", ai.generate_image, twin="/ai/image-generate",
    status_code=status.HTTP_201_CREATED, response_model=ImageGenerateResponse,
)
_twin(
    _ai, "POST", "/blog-generate", ai.generate_blog, twin="/ai/blog-generate",
    response_model=BlogGenerateResponse, responses=ai.BLOG_GENERATE_RESPONSES,
)
_twin(
    _studio, "GET", "/blogs/stats", blogs.get_my_blog_stats, twin="/blogs/stats",
    response_model=StatusCounts,
)
_twin(
    _studio, "POST", UPLOAD_PATH, uploads.upload_image, twin="/uploads/images",
    status_code=status.HTTP_201_CREATED, response_model=LegacyUploadedImage,
    responses=error_responses(413, 415),
)
# fmt: on


@_studio.post(
    "/blog",
    status_code=status.HTTP_201_CREATED,
    response_model=LegacyBlog,
    responses=error_responses(403, 409),
)
async def legacy_save_blog(body: LegacyBlogCreate, user: CurrentUser) -> LegacyBlog:
    """Save the finished post as a draft, `saved` (`POST /api/v1/blogs`)."""
    return LegacyBlog.model_validate(await blogs.save_blog(body.to_blog_create(), user))


@_studio.get("/blog", response_model=list[LegacyBlog], responses={200: {"headers": TOTAL_HEADER}})
async def legacy_list_my_blogs(
    user: CurrentUser, paging: LegacyPaging, response: Response
) -> list[LegacyBlog]:
    """Your posts in any status, newest first (`GET /api/v1/blogs`)."""
    return await _legacy_list(response, paging, owner=user.id)


@_studio.get("/blogs/{blog_id}", response_model=LegacyBlog, responses=error_responses(404))
async def legacy_get_blog(blog: VisibleBlog) -> LegacyBlog:
    """One of your posts, or any post for an admin (`GET /api/v1/blogs/{blog_id}`)."""
    return LegacyBlog.model_validate(await blogs.get_blog(blog))


@_studio.post(
    "/blogs/{blog_id}/publish-request",
    response_model=LegacyBlog,
    responses=error_responses(403, 404, 409),
)
async def legacy_request_blog_publication(blog: VisibleBlog, user: CurrentUser) -> LegacyBlog:
    """Send a saved or rejected post for review: it becomes `pending`
    (`POST /api/v1/blogs/{blog_id}/publish-request`)."""
    return LegacyBlog.model_validate(await blogs.request_blog_publication(blog, user))


@_studio.get(
    "/admin/blogs",
    response_model=list[LegacyBlog],
    responses={200: {"headers": TOTAL_HEADER}, **error_responses(403)},
)
async def legacy_list_review_queue(
    _admin: AdminUser,
    paging: LegacyPaging,
    response: Response,
    status: Annotated[BlogStatus | None, Query(description="`pending`: the queue")] = None,
) -> list[LegacyBlog]:
    """Every post, newest first, optionally in one status (`GET /api/v1/admin/blogs`)."""
    return await _legacy_list(response, paging, status=status)


@_studio.post(
    "/admin/blogs/{blog_id}/approve",
    response_model=LegacyBlog,
    responses=error_responses(403, 404, 409),
)
async def legacy_approve_blog(blog: AdminBlog, admin_user: AdminUser) -> LegacyBlog:
    """Publish a pending post (`POST /api/v1/admin/blogs/{blog_id}/approve`)."""
    return LegacyBlog.model_validate(await admin.approve_blog(blog, admin_user))


@_studio.post(
    "/admin/blogs/{blog_id}/reject",
    response_model=LegacyBlog,
    responses=error_responses(403, 404, 409),
)
async def legacy_reject_blog(
    blog: AdminBlog, admin_user: AdminUser, body: RejectRequest
) -> LegacyBlog:
    """Send a pending post back with feedback (`POST /api/v1/admin/blogs/{blog_id}/reject`)."""
    return LegacyBlog.model_validate(await admin.reject_blog(blog, admin_user, body))


for _part in (_auth, _ai, _studio):
    router.include_router(_part)
