"""Changing a password, and forgetting one: reset requests and their one-time links.

A reset request always does the same work whatever the address: it charges the per-address
budget and writes one outbox job. Whether an account exists is decided later by the mail
sender (`issue_reset`), so the response cannot tell, by body, status or time.
"""

from datetime import timedelta

from pymongo import ReturnDocument

from app.models import PasswordReset, User
from app.models.common import utcnow
from app.services import audit, password_policy, tokens, users
from app.services.mail import outbox
from core import security
from core.config import Settings
from core.errors import CurrentPasswordInvalid, FeatureDisabled, LinkInvalid
from core.rate_limit import Budget

RESET_TEMPLATE = "password_reset"


async def change_password(
    *,
    user: User,
    current_password: str,
    new_password: str,
    keep_session: str | None,
    settings: Settings,
    ip: str | None,
) -> int:
    """Set a new password after checking the current one. Every other session ends; every
    access token too (the caller gets a new one). Returns the new token generation."""
    check = await security.verify_password(user.password_hash, current_password)
    if not check.valid:
        raise CurrentPasswordInvalid()
    await password_policy.ensure_acceptable(
        new_password, email=user.email, min_length=settings.min_password_length
    )
    generation = await _set_password(user, new_password)
    await tokens.revoke_all_for_user(user.id, keep_family=keep_session)
    await audit.record(actor=user, action="auth.password_change", target=_self(user), ip=ip)
    return generation


async def request_reset(
    *, email: str, settings: Settings, budget: Budget, notify: outbox.Notify
) -> None:
    if not settings.password_reset_enabled:
        raise FeatureDisabled()
    await budget.spend()  # per address, charged the same whether it has an account or not
    await outbox.enqueue(template=RESET_TEMPLATE, to=email, notify=notify)


async def issue_reset(*, email: str, settings: Settings) -> tuple[str, User] | None:
    """Called by the mail sender: a new reset token for the active account at `email` (only
    its hash is stored), or None when there is no such account."""
    user = await users.get_by_email(email)
    if user is None or not user.is_active:
        return None
    assert user.id is not None
    token = security.new_link_token()
    now = utcnow()  # one instant: the link lives exactly its configured time
    await PasswordReset(
        token_hash=security.hash_link_token(token),
        user_id=user.id,
        created_at=now,
        expires_at=now + timedelta(minutes=settings.password_reset_minutes),
    ).insert()
    return token, user


async def confirm_reset(
    *, token: str, new_password: str, settings: Settings, ip: str | None
) -> None:
    """Set the password with a reset token (single use), and end every session."""
    if not settings.password_reset_enabled:
        raise FeatureDisabled()
    reset = await PasswordReset.find_one(
        PasswordReset.token_hash == security.hash_link_token(token)
    )
    now = utcnow()
    if reset is None or reset.used_at is not None or reset.expires_at <= now:
        raise LinkInvalid()
    user = await users.get_by_id(reset.user_id)
    if user is None or not user.is_active:
        raise LinkInvalid()
    await password_policy.ensure_acceptable(
        new_password, email=user.email, min_length=settings.min_password_length
    )
    password_hash = await security.hash_password(new_password)
    # Claim the token with one conditional update: of two uses at once, one wins.
    claimed = await PasswordReset.get_pymongo_collection().update_one(
        {"_id": reset.id, "used_at": None}, {"$set": {"used_at": now}}
    )
    if claimed.modified_count != 1:
        raise LinkInvalid()
    await _store_hash(user, password_hash)
    await tokens.revoke_all_for_user(user.id)
    # Other links of this user die with this one.
    await PasswordReset.get_pymongo_collection().update_many(
        {"user_id": user.id, "used_at": None}, {"$set": {"used_at": now}}
    )
    await audit.record(actor=user, action="auth.password_reset", target=_self(user), ip=ip)


async def _set_password(user: User, password: str) -> int:
    return await _store_hash(user, await security.hash_password(password))


async def _store_hash(user: User, password_hash: str) -> int:
    """Store the hash and move the token generation on in the same update."""
    updated = await User.get_pymongo_collection().find_one_and_update(
        {"_id": user.id},
        {"$set": {"password_hash": password_hash}, "$inc": {"token_generation": 1}},
        projection={"token_generation": 1},
        return_document=ReturnDocument.AFTER,
    )
    return int(updated["token_generation"]) if updated else 0


def _self(user: User) -> audit.Target:
    return audit.target("user", user.id, user.email)
