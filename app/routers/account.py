"""Passwords, e-mail address changes and invitation acceptance (under /auth)."""

from fastapi import APIRouter, status

from app.deps import (
    AccountLimitsDep,
    AuthRateLimit,
    ClientInfoDep,
    CurrentSessionId,
    CurrentUser,
    MailNotify,
    SettingsDep,
)
from app.schemas.auth import (
    Accepted,
    AccessToken,
    EmailChangeRequest,
    LinkToken,
    PasswordChange,
    PasswordResetConfirm,
    PasswordResetRequest,
)
from app.schemas.invitations import InvitationAccept
from app.schemas.users import UserPublic
from app.services import auth, invitations, passwords, profiles
from core.errors import (
    Conflict,
    CurrentPasswordInvalid,
    FeatureDisabled,
    LinkInvalid,
    PasswordRejected,
    RateLimited,
    error_responses,
)

router = APIRouter(prefix="/auth", tags=["auth"], dependencies=[AuthRateLimit])
RESET_SENT = "If an account uses this address, we sent it a link to choose a new password"
EMAIL_SENT = "We sent a confirmation link to the new address"


@router.post(
    "/password",
    response_model=AccessToken,
    responses=error_responses(401, CurrentPasswordInvalid, PasswordRejected, RateLimited),
)
async def change_password(
    body: PasswordChange,
    user: CurrentUser,
    session: CurrentSessionId,
    settings: SettingsDep,
    client: ClientInfoDep,
) -> AccessToken:
    """Change your password. Every other session ends, and every access token: use the one
    returned (this session's refresh token keeps working)."""
    await passwords.change_password(
        user=user,
        current_password=body.current_password,
        new_password=body.new_password,
        keep_session=session,
        settings=settings,
        ip=client.ip,
    )
    token = await auth.access_token_for(user=user, session_id=session, settings=settings)
    return AccessToken(access_token=token, expires_in=settings.access_token_minutes * 60)


@router.post(
    "/password-reset",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    responses=error_responses(FeatureDisabled, RateLimited),
)
async def request_password_reset(
    body: PasswordResetRequest, settings: SettingsDep, limits: AccountLimitsDep, notify: MailNotify
) -> Accepted:
    """Mail a one-time link to choose a new password. The answer is the same whether or not
    the address has an account."""
    await passwords.request_reset(
        email=body.email, settings=settings, budget=limits.mail(body.email), notify=notify
    )
    return Accepted(detail=RESET_SENT)


@router.post(
    "/password-reset/confirm",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(LinkInvalid, PasswordRejected, FeatureDisabled, RateLimited),
)
async def confirm_password_reset(
    body: PasswordResetConfirm, settings: SettingsDep, client: ClientInfoDep
) -> None:
    """Set a new password with the token of a reset mail; every session of the account ends."""
    await passwords.confirm_reset(
        token=body.token, new_password=body.new_password, settings=settings, ip=client.ip
    )


@router.post(
    "/email",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    responses=error_responses(401, CurrentPasswordInvalid, Conflict, FeatureDisabled, RateLimited),
)
async def request_email_change(
    body: EmailChangeRequest, user: CurrentUser, settings: SettingsDep, notify: MailNotify
) -> Accepted:
    """Change your e-mail address: needs your password; the new address must confirm."""
    await profiles.request_email_change(
        user=user,
        new_email=body.new_email,
        password=body.password,
        settings=settings,
        notify=notify,
    )
    return Accepted(detail=EMAIL_SENT)


@router.post(
    "/email/confirm",
    response_model=UserPublic,
    responses=error_responses(LinkInvalid, Conflict, RateLimited),
)
async def confirm_email_change(body: LinkToken, client: ClientInfoDep) -> UserPublic:
    """Confirm a new address with the token of its mail."""
    return UserPublic.model_validate(
        await profiles.confirm_email_change(token=body.token, ip=client.ip)
    )


@router.post(
    "/invitations/accept",
    status_code=status.HTTP_201_CREATED,
    response_model=UserPublic,
    responses=error_responses(LinkInvalid, PasswordRejected, Conflict, RateLimited),
)
async def accept_invitation(
    body: InvitationAccept, settings: SettingsDep, client: ClientInfoDep
) -> UserPublic:
    """Accept an invitation: set your password; the account gets the invited role. Works
    with ALLOW_SIGNUP=false."""
    user = await invitations.accept(
        token=body.token,
        password=body.password,
        display_name=body.display_name,
        settings=settings,
        ip=client.ip,
    )
    return UserPublic.model_validate(user)
