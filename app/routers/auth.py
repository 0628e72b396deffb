from typing import Annotated

from fastapi import APIRouter, Body, Depends, status

from app.deps import CurrentUser, OptionalUser, SettingsDep, auth_rate_limit
from app.schemas.auth import LoginRequest, LogoutRequest, RefreshRequest, SignupRequest, TokenPair
from app.schemas.users import UserPublic
from app.services import auth, users
from core.errors import Forbidden, Unauthorized, error_responses

router = APIRouter(
    prefix="/auth",
    tags=["auth"],
    dependencies=[Depends(auth_rate_limit)],
    responses=error_responses(429),
)


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserPublic,
    responses=error_responses(403, 409),
)
async def signup(body: SignupRequest, settings: SettingsDep) -> UserPublic:
    """Create a writer account (never an admin)."""
    if not settings.allow_signup:
        raise Forbidden("Signup is disabled on this site")
    user = await users.create_user(
        email=body.email, password=body.password, display_name=body.display_name
    )
    return UserPublic.model_validate(user)


@router.post("/login", response_model=TokenPair, responses=error_responses(401))
async def login(body: LoginRequest, settings: SettingsDep) -> TokenPair:
    """Exchange email and password for an access token and a refresh token."""
    return await auth.login(email=body.email, password=body.password, settings=settings)


@router.post("/refresh", response_model=TokenPair, responses=error_responses(401))
async def refresh_tokens(body: RefreshRequest, settings: SettingsDep) -> TokenPair:
    """Rotate a refresh token: a new pair is returned and the presented token dies."""
    return await auth.refresh(refresh_token=body.refresh_token, settings=settings)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, responses=error_responses(401))
async def logout(user: OptionalUser, body: Annotated[LogoutRequest | None, Body()] = None) -> None:
    """Revoke the session of the given refresh token, or, with only a bearer token,
    every session of its user."""
    refresh_token = body.refresh_token if body else None
    if refresh_token is None and user is None:
        raise Unauthorized("Send a refresh token or a bearer access token")
    await auth.logout(refresh_token=refresh_token, user=user)


@router.get("/me", response_model=UserPublic, responses=error_responses(401))
async def get_me(user: CurrentUser) -> UserPublic:
    """The signed-in user."""
    return UserPublic.model_validate(user)
