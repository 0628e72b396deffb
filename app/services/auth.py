"""Sessions: access tokens, refresh-token rotation with reuse detection, logout.

A refresh token is an opaque random string; only its hash is stored, with the family of the
login it descends from. Each refresh marks the presented token used and issues a new one in
the same family. A used or revoked token presented again means it was copied: the whole
family is revoked, ending the session for the thief and the victim alike.
"""

import logging
import uuid
from datetime import timedelta

from app.models import RefreshToken, User
from app.models.common import utcnow
from app.schemas.auth import TokenPair
from app.services import tokens, users
from core import security
from core.config import Settings
from core.errors import Unauthorized

logger = logging.getLogger(__name__)

INVALID_REFRESH = "Invalid or expired refresh token"


async def user_from_access_token(token: str, *, settings: Settings) -> User:
    """The active user an access token belongs to, loaded fresh so that deleting or
    deactivating an account takes effect at once."""
    claims = security.decode_access_token(token, secret=settings.jwt_key)
    user = await users.get_by_id(claims.subject)
    if user is None or not user.is_active:
        raise Unauthorized()
    return user


async def login(*, email: str, password: str, settings: Settings) -> TokenPair:
    user = await users.authenticate(email=email, password=password)
    pair, _ = await _issue(user=user, family_id=uuid.uuid4().hex, settings=settings)
    return pair


async def refresh(*, refresh_token: str, settings: Settings) -> TokenPair:
    record = await RefreshToken.find_one(
        RefreshToken.token_hash == security.hash_refresh_token(refresh_token)
    )
    if record is None:
        raise Unauthorized(INVALID_REFRESH)
    if record.used_at is not None or record.revoked_at is not None:
        if record.revoked_at is None:
            logger.warning("refresh token reuse detected; revoking family %s", record.family_id)
        await tokens.revoke_family(record.family_id)
        raise Unauthorized(INVALID_REFRESH)
    if record.expires_at <= utcnow():
        raise Unauthorized(INVALID_REFRESH)
    user = await users.get_by_id(record.user_id)
    if user is None or not user.is_active:
        await tokens.revoke_family(record.family_id)
        raise Unauthorized(INVALID_REFRESH)

    # Store the successor first, then consume the old token with one conditional update:
    # if anything fails in between, the presented token is still valid (nothing half-done),
    # and of two concurrent refreshes with one token exactly one wins.
    pair, successor = await _issue(user=user, family_id=record.family_id, settings=settings)
    consumed = await RefreshToken.get_pymongo_collection().update_one(
        {"_id": record.id, "used_at": None, "revoked_at": None},
        {"$set": {"used_at": utcnow()}},
    )
    if consumed.modified_count != 1:
        await successor.delete()
        await tokens.revoke_family(record.family_id)
        raise Unauthorized(INVALID_REFRESH)
    return pair


async def logout(*, refresh_token: str | None, user: User | None) -> None:
    """Revoke the session of `refresh_token`, or, with only an access token, every session of
    that user. Unknown tokens are ignored, as OAuth revocation does (RFC 7009)."""
    if refresh_token is not None:
        record = await RefreshToken.find_one(
            RefreshToken.token_hash == security.hash_refresh_token(refresh_token)
        )
        if record is not None and (user is None or record.user_id == user.id):
            await tokens.revoke_family(record.family_id)
        return
    if user is not None:
        await tokens.revoke_all_for_user(user.id)


async def _issue(
    *, user: User, family_id: str, settings: Settings
) -> tuple[TokenPair, RefreshToken]:
    """A new access token and a new stored refresh token in `family_id`."""
    now = utcnow()
    access_ttl = timedelta(minutes=settings.access_token_minutes)
    refresh_token = security.new_refresh_token()
    record = RefreshToken(
        token_hash=security.hash_refresh_token(refresh_token),
        user_id=user.id,
        family_id=family_id,
        expires_at=now + timedelta(days=settings.refresh_token_days),
        created_at=now,
    )
    await record.insert()
    access = security.create_access_token(
        subject=str(user.id), secret=settings.jwt_key, ttl=access_ttl, now=now
    )
    pair = TokenPair(
        access_token=access,
        refresh_token=refresh_token,
        expires_in=int(access_ttl.total_seconds()),
    )
    return pair, record
