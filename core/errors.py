"""Domain errors and the one place that renders every error as `{"detail", "code"}` JSON.

Services raise `AppError` subclasses and never import FastAPI; the handlers registered by
`install_error_handlers` render them, FastAPI's validation errors, Starlette's 404/405, database
outages and anything unexpected, always as JSON with a stable machine `code`, never with a
stack trace. `ErrorBody` is the one error schema of the OpenAPI document.
"""

import logging
import math
from collections.abc import Mapping
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from pymongo.errors import ConnectionFailure, PyMongoError
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.middleware import security_headers

logger = logging.getLogger(__name__)

# Request fields whose values must never be echoed back in an error.
SENSITIVE_FIELDS = frozenset(
    {"password", "new_password", "current_password", "refresh_token", "access_token", "token"}
)
DB_RETRY_AFTER_SECONDS = 5
# Validation errors echo an input only when it is a short scalar: never a body, never a blob.
ECHO_MAX_CHARS = 64


class AppError(Exception):
    """Base of every domain error: a status, a stable `code`, a client-safe message, headers."""

    status_code: ClassVar[int] = 500
    code: ClassVar[str] = "internal_error"
    default_detail: ClassVar[str] = "Internal server error"

    def __init__(self, detail: str | None = None, *, headers: Mapping[str, str] | None = None):
        self.detail = detail or self.default_detail
        self.headers = dict(headers or {})
        super().__init__(self.detail)

    def body(self) -> dict[str, Any]:
        return {"detail": self.detail, "code": self.code}


class BadRequest(AppError):
    status_code = 400
    code = "bad_request"
    default_detail = "Malformed request"


class Unauthorized(AppError):
    """No usable credentials: the client should sign in."""

    status_code = 401
    code = "not_authenticated"
    default_detail = "Could not validate credentials"
    # RFC 6750: a bare challenge when no token was sent, `invalid_token` when one was bad.
    challenge: ClassVar[str] = "Bearer"

    def __init__(self, detail: str | None = None):
        super().__init__(detail, headers={"WWW-Authenticate": self.challenge})


class CredentialsInvalid(Unauthorized):
    code = "credentials_invalid"
    default_detail = "Incorrect email or password"


class TokenInvalid(Unauthorized):
    code = "token_invalid"
    default_detail = "The token is invalid; sign in again"
    challenge = 'Bearer error="invalid_token", error_description="The token is invalid"'


class TokenExpired(Unauthorized):
    code = "token_expired"
    default_detail = "The token has expired; refresh it"
    challenge = 'Bearer error="invalid_token", error_description="The token has expired"'


class TokenRevoked(TokenInvalid):
    """A well-formed access token issued before its user's sessions were ended (password
    change or reset, deactivation, "log out everywhere")."""

    code = "token_revoked"
    default_detail = "The token was revoked; sign in again"
    challenge = 'Bearer error="invalid_token", error_description="The token was revoked"'


class RefreshTokenInvalid(Unauthorized):
    """A refresh token that is unknown. Like a password, it is a credential sent in the body,
    so the challenge is a bare `Bearer` (RFC 6750's `invalid_token` is for access tokens)."""

    code = "refresh_token_invalid"
    default_detail = "Invalid refresh token; sign in again"


class RefreshTokenExpired(RefreshTokenInvalid):
    code = "refresh_token_expired"
    default_detail = "The refresh token has expired; sign in again"


class RefreshTokenRevoked(RefreshTokenInvalid):
    """Its session was ended: logout, password change, deactivation, or a replayed token."""

    code = "refresh_token_revoked"
    default_detail = "The refresh token was revoked; sign in again"


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"
    default_detail = "You are not allowed to do this"


class CurrentPasswordInvalid(Forbidden):
    """Re-authentication failed for a signed-in user: a 403, not a 401, so a client does not
    mistake it for an ended session."""

    code = "current_password_invalid"
    default_detail = "The current password is incorrect"


class NotFound(AppError):
    status_code = 404
    code = "not_found"
    default_detail = "Not found"


class Conflict(AppError):
    status_code = 409
    code = "conflict"
    default_detail = "Conflict"


class InvalidTransition(Conflict):
    code = "invalid_transition"

    def __init__(self, *, current: str, action: str, subject: str = "post"):
        self.current = current
        self.action = action
        super().__init__(f"Cannot {action} a {subject} whose status is '{current}'")

    def body(self) -> dict[str, Any]:
        return {**super().body(), "current_status": self.current}


class Unprocessable(AppError):
    status_code = 422
    code = "unprocessable"
    default_detail = "The request cannot be processed"


class PasswordRejected(Unprocessable):
    """The password breaks the policy: too short, the user's own e-mail, or a common one."""

    code = "password_rejected"


class LinkInvalid(BadRequest):
    """A one-time link token (password reset, invitation, e-mail confirmation) that is unknown,
    expired or already used: one answer for all three, so nothing can be probed."""

    code = "link_invalid"
    default_detail = "This link is invalid or has expired; ask for a new one"


class PayloadTooLarge(AppError):
    status_code = 413
    code = "payload_too_large"
    default_detail = "Payload too large"


class UnsupportedMediaType(AppError):
    status_code = 415
    code = "unsupported_media_type"
    default_detail = "Unsupported media type"


class RateLimited(AppError):
    status_code = 429
    code = "rate_limited"
    default_detail = "Too many requests"

    def __init__(self, *, retry_after: int, detail: str | None = None):
        self.retry_after = max(1, retry_after)
        super().__init__(detail, headers={"Retry-After": str(self.retry_after)})


class ProviderError(AppError):
    """The AI provider failed, answered malformed or short output, or refused (safety)."""

    status_code = 502
    code = "provider_error"
    default_detail = "The AI provider failed to answer"


class ProviderUnavailable(AppError):
    """The AI provider is rate limiting or overloaded: try again later."""

    status_code = 503
    code = "provider_unavailable"
    default_detail = "The AI provider is busy; try again later"

    def __init__(self, detail: str | None = None, *, retry_after: int = 30):
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})


class ProviderTimeout(AppError):
    status_code = 504
    code = "provider_timeout"
    default_detail = "The AI provider did not answer in time"


class AIQuotaExceeded(RateLimited):
    """The user's daily AI token quota (AI_DAILY_TOKENS) is spent until midnight UTC."""

    code = "ai_quota_exceeded"


class StepOutOfOrder(Conflict):
    """A studio step was asked for before the choice it builds on was made."""

    code = "step_out_of_order"

    def __init__(self, *, missing: str, wanted: str):
        self.missing = missing
        super().__init__(f"Choose one of the {missing.replace('_', ' ')} before {wanted}")

    def body(self) -> dict[str, Any]:
        return {**super().body(), "missing_step": self.missing}


class ServiceUnavailable(AppError):
    status_code = 503
    code = "service_unavailable"
    default_detail = "Service temporarily unavailable"

    def __init__(self, detail: str | None = None, *, retry_after: int = DB_RETRY_AFTER_SECONDS):
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})


class FeatureDisabled(AppError):
    """The feature is switched off in this deployment's configuration."""

    status_code = 404
    code = "feature_disabled"
    default_detail = "This feature is not enabled on this site"


class DatabaseUnavailable(ServiceUnavailable):
    code = "database_unavailable"
    default_detail = "Database temporarily unavailable"


class ValidationIssue(BaseModel):
    """One invalid field: where (`loc`), what kind (`type`), a message, maybe a short input."""

    type: str
    loc: list[str | int]
    msg: str
    input: str | int | float | bool | None = Field(
        default=None,
        description=f"The offending value, only if a scalar of ≤{ECHO_MAX_CHARS} chars",
    )


class ErrorBody(BaseModel):
    """The one error shape. `code` is stable and machine-readable; `detail` is for people
    (a list of issues for `validation_error`); `current_status` comes with
    `invalid_transition`, `missing_step` with `step_out_of_order`."""

    detail: str | list[ValidationIssue]
    code: str = Field(examples=["not_found", "validation_error", "rate_limited"])
    current_status: str | None = None
    missing_step: str | None = None


_DESCRIPTIONS = {
    400: "Malformed request",
    401: "Missing, invalid or expired credentials (`WWW-Authenticate` says which)",
    403: "Authenticated but not allowed",
    404: "Not found, or not visible to the caller",
    409: "Conflict with the current state (duplicate, illegal transition)",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Validation error",
    429: "Rate limited; see Retry-After",
    502: "Upstream provider failed",
    503: "Temporarily unavailable; see Retry-After",
    504: "Upstream provider timed out",
}
_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}}
_AUTHENTICATE = {
    "WWW-Authenticate": {"description": "RFC 6750 challenge", "schema": {"type": "string"}}
}


def error_responses(*errors: int | type[AppError]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries, so each route declares the errors it can return:
    `error_responses(NotFound, InvalidTransition)` (or bare status codes)."""
    responses: dict[int | str, dict[str, Any]] = {}
    for error in errors:
        status = error if isinstance(error, int) else error.status_code
        entry: dict[str, Any] = {"model": ErrorBody, "description": _DESCRIPTIONS[status]}
        if status in (429, 503):
            entry["headers"] = _RETRY_AFTER
        elif status == 401:
            entry["headers"] = _AUTHENTICATE
        responses[status] = entry
    return responses


def _safe_text(value: str, limit: int) -> str:
    """Printable in JSON whatever the client sent: lone surrogates replaced, length capped."""
    return value[:limit].encode("utf-8", "replace").decode("utf-8")


def _echo(value: Any) -> str | int | float | bool | None:
    """An input worth echoing: a short scalar; anything else (bodies, NaN, 1e999) is dropped."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str) and len(value) <= ECHO_MAX_CHARS:
        return _safe_text(value, ECHO_MAX_CHARS)
    return None


def validation_issues(errors: Any) -> list[dict[str, Any]]:
    issues = []
    for error in errors:
        loc = [
            p if isinstance(p, int) else _safe_text(str(p), ECHO_MAX_CHARS) for p in error["loc"]
        ]
        issue: dict[str, Any] = {
            "type": _safe_text(str(error.get("type", "value_error")), 64),
            "loc": loc,
            "msg": _safe_text(str(error.get("msg", "")), 300),
        }
        sensitive = any(str(part).lower() in SENSITIVE_FIELDS for part in loc)
        echoed = None if sensitive else _echo(error.get("input"))
        if echoed is not None:
            issue["input"] = echoed
        issues.append(issue)
    return issues


def error_json(
    status_code: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(dict(body), status_code=status_code, headers=dict(headers or {}))


def _plain(status_code: int, code: str, detail: Any, headers: Any = None) -> JSONResponse:
    return error_json(status_code, {"detail": detail, "code": code}, headers)


async def _app_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return error_json(exc.status_code, exc.body(), exc.headers)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    if any(error.get("type") == "json_invalid" for error in exc.errors()):
        return _plain(400, BadRequest.code, "Request body is not valid JSON")
    return _plain(422, "validation_error", validation_issues(exc.errors()))


_HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    return _plain(exc.status_code, code, exc.detail, exc.headers)


def is_database_outage(exc: BaseException) -> bool:
    """Unreachable, hung or timed out: worth a retry later, not a bug."""
    return isinstance(exc, ConnectionFailure) or bool(getattr(exc, "timeout", False))


def _log_path(request: Request) -> str:
    """The path as the access log writes it (a token in the path redacted)."""
    return str(request.scope.get("state", {}).get("log_path", request.url.path))


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    if not is_database_outage(exc):
        return await _unexpected(request, exc)
    logger.warning(
        "database unavailable on %s %s: %s", request.method, _log_path(request), type(exc).__name__
    )
    outage = DatabaseUnavailable()
    return error_json(outage.status_code, outage.body(), outage.headers)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s %s", request.method, _log_path(request), exc_info=exc)
    # Rendered by Starlette's outermost middleware, outside ours: add the headers here.
    return _plain(500, AppError.code, AppError.default_detail, security_headers(request.url.path))


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(PyMongoError, _database_error)
    app.add_exception_handler(Exception, _unexpected)
