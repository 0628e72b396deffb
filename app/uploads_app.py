"""What answers under /uploads: originals from the static directory as before, and
renditions (`/uploads/<name>?w=<width>&fm=<format>`) made on first request.

A pure ASGI layer just outside the router (so a hot rendition skips route matching): a
request under /uploads/ with a query string is a rendition request; any other request goes
on unchanged (originals to the StaticFiles mount, as before). Security headers and the
year-long immutable Cache-Control come from core/middleware.py for every /uploads/ path.
"""

import re

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from app.services.renditions import FORMATS, Renditions, parse_request
from core.errors import AppError

_PATH = re.compile(r"^/uploads/([A-Za-z0-9_-]+\.[A-Za-z0-9]+)$")


class RenditionsMiddleware:
    def __init__(self, app: ASGIApp, *, renditions: Renditions) -> None:
        self.app = app
        self.renditions = renditions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or not scope.get("query_string")
            or not scope["path"].startswith("/uploads/")
        ):
            await self.app(scope, receive, send)
            return
        response = await self._rendition(scope)
        await response(scope, receive, send)

    async def _rendition(self, scope: Scope) -> Response:
        if scope["method"] not in ("GET", "HEAD"):
            return _error(405, "Only GET and HEAD", "method_not_allowed")
        match = _PATH.match(scope["path"])
        if match is None:
            return _error(404, "No such image", "not_found")
        try:
            key = parse_request(
                match.group(1), scope["query_string"].decode("latin-1"), self.renditions.widths
            )
            data, etag = await self.renditions.read(key)
        except AppError as exc:
            return _error(exc.status_code, exc.detail, exc.code)
        if etag in Headers(scope=scope).get("if-none-match", ""):
            return Response(status_code=304, headers={"ETag": etag})
        return Response(data, media_type=FORMATS[key.fmt].content_type, headers={"ETag": etag})


def _error(status: int, detail: str, code: str) -> Response:
    return JSONResponse(
        {"detail": detail, "code": code}, status_code=status, headers={"Cache-Control": "no-store"}
    )
