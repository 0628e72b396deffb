"""The outermost layer: cache hits of public GETs (and HEADs) answered in one step.

Every layer a request crosses costs a coroutine, a `send` wrapper and header copies. A cache
hit needs none of FastAPI's stack (error middleware, routing, dependencies, validation), so
the front door answers it before that stack with everything the stack would have added: the
entity headers prepared once per cache entry (ETag, Content-Length, Content-Type), the public
Cache-Control, the security headers, `Vary: Origin` when CORS is on, a request id, and its
access-log line. Everything else goes down the full stack unchanged: misses (the route
validates, builds and stores), other methods, requests with an `Origin` when CORS is on (the
CORS layer answers those) and requests declaring a body (the body-size rule answers those).

The fast path derives the key its route would use from the raw path and query; anything it
cannot map canonically (say `page=03`) is a miss, which the route validates. Derived keys are
memoised per raw (path, query), bounded, so a hit parses nothing.
"""

from collections.abc import Callable, Mapping
from time import perf_counter
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from core.access_log import AccessLog
from core.http_cache import CachedBody, CacheKey, RawHeaders, ResponseCache, etag_matches
from core.middleware import request_id_from, security_headers

QueryParams = dict[str, str]
ExactParser = Callable[[QueryParams], CacheKey | None]
PrefixParser = Callable[[str, QueryParams], CacheKey | None]
KEY_MEMO_MAX = 4096  # distinct raw (path, query) pairs remembered; random queries cannot grow it
_BODY_HEADERS = (b"content-length", b"transfer-encoding")
_READ_METHODS = ("GET", "HEAD")  # HEAD: the GET's status and headers, without the body
_UNSEEN: Any = object()  # not in the memo yet
# (cache key, the headers every hit on that path carries), or None: not a cacheable read.
Route = tuple[CacheKey, RawHeaders] | None
# (the entry, its path's headers, the raw If-None-Match and X-Request-ID values)
Hit = tuple[CachedBody, RawHeaders, bytes | None, bytes | None]


class FrontDoor:
    """Answers cache hits of public GETs; passes everything else to `app`."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        cache: ResponseCache,
        exact: Mapping[str, ExactParser],
        prefixes: Mapping[str, PrefixParser],
        cors: bool,
        client_ip: Callable[[Scope], str],
        access_log: AccessLog | None,
    ) -> None:
        self.app = app
        self.cache = cache
        self.exact = dict(exact)
        self.prefixes = tuple(prefixes.items())
        self.cors = cors
        self.client_ip = client_ip
        self.access_log = access_log
        self._routes: dict[tuple[str, bytes], Route] = {}
        self._headers_by_path: dict[str, RawHeaders] = {}

    def hit_headers(self, path: str) -> RawHeaders:
        """What the full stack adds to a cached response on `path`, encoded once."""
        headers = {**security_headers(path), "Cache-Control": self.cache.cache_control}
        if self.cors:
            headers["Vary"] = "Origin"  # the CORS layer's answer to a request without Origin
        return tuple((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items())

    def route(self, path: str, query_string: bytes) -> Route:
        """The cache key of a public GET and its hit headers, memoised per raw request."""
        memo = (path, query_string)
        found: Route = self._routes.get(memo, _UNSEEN)  # one lookup; None is an answer too
        if found is _UNSEEN:
            found = self._derive(path, query_string)
            if len(self._routes) >= KEY_MEMO_MAX:
                self._routes.clear()
            self._routes[memo] = found
        return found

    def key_for(self, path: str, query_string: bytes = b"") -> CacheKey | None:
        """The cache key a request maps to, or None (the full stack answers it)."""
        found = self.route(path, query_string)
        return None if found is None else found[0]

    def _derive(self, path: str, query_string: bytes) -> Route:
        exact = self.exact.get(path)
        prefix = None if exact else next((p for p in self.prefixes if path.startswith(p[0])), None)
        if exact is None and prefix is None:
            return None
        # Last value wins for repeated parameters, as in the routes.
        query = dict(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True))
        if exact is not None:
            key, base = exact(query), path
        else:
            assert prefix is not None
            key, base = prefix[1](path[len(prefix[0]) :], query), prefix[0]
        if key is None:
            return None
        headers = self._headers_by_path.get(base)
        if headers is None:  # the security headers depend on the path's prefix only
            headers = self._headers_by_path[base] = self.hit_headers(path)
        return key, headers

    def hit(self, scope: Scope) -> Hit | None:
        """The cached answer to this request, unless it belongs to the full stack."""
        if scope["type"] != "http" or scope["method"] not in _READ_METHODS:
            return None
        route = self.route(scope["path"], scope["query_string"])
        entry = self.cache.get(route[0]) if route is not None else None
        if entry is None or route is None:
            return None
        if_none_match = request_id = None
        for name, value in scope["headers"]:
            if name == b"if-none-match":
                if_none_match = value
            elif name == b"x-request-id":
                request_id = value if request_id is None else request_id
            elif (name == b"origin" and self.cors) or (name in _BODY_HEADERS and value != b"0"):
                return None
        return entry, route[1], if_none_match, request_id

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = perf_counter()
        found = self.hit(scope)
        if found is None:
            await self.app(scope, receive, send)
            return
        entry, headers, if_none_match, request_id = found
        rid = request_id_from(request_id)
        tail = (*headers, (b"x-request-id", rid.encode("latin-1")))
        status = 500  # if sending fails, as the full stack would log it
        try:
            if if_none_match is not None and (
                if_none_match == entry.not_modified_headers[0][1]
                or etag_matches(if_none_match.decode("latin-1"), entry.etag)
            ):
                status = 304
                start = {"type": "http.response.start", "status": 304,
                         "headers": (*entry.not_modified_headers, *tail)}  # fmt: skip
                await send(start)
                await send({"type": "http.response.body", "body": b""})
            else:
                status = 200
                start = {"type": "http.response.start", "status": 200,
                         "headers": (*entry.ok_headers, *tail)}  # fmt: skip
                await send(start)
                body = entry.body if scope["method"] == "GET" else b""
                await send({"type": "http.response.body", "body": body})
        finally:
            if self.access_log is not None:
                self.access_log.write(self._log_line(scope, rid, status, started))

    def _log_line(self, scope: Scope, rid: str, status: int, started: float) -> dict[str, Any]:
        # The same line RequestContextMiddleware writes: a hit has no user.
        return {
            "request_id": rid,
            "method": scope["method"],
            "path": scope["path"],
            "status": status,
            "duration_ms": round((perf_counter() - started) * 1000, 2),
            "user_id": None,
            "client": self.client_ip(scope),
        }


class FrontedFastAPI(FastAPI):
    """A FastAPI application with an optional layer in front of its whole stack (its error
    middleware included): `put_in_front(lambda app: FrontDoor(app, ...))`."""

    _front: ASGIApp | None = None

    def put_in_front(self, build: Callable[[ASGIApp], ASGIApp]) -> None:
        self._front = build(super().__call__)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._front is None:
            await super().__call__(scope, receive, send)
        else:
            await self._front(scope, receive, send)
