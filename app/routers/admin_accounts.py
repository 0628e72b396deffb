"""Accounts for admins: invitations, ending a user's sessions, the audit log, undelivered mail."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.deps import AdminUser, MailNotify, Pagination, SettingsDep
from app.models import InvitationStatus, MailStatus
from app.schemas.audit import AuditEntryPublic
from app.schemas.common import Paginated
from app.schemas.invitations import InvitationCreate, InvitationPublic
from app.schemas.mail import MailJobPublic
from app.services import audit, invitations, users
from app.services.mail import outbox
from core.errors import Conflict, FeatureDisabled, NotFound, error_responses

router = APIRouter(prefix="/admin", tags=["admin"], responses=error_responses(401, 403))


@router.post(
    "/invitations",
    status_code=status.HTTP_201_CREATED,
    response_model=InvitationPublic,
    responses=error_responses(Conflict, FeatureDisabled),
)
async def create_invitation(
    body: InvitationCreate, admin: AdminUser, settings: SettingsDep, notify: MailNotify
) -> InvitationPublic:
    """Invite an address to join with a role: it gets a mail with a one-time link (valid
    INVITATION_DAYS) to set a password. Works with ALLOW_SIGNUP=false."""
    invitation = await invitations.invite(
        email=body.email, role=body.role, actor=admin, settings=settings, notify=notify
    )
    return InvitationPublic.model_validate(invitation)


@router.get("/invitations", response_model=Paginated[InvitationPublic])
async def list_invitations(
    _admin: AdminUser,
    paging: Pagination,
    status: Annotated[InvitationStatus | None, Query()] = None,
) -> Paginated[InvitationPublic]:
    """Invitations, newest first (expired ones disappear)."""
    items, total = await invitations.list_invitations(
        status=status, page=paging.page, per_page=paging.per_page
    )
    return Paginated[InvitationPublic].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.delete(
    "/invitations/{invitation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(NotFound),
)
async def revoke_invitation(invitation_id: str, admin: AdminUser) -> None:
    """Withdraw an open invitation: its link stops working."""
    await invitations.revoke(invitation_id=invitation_id, actor=admin)


@router.post(
    "/users/{user_id}/sessions/revoke",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(NotFound),
)
async def revoke_user_sessions(user_id: str, admin: AdminUser) -> None:
    """Sign a user out everywhere: every refresh token and access token stops working now."""
    await users.revoke_sessions(user_id=user_id, actor=admin)


@router.get("/audit", response_model=Paginated[AuditEntryPublic])
async def list_audit_entries(
    _admin: AdminUser,
    paging: Pagination,
    actor: Annotated[str | None, Query(max_length=254, description="User id or e-mail")] = None,
    action: Annotated[
        str | None, Query(max_length=64, description="An action, or a prefix like `post.`")
    ] = None,
    since: Annotated[datetime | None, Query(description="ISO-8601, with an offset")] = None,
) -> Paginated[AuditEntryPublic]:
    """The audit log, newest first. Entries cannot be changed or deleted through the API."""
    items, total = await audit.list_entries(
        actor=actor, action=action, since=since, page=paging.page, per_page=paging.per_page
    )
    return Paginated[AuditEntryPublic].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.get("/mail", response_model=Paginated[MailJobPublic])
async def list_mail(
    _admin: AdminUser,
    paging: Pagination,
    status: Annotated[MailStatus | None, Query(description="`failed`: undelivered")] = None,
) -> Paginated[MailJobPublic]:
    """Outgoing mail, newest first: who, what, status, attempts, last error (never bodies)."""
    items, total = await outbox.list_jobs(status=status, page=paging.page, per_page=paging.per_page)
    return Paginated[MailJobPublic].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )
