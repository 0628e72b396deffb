"""Dependencies as vocabulary: a route's signature reads like its access policy.

Every dependency is `async def`, even the trivial ones: FastAPI runs plain `def` dependencies
on a worker thread, and those hops cost more than the public read path itself.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app import background
from app.limits import PAGE_MAX, PER_PAGE_DEFAULT, PER_PAGE_MAX, SLUG_MAX, TAG_MAX
from app.models import Blog, Page, User
from app.models.webhook import Webhook
from app.schemas.blogs import PostSort
from app.schemas.common import fold_tag
from app.services import auth, blogs, pages, webhooks
from app.services.ai import AIProvider
from app.services.ai_usage import Caller
from app.services.images import ImagePipeline
from app.services.search import SearchService
from core import rate_limit
from core.config import Settings
from core.errors import Forbidden, Unauthorized
from core.http_cache import ResponseCache
from core.secretbox import SecretBox
from core.supervisor import Supervisor

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
    principal = await auth.principal_from_access_token(credentials.credentials, settings=settings)
    request.state.user_id = str(principal.user.id)  # for the access log
    request.state.session_id = principal.claims.session_id
    return principal.user


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


async def pagination(
    page: Annotated[int, Query(ge=1, le=PAGE_MAX, description="1-based page number")] = 1,
    per_page: Annotated[
        int, Query(ge=1, le=PER_PAGE_MAX, description="Items per page")
    ] = PER_PAGE_DEFAULT,
) -> PageParams:
    return PageParams(page=page, per_page=per_page)


Pagination = Annotated[PageParams, Depends(pagination)]


async def auth_rate_limit(request: Request, settings: SettingsDep) -> None:
    """AUTH_RATE_LIMIT per client IP, counted separately for each credential endpoint
    (signup, login, refresh, password reset, invitation acceptance...): never for /auth/me
    or the sessions list, which front ends call all the time. The count is keyed by the
    endpoint's last path segment, so the legacy `/auth/auth/login` spends the same budget as
    `/api/v1/auth/login`."""
    route = request.scope.get("route")
    scope = "auth:" + getattr(route, "path", request.url.path).rsplit("/", 1)[-1]
    client = request.app.state.client_ip(request.scope)
    await rate_limit.enforce(request, limit=settings.auth_rate_limit, scope=scope, key=client)


AuthRateLimit = Depends(auth_rate_limit)
USER_AGENT_MAX = 300


async def client_info(request: Request) -> auth.ClientInfo:
    agent = request.headers.get("user-agent")
    return auth.ClientInfo(
        ip=request.app.state.client_ip(request.scope),
        user_agent=agent[:USER_AGENT_MAX] if agent else None,
    )


ClientInfoDep = Annotated[auth.ClientInfo, Depends(client_info)]


async def current_session_id(request: Request, _user: CurrentUser) -> str | None:
    """The session (refresh family) of the access token of this request."""
    session_id: str | None = getattr(request.state, "session_id", None)
    return session_id


CurrentSessionId = Annotated[str | None, Depends(current_session_id)]


@dataclass(frozen=True, slots=True)
class AccountLimits:
    """Per-account (e-mail address) budgets, on top of the per-IP limit."""

    limiter: rate_limit.AppLimiter
    settings: Settings

    def login(self, email: str) -> rate_limit.Budget:
        limit = self.settings.login_account_rate_limit
        return rate_limit.Budget(self.limiter, limit, "login-account", email.lower())

    def mail(self, email: str) -> rate_limit.Budget:
        limit = self.settings.account_mail_rate_limit
        return rate_limit.Budget(self.limiter, limit, "mail-account", email.lower())


async def account_limits(request: Request, settings: SettingsDep) -> AccountLimits:
    return AccountLimits(request.app.state.limiter, settings)


AccountLimitsDep = Annotated[AccountLimits, Depends(account_limits)]
Notify = Callable[[], None]


async def mail_notify(request: Request) -> Notify:
    """Wakes the mail loop, so a mail written to the outbox leaves at once."""
    supervisor: Supervisor = request.app.state.supervisor
    return lambda: supervisor.wake(background.MAIL_LOOP)


MailNotify = Annotated[Notify, Depends(mail_notify)]


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


async def preview_rate_limit(request: Request, settings: SettingsDep, user: CurrentUser) -> None:
    """PREVIEW_RATE_LIMIT per user on Markdown previews (each one renders up to 1 MB)."""
    await rate_limit.enforce(
        request, limit=settings.preview_rate_limit, scope="preview", key=str(user.id)
    )


async def upload_rate_limit(request: Request, settings: SettingsDep, user: CurrentUser) -> None:
    """UPLOAD_RATE_LIMIT per user on image uploads (each one decodes and re-encodes)."""
    await rate_limit.enforce(
        request, limit=settings.upload_rate_limit, scope="upload", key=str(user.id)
    )


async def get_ai_provider(request: Request) -> AIProvider:
    provider: AIProvider = request.state.ai  # created and closed by the lifespan
    return provider


AIProviderDep = Annotated[AIProvider, Depends(get_ai_provider)]


async def ai_caller(user: CurrentUser, settings: SettingsDep) -> Caller:
    """The signed-in user as an AI caller: usage is recorded for them, their quota applies."""
    assert user.id is not None
    return Caller(
        user_id=user.id,
        daily_tokens=settings.ai_daily_tokens,
        retention_days=settings.ai_usage_retention_days,
    )


AICaller = Annotated[Caller, Depends(ai_caller)]


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
PostSortQuery = Annotated[
    PostSort,
    Query(description="`created_at` (default): newest created first; `published_at`: newest "
          "published first"),
]  # fmt: skip


async def optional_author(
    author: Annotated[
        str | None,
        Query(
            max_length=SLUG_MAX,
            pattern=r"^([a-z0-9]+(-[a-z0-9]+)*)?$",
            description="Only posts by the author with this slug",
        ),
    ] = None,
) -> str | None:
    """The author slug; blank means no filter (as the cache's fast path reads it)."""
    return author or None


AuthorFilter = Annotated[str | None, Depends(optional_author)]


async def get_search(request: Request) -> SearchService:
    search: SearchService = request.app.state.search  # one index per app, fed by its events
    return search


SearchDep = Annotated[SearchService, Depends(get_search)]


async def get_images(request: Request) -> ImagePipeline:
    images: ImagePipeline = request.app.state.images
    return images


ImagesDep = Annotated[ImagePipeline, Depends(get_images)]


async def page_by_id(page_id: str, _admin: AdminUser) -> Page:
    return await pages.get_page(page_id)


AdminPage = Annotated[Page, Depends(page_by_id)]


async def get_secret_box(request: Request) -> SecretBox:
    box: SecretBox = request.app.state.secret_box
    return box


SecretBoxDep = Annotated[SecretBox, Depends(get_secret_box)]


async def webhook_by_id(webhook_id: str, _admin: AdminUser) -> Webhook:
    return await webhooks.get(webhook_id)


AdminWebhook = Annotated[Webhook, Depends(webhook_by_id)]
