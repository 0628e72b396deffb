"""Password hashing (argon2id) and token primitives (JWT access tokens, opaque refresh tokens).

Explicit on purpose: the algorithm is pinned, required claims are enforced, and nothing here
touches the database. Argon2 runs on a small dedicated thread pool: off the event loop, and
capped, so a burst of logins cannot take all memory (64 MiB per hash) or every core; the
rest of a burst waits its turn in the pool's queue.
"""

import asyncio
import base64
import hashlib
import hmac
import os
import secrets
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.errors import TokenExpired, TokenInvalid

JWT_ALGORITHM = "HS256"
ACCESS_TOKEN_TYPE = "access"  # noqa: S105 (a claim value, not a secret)
REQUIRED_CLAIMS = ("sub", "iat", "exp", "type", "jti")
# Half the cores, at least one: a login burst can never take the core serving public reads.
HASH_WORKERS = max(1, (os.cpu_count() or 2) // 2)

# argon2-cffi's defaults are argon2id with RFC 9106's low-memory profile (t=3, m=64 MiB, p=4).
_hasher = PasswordHasher()
_hash_pool = ThreadPoolExecutor(max_workers=HASH_WORKERS, thread_name_prefix="argon2")


@dataclass(frozen=True, slots=True)
class PasswordCheck:
    valid: bool
    needs_rehash: bool = False


def hash_password_sync(password: str) -> str:
    return _hasher.hash(password)


def verify_password_sync(password_hash: str, password: str) -> PasswordCheck:
    try:
        _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return PasswordCheck(valid=False)
    return PasswordCheck(valid=True, needs_rehash=_hasher.check_needs_rehash(password_hash))


@cache
def _dummy_hash() -> str:
    return hash_password_sync(secrets.token_urlsafe(16))


async def hash_password(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(
        _hash_pool, hash_password_sync, password
    )


async def verify_password(password_hash: str | None, password: str) -> PasswordCheck:
    """Verify off the event loop. With no hash (unknown user) a dummy hash is verified
    instead, so the response time does not reveal whether the account exists."""
    loop = asyncio.get_running_loop()
    if password_hash is None:
        await loop.run_in_executor(_hash_pool, verify_password_sync, _dummy_hash(), password)
        return PasswordCheck(valid=False)
    return await loop.run_in_executor(_hash_pool, verify_password_sync, password_hash, password)


@dataclass(frozen=True, slots=True)
class AccessClaims:
    subject: str
    jti: str
    issued_at: datetime
    expires_at: datetime
    # The user's token generation when issued (absent in tokens from before it existed: 0).
    generation: int = 0
    session_id: str | None = None  # the refresh family the token came from


def create_access_token(
    *,
    subject: str,
    secret: str,
    ttl: timedelta,
    now: datetime | None = None,
    generation: int = 0,
    session_id: str | None = None,
    jti: str | None = None,
) -> str:
    issued = now or datetime.now(UTC)
    payload: dict[str, object] = {
        "sub": subject,
        "iat": int(issued.timestamp()),
        "exp": int((issued + ttl).timestamp()),
        "type": ACCESS_TOKEN_TYPE,
        "jti": jti or uuid.uuid4().hex,
        "gen": generation,
    }
    if session_id is not None:
        payload["sid"] = session_id
    return jwt.encode(payload, secret, algorithm=JWT_ALGORITHM)


def decode_access_token(token: str, *, secret: str) -> AccessClaims:
    """Decode and check an access token: `TokenExpired` when only its time is up (the client
    should refresh), `TokenInvalid` for anything else (sign in again)."""
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=[JWT_ALGORITHM],  # pinned: never trust the header's `alg`
            options={"require": list(REQUIRED_CLAIMS)},
        )
    except jwt.ExpiredSignatureError as exc:
        raise TokenExpired() from exc
    except jwt.PyJWTError as exc:
        raise TokenInvalid() from exc
    issued_at, expires_at = _instant(payload.get("iat")), _instant(payload.get("exp"))
    generation, session_id = payload.get("gen", 0), payload.get("sid")
    if (
        payload.get("type") != ACCESS_TOKEN_TYPE
        or not isinstance(payload.get("sub"), str)
        or issued_at is None
        or expires_at is None
        or isinstance(generation, bool)
        or not isinstance(generation, int)
        or not (session_id is None or isinstance(session_id, str))
    ):
        raise TokenInvalid()
    return AccessClaims(
        subject=payload["sub"],
        jti=str(payload["jti"]),
        issued_at=issued_at,
        expires_at=expires_at,
        generation=generation,
        session_id=session_id,
    )


# Claims are whole seconds within datetime's range; anything else ("1", 1e20) is a bad token.
_MAX_TIMESTAMP = 253_402_300_799  # 9999-12-31T23:59:59Z


def _instant(value: object) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_TIMESTAMP:
        return None
    return datetime.fromtimestamp(value, UTC)


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def hash_refresh_token(token: str) -> str:
    # Refresh tokens carry 256 random bits, so a fast hash is enough (unlike passwords):
    # a stolen database still yields no usable token.
    return hashlib.sha256(token.encode()).hexdigest()


# One-time link tokens (password reset, invitation, e-mail confirmation) are the same kind of
# thing: 256 random bits, stored only as a SHA-256 hash.
new_link_token = new_refresh_token
hash_link_token = hash_refresh_token


def _derived_key(secret: str, purpose: str) -> bytes:
    """A key for one purpose, derived from JWT_SECRET (so a key never serves two uses)."""
    return hmac.new(secret.encode(), f"inkwell/{purpose}/v1".encode(), hashlib.sha256).digest()


def successor_refresh_token(token: str, *, secret: str) -> str:
    """The refresh token that rotating `token` yields: HMAC(key, token), 256 bits.

    Deterministic on purpose. Two clients refreshing with one token at once (a SvelteKit
    server and a browser tab) must both get the same new pair; a deterministic successor lets
    the server hand it out again within the grace window without ever storing a usable token
    (only its hash is stored). Without JWT_SECRET it cannot be computed; with JWT_SECRET an
    attacker could forge access tokens anyway, so this adds no new power to a key thief.
    """
    digest = hmac.new(_derived_key(secret, "refresh-successor"), token.encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()


def access_token_id(refresh_token: str, *, secret: str) -> str:
    """A stable `jti` for the access token issued with `refresh_token` (same pair on replay)."""
    key = _derived_key(secret, "access-jti")
    return hmac.new(key, refresh_token.encode(), hashlib.sha256).hexdigest()[:32]
