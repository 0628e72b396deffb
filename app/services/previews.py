"""Draft previews: short-lived signed links to one post or page in its current state.

A token is an HS256 JWT signed with a key derived from JWT_SECRET for this purpose alone and
carrying an audience of its own, so it can never pass as an access token (nor the reverse).
It names one document (kind and id), the user who asked for it, and the document's
`preview_epoch`: revoking increments the epoch, which kills every token issued before. A token
is refused, always with the same 404, when it is malformed, tampered with or expired, when
the document is gone, when its owner or the user who asked is deactivated (or no longer
allowed to see it), and after a revoke.
"""

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from app.models import Blog, DocKind, Page, User
from app.schemas.pages import PagePublic
from app.schemas.previews import PagePreview, PageStatus, PostPreview, PreviewLink
from app.services import authors, content, site_paths
from core.errors import NotFound

ALGORITHM = "HS256"
AUDIENCE = "inkwell:preview"
_PURPOSE = b"inkwell preview tokens v1"
_CLAIMS = ("aud", "exp", "iat", "jti", "sub", "kind", "ep", "by")
NOT_FOUND = "Preview not found or expired"


def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), _PURPOSE, hashlib.sha256).digest()


async def issue(
    kind: DocKind,
    doc: Blog | Page,
    *,
    issuer: User,
    secret: str,
    minutes: int,
    now: datetime | None = None,
) -> PreviewLink:
    """A preview link for `doc` (the caller has checked that `issuer` may see it)."""
    issued = int((now or datetime.now(UTC)).timestamp())
    expires = issued + int(timedelta(minutes=minutes).total_seconds())
    claims = {
        "aud": AUDIENCE,
        "kind": kind.value,
        "sub": str(doc.id),
        "ep": doc.preview_epoch,
        "by": str(issuer.id),
        "jti": secrets.token_urlsafe(12),
        "iat": issued,
        "exp": expires,
    }
    paths = await site_paths.load()
    return PreviewLink(
        token=jwt.encode(claims, _key(secret), algorithm=ALGORITHM),
        expires_at=datetime.fromtimestamp(expires, UTC),
        path=paths.post(doc.slug) if kind is DocKind.POST else paths.page(doc.slug),
    )


async def revoke(kind: DocKind, doc: Blog | Page) -> None:
    """Every preview token of `doc` issued so far stops working."""
    model: type[Blog] | type[Page] = Blog if kind is DocKind.POST else Page
    await model.get_pymongo_collection().update_one({"_id": doc.id}, {"$inc": {"preview_epoch": 1}})


def _claims(token: str, secret: str) -> dict[str, Any]:
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            _key(secret),
            algorithms=[ALGORITHM],  # pinned: never the header's choice
            audience=AUDIENCE,
            options={"require": list(_CLAIMS), "strict_aud": True},
        )
    except jwt.PyJWTError as exc:
        raise NotFound(NOT_FOUND) from exc
    if claims["kind"] not in {k.value for k in DocKind} or not isinstance(claims["ep"], int):
        raise NotFound(NOT_FOUND)
    return claims


async def _active(user_id: object) -> User | None:
    user = await content.get_by_id(User, str(user_id))
    return user if user is not None and user.is_active else None


async def read(token: str, *, secret: str) -> PostPreview | PagePreview:
    """The document a valid token names, in its current state."""
    claims = _claims(token, secret)
    issuer = await _active(claims["by"])
    if claims["kind"] == DocKind.POST.value:
        blog = await content.get_by_id(Blog, str(claims["sub"]))
        if (
            blog is None
            or blog.preview_epoch != claims["ep"]
            or issuer is None
            or not (issuer.is_admin or issuer.id == blog.owner)
            or (issuer.id != blog.owner and await _active(blog.owner) is None)
        ):
            raise NotFound(NOT_FOUND)
        preview = PostPreview.model_validate(blog)
        (shown,) = await authors.with_authors([preview])  # as GET /posts/{slug} shows it
        return preview.model_copy(update={"author_profile": shown.author_profile})
    page = await content.get_by_id(Page, str(claims["sub"]))
    if page is None or page.preview_epoch != claims["ep"] or issuer is None or not issuer.is_admin:
        raise NotFound(NOT_FOUND)
    return PagePreview(**PagePublic.model_validate(page).model_dump(), status=_page_status(page))


def _page_status(page: Page) -> PageStatus:
    if page.published:
        return PageStatus.PUBLISHED
    return PageStatus.SCHEDULED if page.publish_at is not None else PageStatus.DRAFT
