"""Domain errors and the one place that turns any error into `{"detail": ...}` JSON.

Services raise `AppError` subclasses and never import FastAPI; the handlers registered by
`install_error_handlers` render them, FastAPI's validation errors, Starlette's 404/405, database
outages and anything unexpected, always as JSON and never with a stack trace.
"""

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pymongo.errors import ConnectionFailure, PyMongoError
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.middleware import security_headers

logger = logging.getLogger(__name__)

# Request fields whose values must never be echoed back in an error.
SENSITIVE_FIELDS = frozenset({"password", "new_password", "refresh_token", "access_token", "token"})
DB_RETRY_AFTER_SECONDS = 5


class AppError(Exception):
    """Base of every domain error: a status code, a client-safe message, optional headers."""

    status_code = 500
    default_detail = "Internal server error"

    def __init__(self, detail: str | None = None, *, headers: Mapping[str, str] | None = None):
        self.detail = detail or self.default_detail
        self.headers = dict(headers or {})
        super().__init__(self.detail)


class Unauthorized(AppError):
    status_code = 401
    default_detail = "Could not validate credentials"

    def __init__(self, detail: str | None = None):
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(AppError):
    status_code = 403
    default_detail = "You are not allowed to do this"


class NotFound(AppError):
    status_code = 404
    default_detail = "Not found"


class Conflict(AppError):
    status_code = 409
    default_detail = "Conflict"


class InvalidTransition(Conflict):
    def __init__(self, *, current: str, action: str):
        self.current = current
        self.action = action
        super().__init__(f"Cannot {action} a post whose status is '{current}'")


class Unprocessable(AppError):
    status_code = 422
    default_detail = "The request cannot be processed"


class PayloadTooLarge(AppError):
    status_code = 413
    default_detail = "Payload too large"


class UnsupportedMediaType(AppError):
    status_code = 415
    default_detail = "Unsupported media type"


class RateLimited(AppError):
    status_code = 429
    default_detail = "Too many requests"

    def __init__(self, *, retry_after: int, detail: str | None = None):
        self.retry_after = max(1, retry_after)
        super().__init__(detail, headers={"Retry-After": str(self.retry_after)})


class ProviderError(AppError):
    """The AI provider failed, answered malformed or short output, or refused (safety)."""

    status_code = 502
    default_detail = "The AI provider failed to answer"


class ProviderUnavailable(AppError):
    """The AI provider is rate limiting or overloaded: try again later."""

    status_code = 503
    default_detail = "The AI provider is busy; try again later"

    def __init__(self, detail: str | None = None, *, retry_after: int = 30):
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})


class ProviderTimeout(AppError):
    status_code = 504
    default_detail = "The AI provider did not answer in time"


class ServiceUnavailable(AppError):
    status_code = 503
    default_detail = "Service temporarily unavailable"

    def __init__(self, detail: str | None = None, *, retry_after: int = DB_RETRY_AFTER_SECONDS):
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})


class ErrorBody(BaseModel):
    """The one error shape: a message, or FastAPI's list of validation errors."""

    detail: str | list[dict[str, Any]]


_DESCRIPTIONS = {
    400: "Malformed request",
    401: "Missing, invalid or expired credentials",
    403: "Authenticated but not allowed",
    404: "Not found, or not visible to the caller",
    409: "Conflict with the current state (duplicate, illegal transition)",
    413: "Payload too large",
    415: "Unsupported media type",
    429: "Rate limited; see Retry-After",
    502: "Upstream provider failed",
    503: "Temporarily unavailable; see Retry-After",
    504: "Upstream provider timed out",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries so each route declares the errors it can return."""
    return {code: {"model": ErrorBody, "description": _DESCRIPTIONS[code]} for code in codes}


def _redact(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {
            k: "[redacted]" if str(k).lower() in SENSITIVE_FIELDS else _redact(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact(v) for v in value]
    return value


def _public_validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    errors = []
    for error in exc.errors():
        item = {k: v for k, v in error.items() if k in {"type", "loc", "msg", "input"}}
        if any(str(part).lower() in SENSITIVE_FIELDS for part in item.get("loc", ())):
            item.pop("input", None)
        elif "input" in item:
            item["input"] = _redact(item["input"])
        errors.append(item)
    return errors


def _json(status_code: int, detail: Any, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status_code, headers=dict(headers or {}))


async def _app_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return _json(exc.status_code, exc.detail, exc.headers)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    if any(error.get("type") == "json_invalid" for error in exc.errors()):
        return _json(400, "Request body is not valid JSON")
    # Inputs may hold bytes or other non-JSON values; jsonable_encoder keeps the shape.
    return _json(422, jsonable_encoder(_public_validation_errors(exc)))


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return _json(exc.status_code, exc.detail, exc.headers)


def is_database_outage(exc: BaseException) -> bool:
    """Unreachable, hung or timed out: worth a retry later, not a bug."""
    return isinstance(exc, ConnectionFailure) or bool(getattr(exc, "timeout", False))


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    if not is_database_outage(exc):
        return await _unexpected(request, exc)
    logger.warning(
        "database unavailable on %s %s: %s", request.method, request.url.path, type(exc).__name__
    )
    return _json(
        503, "Database temporarily unavailable", {"Retry-After": str(DB_RETRY_AFTER_SECONDS)}
    )


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    # Rendered by Starlette's outermost middleware, outside ours: add the headers here.
    return _json(500, "Internal server error", security_headers(request.url.path))


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(PyMongoError, _database_error)
    app.add_exception_handler(Exception, _unexpected)
