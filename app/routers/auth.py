"""Sign up, sign in, rotate refresh tokens, sign out; your profile and your sessions.

Only the credential endpoints carry the AUTH_RATE_LIMIT (per IP and endpoint); /auth/me and
the sessions list are called by front ends all the time and are not limited by it.
"""

from typing import Annotated

from fastapi import APIRouter, Body, status
from fastapi.responses import JSONResponse, Response

from app.deps import (
    AccountLimitsDep,
    AuthRateLimit,
    ClientInfoDep,
    CurrentSessionId,
    CurrentUser,
    MailNotify,
    OptionalUser,
    SettingsDep,
)
from app.schemas.auth import (
    Accepted,
    LinkToken,
    LoginRequest,
    LogoutRequest,
    RefreshRequest,
    SignupRequest,
    TokenPair,
)
from app.schemas.authors import ProfileUpdate
from app.schemas.sessions import SessionPublic
from app.schemas.users import UserPublic
from app.services import auth, profiles, sessions
from app.services import signup as signups
from core.errors import (
    Conflict,
    CredentialsInvalid,
    Forbidden,
    LinkInvalid,
    NotFound,
    PasswordRejected,
    RateLimited,
    RefreshTokenInvalid,
    Unauthorized,
    error_responses,
)

router = APIRouter(prefix="/auth", tags=["auth"])
CHECK_INBOX = "Check your inbox: we sent a link to finish signing up"


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserPublic,
    dependencies=[AuthRateLimit],
    responses={
        202: {"model": Accepted, "description": "SIGNUP_VERIFICATION: a link was mailed"},
        **error_responses(Forbidden, Conflict, PasswordRejected, RateLimited),
    },
)
async def signup(
    body: SignupRequest, settings: SettingsDep, limits: AccountLimitsDep, notify: MailNotify
) -> UserPublic | Response:
    """Create a writer account (never an admin). Open signup answers 201, or 409 for a taken
    address; with SIGNUP_VERIFICATION it answers 202 whatever the address and mails a link."""
    if settings.signup_verification:
        await signups.request_verified_signup(
            email=body.email,
            password=body.password,
            display_name=body.display_name,
            settings=settings,
            budget=limits.mail(body.email),
            notify=notify,
        )
        return JSONResponse(Accepted(detail=CHECK_INBOX).model_dump(), status_code=202)
    user = await signups.signup(
        email=body.email, password=body.password, display_name=body.display_name, settings=settings
    )
    return UserPublic.model_validate(user)


@router.post(
    "/signup/confirm",
    status_code=status.HTTP_201_CREATED,
    response_model=UserPublic,
    dependencies=[AuthRateLimit],
    responses=error_responses(LinkInvalid, Forbidden, Conflict, RateLimited),
)
async def confirm_signup(body: LinkToken, settings: SettingsDep) -> UserPublic:
    """Finish a verified signup with the token of its mail: the account is created."""
    return UserPublic.model_validate(
        await signups.confirm_signup(token=body.token, settings=settings)
    )


@router.post(
    "/login",
    response_model=TokenPair,
    dependencies=[AuthRateLimit],
    responses=error_responses(CredentialsInvalid, RateLimited),
)
async def login(
    body: LoginRequest, settings: SettingsDep, client: ClientInfoDep, limits: AccountLimitsDep
) -> TokenPair:
    """Exchange email and password for an access token and a refresh token. Limited per IP
    and per account (failed attempts)."""
    return await auth.login(
        email=body.email,
        password=body.password,
        settings=settings,
        client=client,
        budget=limits.login(body.email),
    )


@router.post(
    "/refresh",
    response_model=TokenPair,
    dependencies=[AuthRateLimit],
    responses=error_responses(RefreshTokenInvalid, RateLimited),
)
async def refresh_tokens(
    body: RefreshRequest, settings: SettingsDep, client: ClientInfoDep
) -> TokenPair:
    """Rotate a refresh token: a new pair is returned and the presented token dies (sent again
    within REFRESH_REUSE_GRACE_SECONDS it returns the same new pair)."""
    return await auth.refresh(refresh_token=body.refresh_token, settings=settings, client=client)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, responses=error_responses(401))
async def logout(user: OptionalUser, body: Annotated[LogoutRequest | None, Body()] = None) -> None:
    """Revoke the session of the given refresh token, or, with only a bearer token, log out
    everywhere: every session and every access token of its user."""
    refresh_token = body.refresh_token if body else None
    if refresh_token is None and user is None:
        raise Unauthorized("Send a refresh token or a bearer access token")
    await auth.logout(refresh_token=refresh_token, user=user)


@router.get("/me", response_model=UserPublic, responses=error_responses(401))
async def get_me(user: CurrentUser) -> UserPublic:
    """The signed-in user."""
    return UserPublic.model_validate(user)


@router.patch("/me", response_model=UserPublic, responses=error_responses(401, Conflict))
async def update_me(body: ProfileUpdate, user: CurrentUser) -> UserPublic:
    """Change your name, bio, avatar or author slug (your public author profile)."""
    return UserPublic.model_validate(await profiles.update_profile(user=user, data=body))


@router.get("/sessions", response_model=list[SessionPublic], responses=error_responses(401))
async def list_sessions(user: CurrentUser, current: CurrentSessionId) -> list[SessionPublic]:
    """Your signed-in sessions (one per login), most recently used first."""
    return await sessions.list_sessions(user=user, current=current)


@router.delete(
    "/sessions/{session_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(401, NotFound),
)
async def revoke_session(session_id: str, user: CurrentUser, client: ClientInfoDep) -> None:
    """Sign one of your sessions out: its refresh token stops working at once."""
    await sessions.revoke_session(user=user, session_id=session_id, ip=client.ip)
