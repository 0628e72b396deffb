"""Draft previews: links for editors, and the no-bearer read the site makes with one.

The read is never cached: it is not one of the public byte cache's routes (the fast path maps
only /posts, /pages and /settings), and it answers `Cache-Control: no-store` and
`X-Robots-Tag: noindex`.
"""

from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from app.deps import AdminPage, AdminUser, CurrentUser, SettingsDep, VisibleBlog
from app.models import DocKind
from app.schemas.previews import Preview, PreviewLink
from app.services import previews
from core.errors import error_responses

router = APIRouter()
NO_STORE = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex"}
PREVIEW_HEADERS = {
    "Cache-Control": {"description": "Always `no-store`", "schema": {"type": "string"}},
    "X-Robots-Tag": {"description": "Always `noindex`", "schema": {"type": "string"}},
}


@router.post(
    "/blogs/{blog_id}/preview",
    tags=["blogs"],
    response_model=PreviewLink,
    responses=error_responses(401, 404),
)
async def create_blog_preview(
    blog: VisibleBlog, user: CurrentUser, settings: SettingsDep
) -> PreviewLink:
    """A short-lived link to preview this post as it is now, in any status (owner or admin)."""
    return await previews.issue(
        DocKind.POST,
        blog,
        issuer=user,
        secret=settings.jwt_key,
        minutes=settings.preview_token_minutes,
    )


@router.post(
    "/blogs/{blog_id}/preview/revoke",
    tags=["blogs"],
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 404),
)
async def revoke_blog_previews(blog: VisibleBlog) -> None:
    """Every preview link of this post issued so far stops working."""
    await previews.revoke(DocKind.POST, blog)


@router.post(
    "/admin/pages/{page_id}/preview",
    tags=["admin"],
    response_model=PreviewLink,
    responses=error_responses(401, 403, 404),
)
async def create_page_preview(
    page: AdminPage, admin: AdminUser, settings: SettingsDep
) -> PreviewLink:
    """A short-lived link to preview this page as it is now, published or not (admin)."""
    return await previews.issue(
        DocKind.PAGE,
        page,
        issuer=admin,
        secret=settings.jwt_key,
        minutes=settings.preview_token_minutes,
    )


@router.post(
    "/admin/pages/{page_id}/preview/revoke",
    tags=["admin"],
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, 403, 404),
)
async def revoke_page_previews(page: AdminPage) -> None:
    """Every preview link of this page issued so far stops working."""
    await previews.revoke(DocKind.PAGE, page)


@router.get(
    "/preview/{token}",
    tags=["preview"],
    response_model=Preview,
    responses={200: {"headers": PREVIEW_HEADERS}, **error_responses(404)},
)
async def get_preview(
    token: Annotated[str, Path(max_length=4096)], settings: SettingsDep, response: Response
) -> Preview:
    """The post or page a preview link names, as it is now: the public shape plus `status`
    (`kind` says which). No bearer needed; a bad, expired or revoked link is a 404."""
    found = await previews.read(token, secret=settings.jwt_key)
    response.headers.update(NO_STORE)
    return Preview(found)
