"""The signed-in user's own profile, and changing their e-mail address (re-verified)."""

from datetime import timedelta

from pymongo.errors import DuplicateKeyError

from app.models import EmailVerification, User, VerificationPurpose
from app.models.common import utcnow
from app.schemas.authors import ProfileUpdate
from app.services import audit, content, content_events, events, signup, users
from app.services.mail import outbox
from core import security
from core.config import Settings
from core.errors import Conflict, CurrentPasswordInvalid, FeatureDisabled

EMAIL_CHANGE_TEMPLATE = "email_change"


async def update_profile(*, user: User, data: ProfileUpdate) -> User:
    changes = data.model_dump(exclude_unset=True)
    if not changes:
        return user

    async def update(unit: events.Unit) -> User | None:
        updated = await content.update_fields(
            User, user.id, changes, stamp=False, session=unit.session
        )
        if updated is not None:  # shown with public posts: caches and webhooks must know
            content_events.author_changed(unit, updated)
        return updated

    try:
        updated = await events.transact(update)
    except Conflict as exc:  # the only unique field a profile can change is the slug
        raise Conflict(f"The author slug '{changes.get('slug')}' is already in use") from exc
    assert updated is not None
    return updated


async def request_email_change(
    *, user: User, new_email: str, password: str, settings: Settings, notify: outbox.Notify
) -> None:
    """Check the password, then mail a confirmation link to the new address; the address
    changes only when that link is used."""
    if not settings.mail_available:
        raise FeatureDisabled("Changing the e-mail address needs mail, which is not set up")
    check = await security.verify_password(user.password_hash, password)
    if not check.valid:
        raise CurrentPasswordInvalid()
    if new_email == user.email:
        raise Conflict("This is already your address")
    await outbox.enqueue(
        template=EMAIL_CHANGE_TEMPLATE,
        to=new_email,
        params={"user_id": str(user.id)},
        notify=notify,
    )


async def issue_email_change(*, user_id: str, email: str, settings: Settings) -> str | None:
    """Called by the mail sender: a confirmation token for the new address."""
    user = await users.get_by_id(user_id)
    if user is None or not user.is_active:
        return None
    token = security.new_link_token()
    now = utcnow()  # one instant: the link lives exactly its configured time
    await EmailVerification(
        purpose=VerificationPurpose.EMAIL_CHANGE,
        token_hash=security.hash_link_token(token),
        email=email,
        user_id=user.id,
        created_at=now,
        expires_at=now + timedelta(hours=settings.email_verification_hours),
    ).insert()
    return token


async def confirm_email_change(*, token: str, ip: str | None) -> User:
    pending = await signup.take_verification(token, VerificationPurpose.EMAIL_CHANGE)
    user = await users.get_by_id(pending.user_id) if pending.user_id else None
    if user is None or not user.is_active:
        raise Conflict("The account of this link no longer exists")
    try:
        updated = await content.update_fields(User, user.id, {"email": pending.email}, stamp=False)
    except (Conflict, DuplicateKeyError) as exc:
        raise Conflict(users.EMAIL_TAKEN) from exc
    assert updated is not None
    await audit.record(
        actor=updated,
        action="auth.email_change",
        target=audit.target("user", user.id, pending.email),
        details={"from": user.email},
        ip=ip,
    )
    return updated
