"""The original blog studio's routes, without /api/v1: a thin compatibility layer.

Each route calls its /api/v1 twin's function (the lists call the same service, with the
fields of the legacy shape projected) and declares the same dependencies: the same auth,
roles, rate limits, workflow and sanitising. Only the paths and the blog shape
(`app/schemas/legacy.py`: `_id`, `image_url`, `html`) differ.
`create_app` mounts `router` unless LEGACY_ROUTES=false. Function names start with
`legacy_`, so their operation ids never collide with the /api/v1 ones.
"""

from typing import Annotated

from beanie import PydanticObjectId
from fastapi import APIRouter, Depends, File, Query, Request, Response, UploadFile, status
from fastapi.responses import StreamingResponse

from app.deps import (
    AdminBlog,
    AdminUser,
    AIProviderDep,
    CurrentUser,
    ImageStorageDep,
    PageParams,
    SettingsDep,
    VisibleBlog,
    ai_rate_limit,
    auth_rate_limit,
)
from app.limits import PAGE_MAX, PER_PAGE_MAX
from app.models import BlogStatus
from app.routers import admin, ai, auth, blogs, uploads
from app.schemas.ai import (
    BlogGenerateRequest,
    BlogGenerateResponse,
    IdeasRequest,
    ImageGenerateRequest,
    ImageGenerateResponse,
    ImagePromptsRequest,
    IntrosRequest,
    OptionsResponse,
    OutlinesRequest,
    TitlesRequest,
)
from app.schemas.auth import LoginRequest, SignupRequest, TokenPair
from app.schemas.blogs import RejectRequest, StatusCounts
from app.schemas.legacy import LegacyBlog, LegacyBlogCreate
from app.schemas.uploads import UploadedImage
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


@_auth.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserPublic,
    responses=error_responses(403, 409),
)
async def legacy_signup(body: SignupRequest, settings: SettingsDep) -> UserPublic:
    """Create a writer account (`POST /api/v1/auth/signup`)."""
    return await auth.signup(body, settings)


@_auth.post("/login", response_model=TokenPair, responses=error_responses(401))
async def legacy_login(body: LoginRequest, settings: SettingsDep) -> TokenPair:
    """Exchange email and password for tokens (`POST /api/v1/auth/login`)."""
    return await auth.login(body, settings)


@_ai.post("/ideas", response_model=OptionsResponse)
async def legacy_generate_ideas(body: IdeasRequest, provider: AIProviderDep) -> OptionsResponse:
    """Step 1: ideas for a topic (`POST /api/v1/ai/ideas`)."""
    return await ai.generate_ideas(body, provider)


@_ai.post("/titles", response_model=OptionsResponse)
async def legacy_generate_titles(body: TitlesRequest, provider: AIProviderDep) -> OptionsResponse:
    """Step 2: five titles; `topic` is the idea chosen in step 1 (`POST /api/v1/ai/titles`)."""
    return await ai.generate_titles(body, provider)


@_ai.post("/intros", response_model=OptionsResponse)
async def legacy_generate_intros(body: IntrosRequest, provider: AIProviderDep) -> OptionsResponse:
    """Step 3: five intros for the chosen title (`POST /api/v1/ai/intros`)."""
    return await ai.generate_intros(body, provider)


@_ai.post("/outlines", response_model=OptionsResponse)
async def legacy_generate_outlines(
    body: OutlinesRequest, provider: AIProviderDep
) -> OptionsResponse:
    """Step 4: five outlines for the chosen intro (`POST /api/v1/ai/outlines`)."""
    return await ai.generate_outlines(body, provider)


@_ai.post("/image-prompts", response_model=OptionsResponse)
async def legacy_generate_image_prompts(
    body: ImagePromptsRequest, provider: AIProviderDep
) -> OptionsResponse:
    """Step 5: five cover-image prompts (`POST /api/v1/ai/image-prompts`)."""
    return await ai.generate_image_prompts(body, provider)


@_ai.post(
    "/image-generate", status_code=status.HTTP_201_CREATED, response_model=ImageGenerateResponse
)
async def legacy_generate_image(
    body: ImageGenerateRequest,
    provider: AIProviderDep,
    storage: ImageStorageDep,
    settings: SettingsDep,
) -> ImageGenerateResponse:
    """Generate and store a cover image (`POST /api/v1/ai/image-generate`)."""
    return await ai.generate_image(body, provider, storage, settings)


@_ai.post(
    "/blog-generate",
    response_model=BlogGenerateResponse,
    responses=ai.BLOG_GENERATE_RESPONSES,
)
async def legacy_generate_blog(
    body: BlogGenerateRequest, provider: AIProviderDep, request: Request
) -> BlogGenerateResponse | StreamingResponse:
    """Write the full post, as JSON or a stream (`POST /api/v1/ai/blog-generate`)."""
    return await ai.generate_blog(body, provider, request)


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


@_studio.get("/blogs/stats", response_model=StatusCounts)
async def legacy_get_my_blog_stats(user: CurrentUser) -> StatusCounts:
    """How many of your posts are in each status (`GET /api/v1/blogs/stats`)."""
    return await blogs.get_my_blog_stats(user)


@_studio.post(
    UPLOAD_PATH,
    status_code=status.HTTP_201_CREATED,
    response_model=UploadedImage,
    responses=error_responses(413, 415),
)
async def legacy_upload_image(
    file: Annotated[UploadFile, File(description="A PNG, JPEG, WebP or GIF image")],
    user: CurrentUser,
    storage: ImageStorageDep,
    settings: SettingsDep,
) -> UploadedImage:
    """Upload a cover image (`POST /api/v1/uploads/images`)."""
    return await uploads.upload_image(file, user, storage, settings)


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
