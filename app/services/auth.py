"""Sessions: access tokens, refresh-token rotation with reuse detection, logout.

A refresh token is an opaque random string; only its hash is stored, with the family of the
login it descends from (the family is the session). Each refresh marks the presented token
used and issues its successor in the same family. A used token presented again within
REFRESH_REUSE_GRACE_SECONDS is a client refreshing twice at once (a SvelteKit server and a
browser tab): it gets the very same successor pair. Later, it means the token was copied:
the whole family is revoked, ending the session for the thief and the victim alike.

The successor of a token is derived from it with a key (`security.successor_refresh_token`),
so the pair can be handed out again without ever storing a usable token.
"""

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from pymongo.errors import DuplicateKeyError

from app.models import RefreshToken, User
from app.models.common import utcnow
from app.schemas.auth import TokenPair
from app.services import audit, tokens, users
from core import security
from core.config import Settings
from core.errors import (
    CredentialsInvalid,
    RefreshTokenExpired,
    RefreshTokenInvalid,
    RefreshTokenRevoked,
    TokenRevoked,
    Unauthorized,
)
from core.rate_limit import Budget

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ClientInfo:
    """Where a request came from, for the sessions list and the audit log."""

    ip: str | None = None
    user_agent: str | None = None


@dataclass(frozen=True, slots=True)
class Principal:
    user: User
    claims: security.AccessClaims


async def principal_from_access_token(token: str, *, settings: Settings) -> Principal:
    """The active user an access token belongs to, loaded fresh so that deleting or
    deactivating an account takes effect at once; tokens of an older generation (issued
    before a password change, reset, deactivation or "log out everywhere") are refused."""
    claims = security.decode_access_token(token, secret=settings.jwt_key)
    user = await users.get_by_id(claims.subject)
    if user is None or not user.is_active:
        raise Unauthorized()
    if claims.generation != user.token_generation:
        raise TokenRevoked()
    return Principal(user=user, claims=claims)


async def user_from_access_token(token: str, *, settings: Settings) -> User:
    return (await principal_from_access_token(token, settings=settings)).user


async def login(
    *, email: str, password: str, settings: Settings, client: ClientInfo, budget: Budget
) -> TokenPair:
    """Password sign-in. `budget` is the per-account limit: checked first, charged only by
    failures, so a shared office IP does not use it up and IP rotation does not reset it."""
    await budget.check()
    try:
        user = await users.authenticate(email=email, password=password)
    except CredentialsInvalid:
        await budget.charge()
        await audit.record(
            actor=None,
            action="auth.login_failed",
            target=audit.target("user", None, email.lower()),
            ip=client.ip,
        )
        raise
    now = utcnow()
    token = security.new_refresh_token()
    record = _record(
        token,
        user=user,
        family_id=uuid.uuid4().hex,
        started=now,
        client=client,
        now=now,
        settings=settings,
    )
    await record.insert()
    await audit.record(actor=user, action="auth.login", ip=client.ip)
    return _pair(token, record=record, user=user, settings=settings)


async def refresh(*, refresh_token: str, settings: Settings, client: ClientInfo) -> TokenPair:
    record = await _find(refresh_token)
    if record is None:
        raise RefreshTokenInvalid()
    if record.revoked_at is not None:
        raise RefreshTokenRevoked()
    now = utcnow()
    if record.expires_at <= now:
        raise RefreshTokenExpired()
    user = await users.get_by_id(record.user_id)
    if user is None or not user.is_active:
        await tokens.revoke_family(record.family_id)
        raise RefreshTokenRevoked()
    if record.used_at is not None:
        return await _replay(record, refresh_token, user=user, settings=settings)

    # Store the successor first, then consume the presented token with one conditional
    # update: if anything fails in between, the presented token still works (and yields the
    # same successor). Concurrent refreshes all compute the same successor; one inserts it.
    successor_token = security.successor_refresh_token(refresh_token, secret=settings.jwt_key)
    started = record.session_started_at or record.created_at
    successor = _record(
        successor_token,
        user=user,
        family_id=record.family_id,
        started=started,
        client=client,
        now=now,
        settings=settings,
    )
    try:
        await successor.insert()
    except DuplicateKeyError:
        found = await _find(successor_token)
        if found is None:
            raise RefreshTokenInvalid() from None
        successor = found
    consumed = await RefreshToken.get_pymongo_collection().update_one(
        {"_id": record.id, "used_at": None, "revoked_at": None}, {"$set": {"used_at": now}}
    )
    if consumed.modified_count != 1:
        current = await RefreshToken.get(record.id)
        if current is None or current.revoked_at is not None or current.used_at is None:
            # Revoked meanwhile (logout, password change): the successor must not outlive it.
            await tokens.revoke_family(record.family_id)
            raise RefreshTokenRevoked()
        return await _replay(current, refresh_token, user=user, settings=settings)
    return _pair(successor_token, record=successor, user=user, settings=settings)


async def _replay(
    record: RefreshToken, presented: str, *, user: User, settings: Settings
) -> TokenPair:
    """A used token again: the same successor pair within the grace window, as long as that
    successor is itself unused and alive; otherwise reuse, and the family is revoked."""
    assert record.used_at is not None
    grace = timedelta(seconds=settings.refresh_reuse_grace_seconds)
    if utcnow() - record.used_at <= grace:
        successor_token = security.successor_refresh_token(presented, secret=settings.jwt_key)
        successor = await _find(successor_token)
        if successor is not None and successor.used_at is None and successor.revoked_at is None:
            return _pair(successor_token, record=successor, user=user, settings=settings)
    logger.warning("refresh token reuse detected; revoking family %s", record.family_id)
    await tokens.revoke_family(record.family_id)
    await audit.record(
        actor=user,
        action="auth.refresh_reuse",
        target=audit.target("session", record.family_id),
    )
    raise RefreshTokenRevoked("This refresh token was already used; the session was ended")


async def logout(*, refresh_token: str | None, user: User | None) -> None:
    """Revoke the session of `refresh_token`, or, with only an access token, log out
    everywhere: every session and every access token of that user. Unknown tokens are
    ignored, as OAuth revocation does (RFC 7009)."""
    if refresh_token is not None:
        record = await _find(refresh_token)
        if record is not None and (user is None or record.user_id == user.id):
            await tokens.revoke_family(record.family_id)
        return
    if user is not None:
        await tokens.end_all_sessions(user.id)


async def access_token_for(*, user: User, session_id: str | None, settings: Settings) -> str:
    """A fresh access token of the user's current generation (after a password change)."""
    fresh = await users.get_by_id(user.id) if user.id else None
    return security.create_access_token(
        subject=str(user.id),
        secret=settings.jwt_key,
        ttl=timedelta(minutes=settings.access_token_minutes),
        generation=(fresh or user).token_generation,
        session_id=session_id,
    )


async def _find(refresh_token: str) -> RefreshToken | None:
    return await RefreshToken.find_one(
        RefreshToken.token_hash == security.hash_refresh_token(refresh_token)
    )


def _record(
    token: str,
    *,
    user: User,
    family_id: str,
    started: datetime,
    client: ClientInfo,
    now: datetime,
    settings: Settings,
) -> RefreshToken:
    assert user.id is not None
    return RefreshToken(
        token_hash=security.hash_refresh_token(token),
        user_id=user.id,
        family_id=family_id,
        expires_at=now + timedelta(days=settings.refresh_token_days),
        created_at=now,
        session_started_at=started,
        ip=client.ip,
        user_agent=client.user_agent,
    )


def _pair(token: str, *, record: RefreshToken, user: User, settings: Settings) -> TokenPair:
    """The pair of a stored refresh token. Everything in it is derived from the record and
    the token, so building it twice (a replay in the grace window) gives the same pair."""
    access_ttl = timedelta(minutes=settings.access_token_minutes)
    access = security.create_access_token(
        subject=str(user.id),
        secret=settings.jwt_key,
        ttl=access_ttl,
        now=record.created_at,
        generation=user.token_generation,
        session_id=record.family_id,
        jti=security.access_token_id(token, secret=settings.jwt_key),
    )
    return TokenPair(
        access_token=access, refresh_token=token, expires_in=int(access_ttl.total_seconds())
    )
