"""Pure ASGI middleware (no BaseHTTPMiddleware on the hot path).

`RequestContextMiddleware`: a request id, security headers on every response (and
`Cache-Control: no-store` unless a route chose a cache policy), one structured access-log
line per request. `BodySizeLimitMiddleware`: request-body caps enforced while reading.
"""

import random
import re
import time
from collections.abc import Callable, Mapping

from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.access_log import AccessLog
from core.asgi import header

API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
# The docs pages load their scripts from this origin only (see core/docs.py); Swagger UI and
# ReDoc still set inline styles, and ReDoc draws its logo from a data: URL and uses a worker.
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)
UPLOADS_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
DOCS_PATHS = ("/docs", "/redoc")

BASE_HEADERS: Mapping[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-site",
}


def security_headers(path: str) -> dict[str, str]:
    if path.startswith(DOCS_PATHS):
        csp = DOCS_CSP
    elif path.startswith("/uploads/"):
        csp = UPLOADS_CSP
    else:
        csp = API_CSP
    headers = {**BASE_HEADERS, "Content-Security-Policy": csp, "Cache-Control": "no-store"}
    if path.startswith("/uploads/"):
        # Images are meant to be embedded by the public site on another origin, and never
        # change: each upload gets a fresh random name.
        headers["Cross-Origin-Resource-Policy"] = "cross-origin"
        headers["Cache-Control"] = "public, max-age=31536000, immutable"
    return headers


_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def new_request_id() -> str:
    """32 random hex digits. A request id correlates log lines and is no secret, so it comes
    from the fast PRNG: uuid4 reads the OS entropy pool, a syscall on every request."""
    return f"{random.getrandbits(128):032x}"


def request_id_from(raw: bytes | None) -> str:
    """The client's raw X-Request-ID value when well-formed, else a fresh id."""
    if raw:
        candidate = raw.decode("latin-1")
        if _REQUEST_ID.match(candidate):
            return candidate
    return new_request_id()


def request_id_of(scope: Scope) -> str:
    """The client's X-Request-ID when well-formed, else a fresh one."""
    candidate = header(scope, b"x-request-id")
    return request_id_from(candidate.encode("latin-1") if candidate is not None else None)


def redacted_path(path: str, secret_prefixes: tuple[str, ...]) -> str:
    """`path` for logs: what follows a prefix in `secret_prefixes` (a token) is hidden."""
    for prefix in secret_prefixes:
        if path.startswith(prefix) and len(path) > len(prefix):
            return prefix + "{redacted}"
    return path


class RequestContextMiddleware:
    """Request id, security headers and the access log, in one layer.

    The user id for the log comes from `scope["state"]["user_id"]`, which the auth dependency
    sets; tokens, bodies and query strings are never logged, nor the part of a path after a
    `secret_path_prefixes` entry (a token carried in the path). The path to log is left in
    `scope["state"]["log_path"]` for the error handlers' logs.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        client_ip: Callable[[Scope], str],
        access_log: AccessLog | None,
        secret_path_prefixes: tuple[str, ...] = (),
    ) -> None:
        self.app = app
        self.client_ip = client_ip
        self.access_log = access_log
        self.secret_path_prefixes = secret_path_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = request_id_of(scope)
        # A fresh per-request copy of the lifespan state: some servers hand every request
        # the same dict, and a user id must never carry over to the next request.
        log_path = redacted_path(scope["path"], self.secret_path_prefixes)
        state = scope["state"] = {
            **scope.get("state", {}),
            "request_id": request_id,
            "log_path": log_path,
        }
        extra = {**security_headers(scope["path"]), "X-Request-ID": request_id}
        status = 500  # if the app dies before answering, the server sends a 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                for name, value in extra.items():
                    headers.setdefault(name, value)
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            if self.access_log is not None:
                self.access_log.write(
                    {
                        "request_id": request_id,
                        "method": scope["method"],
                        "path": log_path,
                        "status": status,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                        "user_id": state.get("user_id"),
                        "client": self.client_ip(scope),
                    }
                )


class HeadAsGetMiddleware:
    """`HEAD` is answered as the `GET` of the same URL without its body: the same status and
    headers (`ETag`, `Cache-Control`, `Content-Length` of the body a GET would carry).

    FastAPI routes declared with `GET` answer `HEAD` with 405; this layer sits outside the
    public-read cache, so cache hits and routed misses behave alike. A GET is safe, so
    running one for a HEAD changes nothing.
    """

    def __init__(self, app: ASGIApp, *, native: tuple[str, ...] = ()) -> None:
        self.app = app
        self.native = native  # path prefixes that answer HEAD themselves (static files)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "HEAD"
            or scope["path"].startswith(self.native)
        ):
            await self.app(scope, receive, send)
            return
        body_sent = False

        async def send_headers_only(message: Message) -> None:
            nonlocal body_sent
            if message["type"] != "http.response.body":
                await send(message)
            elif not body_sent:  # one empty body ends the response; later chunks are dropped
                body_sent = True
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        # A copy: the outer layers (the access log) still see the HEAD.
        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class BodySizeLimitMiddleware:
    """413 for bodies over the limit of their path: at once from Content-Length, otherwise as
    soon as the bytes read pass it, so an oversized body is never buffered whole."""

    def __init__(
        self, app: ASGIApp, *, default_limit: int, path_limits: Mapping[str, int] | None = None
    ) -> None:
        self.app = app
        self.default_limit = default_limit
        self.path_limits = dict(path_limits or {})

    def limit_for(self, path: str) -> int:
        for prefix, limit in self.path_limits.items():
            if path.startswith(prefix):
                return limit
        return self.default_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _send_too_large(send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Raised inside the app's body read, so the error handlers render it.
                    raise HTTPException(413, "Request body too large")
            return message

        await self.app(scope, limited_receive, send)


def _content_length(scope: Scope) -> int | None:
    value = header(scope, b"content-length")
    return int(value) if value is not None and value.isdigit() else None


async def _send_too_large(send: Send) -> None:
    body = b'{"detail":"Request body too large","code":"payload_too_large"}'
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
