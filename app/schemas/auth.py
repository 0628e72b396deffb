from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from app.schemas.common import Email, InputModel

MIN_PASSWORD = 8
MAX_PASSWORD = 128

NewPassword = Annotated[str, Field(min_length=MIN_PASSWORD, max_length=MAX_PASSWORD)]
DisplayName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
OpaqueToken = Annotated[str, Field(min_length=1, max_length=512)]


class SignupRequest(InputModel):
    """No `role` field: signup can never choose one (extra fields are rejected)."""

    email: Email
    password: NewPassword
    display_name: DisplayName | None = None


class LoginRequest(InputModel):
    email: Email
    # No minimum: a short password is simply wrong. The cap keeps hashing cheap.
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class RefreshRequest(InputModel):
    refresh_token: OpaqueToken


class LogoutRequest(InputModel):
    refresh_token: OpaqueToken | None = None


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 (a scheme name, not a secret)
    expires_in: int = Field(description="Access token lifetime in seconds")


class AccessToken(BaseModel):
    """A new access token for the current session (its refresh token is unchanged)."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 (a scheme name, not a secret)
    expires_in: int = Field(description="Access token lifetime in seconds")


class PasswordChange(InputModel):
    current_password: Annotated[str, Field(min_length=1, max_length=1024)]
    new_password: NewPassword


class PasswordResetRequest(InputModel):
    email: Email


class PasswordResetConfirm(InputModel):
    token: OpaqueToken
    new_password: NewPassword


class LinkToken(InputModel):
    """The token of a link from a mail (the part after `#token=`)."""

    token: OpaqueToken


class EmailChangeRequest(InputModel):
    new_email: Email
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class Accepted(BaseModel):
    """The request was taken; what happens next arrives by mail."""

    detail: str
