"""Dependencies as vocabulary: a route's signature reads like its access policy.

Every dependency is `async def`, even the trivial ones: FastAPI runs plain `def` dependencies
on a worker thread, and those hops cost more than the public read path itself.
"""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.models import Blog, Page, User
from app.schemas.common import fold_tag
from app.services import auth, blogs, pages
from app.services.ai import AIProvider
from app.services.search import SearchService
from app.services.storage import ImageStorage
from core import rate_limit
from core.config import Settings
from core.errors import Forbidden, Unauthorized
from core.http_cache import ResponseCache

_bearer = HTTPBearer(
    auto_error=False,
    description="An access token from POST /api/v1/auth/login",
)


async def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


async def get_optional_user(
    request: Request, settings: SettingsDep, credentials: BearerDep
) -> User | None:
    if credentials is None:
        return None
    user = await auth.user_from_access_token(credentials.credentials, settings=settings)
    request.state.user_id = str(user.id)  # for the access log
    return user


async def get_current_user(user: Annotated[User | None, Depends(get_optional_user)]) -> User:
    if user is None:
        raise Unauthorized("Not authenticated")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
OptionalUser = Annotated[User | None, Depends(get_optional_user)]


async def require_admin(user: CurrentUser) -> User:
    if not user.is_admin:
        raise Forbidden("Admin rights required")
    return user


AdminUser = Annotated[User, Depends(require_admin)]


@dataclass(frozen=True, slots=True)
class PageParams:
    page: int
    per_page: int


PAGE_MAX = 100_000
PER_PAGE_MAX = 100
PER_PAGE_DEFAULT = 10
TAG_MAX = 40


async def pagination(
    page: Annotated[int, Query(ge=1, le=PAGE_MAX, description="1-based page number")] = 1,
    per_page: Annotated[
        int, Query(ge=1, le=PER_PAGE_MAX, description="Items per page")
    ] = PER_PAGE_DEFAULT,
) -> PageParams:
    return PageParams(page=page, per_page=per_page)


Pagination = Annotated[PageParams, Depends(pagination)]


async def auth_rate_limit(request: Request, settings: SettingsDep) -> None:
    """AUTH_RATE_LIMIT per client IP, counted separately for each auth endpoint."""
    route = request.scope.get("route")
    scope = getattr(route, "path", request.url.path)
    client = request.app.state.client_ip(request.scope)
    await rate_limit.enforce(request, limit=settings.auth_rate_limit, scope=scope, key=client)


async def visible_blog(blog_id: str, user: CurrentUser) -> Blog:
    """The post with this id if the caller owns it or is an admin; otherwise 404."""
    return await blogs.get_visible_post(blog_id, actor=user)


VisibleBlog = Annotated[Blog, Depends(visible_blog)]


async def admin_blog(blog_id: str, admin: AdminUser) -> Blog:
    """Any post, for an admin; the role is checked first, so writers get 403, not 404."""
    return await blogs.get_visible_post(blog_id, actor=admin)


AdminBlog = Annotated[Blog, Depends(admin_blog)]


async def ai_rate_limit(request: Request, settings: SettingsDep, user: CurrentUser) -> None:
    """AI_RATE_LIMIT per user, shared by every AI endpoint (they all spend one budget)."""
    await rate_limit.enforce(request, limit=settings.ai_rate_limit, scope="ai", key=str(user.id))


async def get_ai_provider(request: Request) -> AIProvider:
    provider: AIProvider = request.state.ai  # created and closed by the lifespan
    return provider


AIProviderDep = Annotated[AIProvider, Depends(get_ai_provider)]


async def get_public_cache(request: Request) -> ResponseCache:
    cache: ResponseCache = request.app.state.public_cache
    return cache


PublicCache = Annotated[ResponseCache, Depends(get_public_cache)]


async def optional_tag(
    tag: Annotated[
        str | None, Query(max_length=TAG_MAX, description="Only posts with this tag")
    ] = None,
) -> str | None:
    """The tag as stored; blank means no filter."""
    return fold_tag(tag)


TagFilter = Annotated[str | None, Depends(optional_tag)]


async def get_search(request: Request) -> SearchService:
    search: SearchService = request.app.state.search  # one index per app, fed by its events
    return search


SearchDep = Annotated[SearchService, Depends(get_search)]


async def get_image_storage(request: Request) -> ImageStorage:
    storage: ImageStorage = request.app.state.image_storage
    return storage


ImageStorageDep = Annotated[ImageStorage, Depends(get_image_storage)]


async def page_by_id(page_id: str, _admin: AdminUser) -> Page:
    return await pages.get_page(page_id)


AdminPage = Annotated[Page, Depends(page_by_id)]
