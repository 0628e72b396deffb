"""Invitations: how a writer (or admin) joins when signup is closed.

An admin invites an address; the mail sender makes the one-time token when it sends the mail
(`issue_token`), so the token exists only in that mail. Accepting sets a password and creates
the account with the invited role, once.
"""

from datetime import timedelta
from typing import Any

from beanie import SortDirection
from pymongo import ReturnDocument

from app.models import Invitation, InvitationStatus, Role, User
from app.models.common import utcnow
from app.schemas.invitations import InvitationPublic
from app.services import audit, content, password_policy, users
from app.services.mail import outbox
from core import security
from core.config import Settings
from core.errors import Conflict, FeatureDisabled, LinkInvalid, NotFound

INVITATION_TEMPLATE = "invitation"
OPEN = [InvitationStatus.PENDING.value, InvitationStatus.SENT.value]


async def invite(
    *, email: str, role: Role, actor: User, settings: Settings, notify: outbox.Notify
) -> Invitation:
    if not settings.invitations_enabled:
        raise FeatureDisabled()
    if await users.get_by_email(email) is not None:
        raise Conflict(users.EMAIL_TAKEN)
    assert actor.id is not None
    now = utcnow()  # one instant: the link lives exactly its configured time
    invitation = Invitation(
        email=email,
        role=role,
        invited_by=actor.id,
        created_at=now,
        expires_at=now + timedelta(days=settings.invitation_days),
    )
    await invitation.insert()
    await outbox.enqueue(
        template=INVITATION_TEMPLATE,
        to=email,
        params={"invitation_id": str(invitation.id), "inviter": actor.display_name},
        notify=notify,
    )
    await audit.record(
        actor=actor,
        action="invitation.create",
        target=audit.target("invitation", invitation.id, email),
        details={"role": role.value},
    )
    return invitation


async def issue_token(*, invitation_id: str) -> tuple[str, Invitation] | None:
    """Called by the mail sender: a fresh token for an open invitation (a resend replaces
    the previous one), or None when it was revoked, accepted or has expired."""
    oid = content.parse_object_id(invitation_id)
    token = security.new_link_token()
    document = await Invitation.get_pymongo_collection().find_one_and_update(
        {"_id": oid, "status": {"$in": OPEN}, "expires_at": {"$gt": utcnow()}},
        {"$set": {"token_hash": security.hash_link_token(token), "status": "sent"}},
        return_document=ReturnDocument.AFTER,
    )
    return (token, Invitation.model_validate(document)) if document else None


async def list_invitations(
    *, page: int, per_page: int, status: InvitationStatus | None
) -> tuple[list[InvitationPublic], int]:
    query: dict[str, Any] = {} if status is None else {"status": status.value}
    return await content.paginate(
        Invitation,
        query,
        sort=[("created_at", SortDirection.DESCENDING)],
        projection=InvitationPublic,
        page=page,
        per_page=per_page,
    )


async def revoke(*, invitation_id: str, actor: User) -> None:
    """Withdraw an open invitation: its link stops working."""
    oid = content.parse_object_id(invitation_id)
    document = await Invitation.get_pymongo_collection().find_one_and_update(
        {"_id": oid, "status": {"$in": OPEN}},
        {"$set": {"status": InvitationStatus.REVOKED.value, "token_hash": None}},
    )
    if document is None:
        raise NotFound("No open invitation with this id")
    await audit.record(
        actor=actor,
        action="invitation.revoke",
        target=audit.target("invitation", oid, document.get("email")),
    )


async def accept(
    *, token: str, password: str, display_name: str | None, settings: Settings, ip: str | None
) -> User:
    invitation = await Invitation.find_one(
        {"token_hash": security.hash_link_token(token), "status": InvitationStatus.SENT.value}
    )
    if invitation is None or invitation.expires_at <= utcnow():
        raise LinkInvalid()
    await password_policy.ensure_acceptable(
        password, email=invitation.email, min_length=settings.min_password_length
    )
    password_hash = await security.hash_password(password)
    # Claim it first (one conditional update: a link works once), then create the account;
    # if that fails (the address was registered meanwhile) the invitation is reopened.
    claimed = await Invitation.get_pymongo_collection().update_one(
        {"_id": invitation.id, "status": InvitationStatus.SENT.value},
        {"$set": {"status": InvitationStatus.ACCEPTED.value, "accepted_at": utcnow()}},
    )
    if claimed.modified_count != 1:
        raise LinkInvalid()
    try:
        user = await users.create_user(
            email=invitation.email,
            password_hash=password_hash,
            display_name=display_name,
            role=invitation.role,
        )
    except Conflict:
        await Invitation.get_pymongo_collection().update_one(
            {"_id": invitation.id},
            {"$set": {"status": InvitationStatus.SENT.value, "accepted_at": None}},
        )
        raise
    await audit.record(
        actor=user,
        action="invitation.accept",
        target=audit.target("invitation", invitation.id, invitation.email),
        ip=ip,
    )
    return user
