"""Signing up: open (201 at once; 409 reveals a taken address), or verified by mail.

With SIGNUP_VERIFICATION the answer is a 202 whatever the address: the request checks the
password, hashes it and writes one outbox job, the same work either way. The mail sender then
decides (`issue_signup`): a confirmation link for a new address, a "you already have an
account" notice for a taken one.
"""

from datetime import timedelta

from app.models import EmailVerification, User, VerificationPurpose
from app.models.common import utcnow
from app.services import password_policy, users
from app.services.mail import outbox
from core import security
from core.config import Settings
from core.errors import Forbidden, LinkInvalid
from core.rate_limit import Budget

SIGNUP_TEMPLATE = "signup"


def _ensure_open(settings: Settings) -> None:
    if not settings.allow_signup:
        raise Forbidden("Signup is disabled on this site")


async def signup(
    *, email: str, password: str, display_name: str | None, settings: Settings
) -> User:
    _ensure_open(settings)
    await password_policy.ensure_acceptable(
        password, email=email, min_length=settings.min_password_length
    )
    return await users.create_user(email=email, password=password, display_name=display_name)


async def request_verified_signup(
    *,
    email: str,
    password: str,
    display_name: str | None,
    settings: Settings,
    budget: Budget,
    notify: outbox.Notify,
) -> None:
    _ensure_open(settings)
    await password_policy.ensure_acceptable(
        password, email=email, min_length=settings.min_password_length
    )
    await budget.spend()  # mails to one address, charged whether it has an account or not
    password_hash = await security.hash_password(password)
    await outbox.enqueue(
        template=SIGNUP_TEMPLATE,
        to=email,
        params={"password_hash": password_hash, "display_name": display_name},
        notify=notify,
    )


async def issue_signup(
    *, email: str, password_hash: str, display_name: str | None, settings: Settings
) -> str | None:
    """Called by the mail sender: a confirmation token for a pending signup, or None when
    the address already has an account (then it sends the notice instead)."""
    if await users.get_by_email(email) is not None:
        return None
    token = security.new_link_token()
    now = utcnow()  # one instant: the link lives exactly its configured time
    await EmailVerification(
        purpose=VerificationPurpose.SIGNUP,
        token_hash=security.hash_link_token(token),
        email=email,
        password_hash=password_hash,
        display_name=display_name,
        created_at=now,
        expires_at=now + timedelta(hours=settings.email_verification_hours),
    ).insert()
    return token


async def confirm_signup(*, token: str, settings: Settings) -> User:
    """Create the account of a confirmed signup; the link works once."""
    _ensure_open(settings)
    pending = await take_verification(token, VerificationPurpose.SIGNUP)
    assert pending.password_hash is not None
    return await users.create_user(
        email=pending.email, password_hash=pending.password_hash, display_name=pending.display_name
    )


async def take_verification(token: str, purpose: VerificationPurpose) -> EmailVerification:
    """Find and delete, in one step, the live verification of `token` (single use)."""
    document = await EmailVerification.get_pymongo_collection().find_one_and_delete(
        {
            "token_hash": security.hash_link_token(token),
            "purpose": purpose.value,
            "expires_at": {"$gt": utcnow()},
        }
    )
    if document is None:
        raise LinkInvalid()
    verification: EmailVerification = EmailVerification.model_validate(document)
    return verification
