"""Unit tests of the security helpers: hashing and token primitives."""

import base64
import json
import time
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from argon2 import PasswordHasher

from core import security
from core.errors import Unauthorized

SECRET = "s" * 64


async def test_passwords_are_hashed_with_argon2id_and_verify() -> None:
    hashed = await security.hash_password("correct horse")
    assert hashed.startswith("$argon2id$")
    assert (await security.verify_password(hashed, "correct horse")).valid
    assert not (await security.verify_password(hashed, "wrong horse")).valid


async def test_verifying_against_no_hash_still_does_the_work_and_fails() -> None:
    check = await security.verify_password(None, "anything")
    assert check.valid is False


def test_a_hash_with_weaker_parameters_needs_rehash() -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash("pw-pw-pw-pw")
    check = security.verify_password_sync(weak, "pw-pw-pw-pw")
    assert check.valid and check.needs_rehash


def test_a_malformed_hash_is_a_failed_verify_not_an_error() -> None:
    assert security.verify_password_sync("not-a-hash", "pw") == security.PasswordCheck(valid=False)


def test_access_token_round_trip_carries_the_required_claims() -> None:
    now = datetime.now(UTC)
    token = security.create_access_token(
        subject="user-1", secret=SECRET, ttl=timedelta(minutes=15), now=now
    )
    payload = jwt.decode(token, SECRET, algorithms=["HS256"])
    assert set(payload) == {"sub", "iat", "exp", "type", "jti", "gen"}  # gen: token generation
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = security.decode_access_token(token, secret=SECRET)
    assert claims.subject == "user-1"
    assert claims.expires_at - claims.issued_at == timedelta(minutes=15)


def test_each_access_token_has_its_own_jti() -> None:
    def jti() -> str:
        token = security.create_access_token(subject="u", secret=SECRET, ttl=timedelta(minutes=1))
        return security.decode_access_token(token, secret=SECRET).jti

    assert jti() != jti()


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _claims(**overrides: object) -> dict[str, object]:
    now = int(time.time())
    claims: dict[str, object] = {
        "sub": "u",
        "iat": now,
        "exp": now + 60,
        "type": "access",
        "jti": "j",
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


@pytest.mark.parametrize(
    "token",
    [
        # alg "none": unsigned tokens must never pass
        _b64({"alg": "none", "typ": "JWT"}) + "." + _b64(_claims()) + ".",
        # right secret, other algorithm: the algorithm is pinned
        jwt.encode(_claims(), SECRET, algorithm="HS512"),
        jwt.encode(_claims(), "another-secret-that-is-long-enough-000", algorithm="HS256"),
        jwt.encode(_claims(exp=int(time.time()) - 10), SECRET, algorithm="HS256"),
        jwt.encode(_claims(type="refresh"), SECRET, algorithm="HS256"),
        jwt.encode(_claims(sub=None), SECRET, algorithm="HS256"),
        jwt.encode(_claims(jti=None), SECRET, algorithm="HS256"),
        jwt.encode(_claims(iat=None), SECRET, algorithm="HS256"),
        jwt.encode(_claims(exp=None), SECRET, algorithm="HS256"),
        jwt.encode(_claims(type=None), SECRET, algorithm="HS256"),
        jwt.encode(_claims(sub=42), SECRET, algorithm="HS256"),
        "not.a.token",
    ],
    ids=["alg-none", "hs512", "wrong-secret", "expired", "wrong-type", "no-sub", "no-jti", "no-iat",
         "no-exp", "no-type", "int-sub", "garbage"],
)  # fmt: skip
def test_decode_rejects_every_defective_token(token: str) -> None:
    with pytest.raises(Unauthorized):
        security.decode_access_token(token, secret=SECRET)


def test_refresh_tokens_are_random_and_hash_deterministically() -> None:
    tokens = {security.new_refresh_token() for _ in range(100)}
    assert len(tokens) == 100
    token = tokens.pop()
    assert len(token) >= 43  # 32 random bytes
    assert security.hash_refresh_token(token) == security.hash_refresh_token(token)
    assert len(security.hash_refresh_token(token)) == 64
    assert token not in security.hash_refresh_token(token)


async def test_argon2_work_is_capped_and_off_the_event_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import asyncio
    import threading

    running = 0
    peak = 0
    lock = threading.Lock()
    loop_thread = threading.get_ident()
    threads = set()

    def slow_hash(password: str) -> str:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        threads.add(threading.get_ident())
        time.sleep(0.05)
        with lock:
            running -= 1
        return "$argon2id$fake"

    monkeypatch.setattr(security, "hash_password_sync", slow_hash)
    await asyncio.gather(*(security.hash_password(f"pw-{n}") for n in range(8)))
    assert peak == security.HASH_WORKERS
    assert loop_thread not in threads
