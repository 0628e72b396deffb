"""Focused unit tests: the mail settings rule, token derivation, the policy, cache keys."""

import secrets
from datetime import timedelta

import jwt
import pytest
from pydantic import SecretStr, ValidationError

from app.routers.cached_reads import EXACT
from app.services import password_policy
from core import security
from core.config import Settings
from core.errors import TokenInvalid

SECRET = secrets.token_urlsafe(48)


def _production(**values: object) -> Settings:
    return Settings(_env_file=None, env="production", jwt_secret=SecretStr(SECRET), **values)  # type: ignore[arg-type]


@pytest.mark.parametrize("feature", ["password_reset", "invitations", "signup_verification"])
def test_production_refuses_a_mail_feature_without_smtp(feature: str) -> None:
    with pytest.raises(ValidationError, match="need mail: set SMTP_HOST"):
        _production(**{feature: True})


def test_production_without_smtp_starts_with_mail_features_off() -> None:
    settings = _production()
    assert not settings.mail_available
    assert not settings.password_reset_enabled and not settings.invitations_enabled
    assert settings.min_password_length == 12
    with_smtp = _production(smtp_host="mail.example.com", signup_verification=True)
    assert with_smtp.password_reset_enabled and with_smtp.invitations_enabled


def test_dev_without_smtp_logs_mail_so_features_are_on() -> None:
    settings = Settings(_env_file=None, env="dev", jwt_secret=SecretStr(SECRET))
    assert settings.mail_available and settings.password_reset_enabled
    assert settings.min_password_length == 8


def test_successor_tokens_are_deterministic_keyed_and_unguessable() -> None:
    token = security.new_refresh_token()
    one = security.successor_refresh_token(token, secret=SECRET)
    assert one == security.successor_refresh_token(token, secret=SECRET)
    assert one != security.successor_refresh_token(token, secret=secrets.token_urlsafe(48))
    assert one != security.successor_refresh_token(one, secret=SECRET)
    assert len(one) == 43 and one != token


def test_access_claims_carry_generation_and_session() -> None:
    token = security.create_access_token(
        subject="u1", secret=SECRET, ttl=timedelta(minutes=5), generation=3, session_id="fam"
    )
    claims = security.decode_access_token(token, secret=SECRET)
    assert (claims.generation, claims.session_id) == (3, "fam")
    legacy = security.create_access_token(subject="u1", secret=SECRET, ttl=timedelta(minutes=5))
    assert security.decode_access_token(legacy, secret=SECRET).generation == 0


@pytest.mark.parametrize("bad", [{"gen": "1"}, {"gen": True}, {"gen": 1.5}, {"sid": 7}])
def test_malformed_generation_or_session_claims_are_invalid(bad: dict[str, object]) -> None:
    payload = jwt.decode(
        security.create_access_token(subject="u", secret=SECRET, ttl=timedelta(minutes=5)),
        SECRET,
        algorithms=["HS256"],
    )
    forged = jwt.encode({**payload, **bad}, SECRET, algorithm="HS256")
    with pytest.raises(TokenInvalid):
        security.decode_access_token(forged, secret=SECRET)


@pytest.mark.parametrize(
    ("password", "refused"),
    [
        ("123456789", True),
        ("Monkey123", True),
        ("letmein!!", True),
        ("a fairly long passphrase", False),
        ("writer-password", False),
        ("short", True),
    ],
)
def test_password_policy(password: str, refused: bool) -> None:
    problem = password_policy.problem(password, email="someone@example.com", min_length=8)
    assert (problem is not None) is refused


def test_cache_keys_of_the_post_list_include_the_author() -> None:
    parse = EXACT["/api/v1/posts"]
    assert parse({}) != parse({"author": "ann"})
    assert parse({"author": ""}) == parse({})
    assert parse({"author": "Not Valid"}) is None  # left to the route (422)


async def test_existing_users_get_author_slugs(client: object) -> None:
    from app.migrations import MIGRATIONS
    from app.models import User

    collection = User.get_pymongo_collection()
    await collection.insert_many(
        [
            {
                "email": f"old{i}@example.com",
                "password_hash": "x",
                "display_name": "Old Timer",
                "role": "user",
                "is_active": True,
            }
            for i in range(2)
        ]
    )
    [migration] = [m for m in MIGRATIONS if m.id == "0002_user_slugs"]
    await migration.apply(collection.database)
    await migration.apply(collection.database)  # idempotent
    slugs = sorted([u["slug"] async for u in collection.find({}, {"slug": 1})])
    assert slugs == ["old-timer", "old-timer-2"]


async def test_each_mail_job_is_claimed_once_and_a_dead_senders_lease_runs_out(
    client: object,
) -> None:
    import asyncio

    from app.models import MailJob, MailStatus
    from app.models.common import utcnow
    from app.services.mail import outbox

    # The app's own loop may claim too: stop it from seeing the job by queueing it later.
    job = await outbox.enqueue(template="password_reset", to="x@example.com")
    await job.set({"next_attempt_at": utcnow() + timedelta(hours=1)})
    later = utcnow() + timedelta(hours=2)
    claims = await asyncio.gather(*(outbox.claim(now=later) for _ in range(5)))
    won = [c for c in claims if c is not None]
    assert len(won) == 1 and won[0].status is MailStatus.SENDING and won[0].attempts == 1
    # Its sender dies: nobody may take it during the lease, anyone after it.
    assert await outbox.claim(now=later + timedelta(seconds=outbox.LEASE_SECONDS - 1)) is None
    again = await outbox.claim(now=later + timedelta(seconds=outbox.LEASE_SECONDS + 1))
    assert again is not None and again.attempts == 2
    # The first sender's late report is fenced off by the new lease.
    await outbox.mark_sent(won[0], subject="late")
    stored = await MailJob.get(job.id)
    assert stored is not None and stored.status is MailStatus.SENDING
