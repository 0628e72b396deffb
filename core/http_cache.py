"""Public GET responses kept as ready bytes with strong ETags, and HTTP cache headers.

Entries are keyed by the route's *validated* parameters and a content version. The version
lives in the database (so every process can see it) and is re-read at most every
`ttl_seconds`, or at once when this process itself wrote content: a write is visible to the
writer's very next read, and other processes converge within the TTL. Memory is bounded by
entry count and bytes (least recently used entries go first).
"""

import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from core.asgi import header

logger = logging.getLogger(__name__)
CacheKey = tuple[Hashable, ...]


@dataclass(frozen=True, slots=True)
class CachedBody:
    body: bytes
    etag: str


def make_etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 If-None-Match: `*`, or any listed tag equal under weak comparison."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in if_none_match.split(","))


RawHeaders = list[tuple[bytes, bytes]]


def render(
    entry: CachedBody, *, if_none_match: str | None, cache: str
) -> tuple[int, RawHeaders, bytes]:
    """(status, headers, body) of a cached entry: 304 with only the validators when
    If-None-Match matches, else 200 with the JSON. The one rendering of the 200/304, shared
    by the routes (`ResponseCache.to_response`) and the fast path (`CachedReadsMiddleware`)."""
    headers = [(b"etag", entry.etag.encode()), (b"cache-control", cache.encode())]
    if etag_matches(if_none_match, entry.etag):
        return 304, headers, b""
    headers += [
        (b"content-length", str(len(entry.body)).encode()),
        (b"content-type", b"application/json"),
    ]
    return 200, headers, entry.body


class ResponseCache:
    def __init__(
        self,
        *,
        max_entries: int,
        max_bytes: int,
        ttl_seconds: float,
        read_version: Callable[[], Awaitable[int]],
        local_generation: Callable[[], int],
        cache_control: str,
    ) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.ttl_seconds = ttl_seconds
        self.cache_control = cache_control
        self._read_version = read_version
        self._local_generation = local_generation
        self._entries: OrderedDict[CacheKey, CachedBody] = OrderedDict()
        self._bytes = 0
        self._version: int | None = None
        self._seen_generation = -1
        self._checked_at = 0.0

    @property
    def size(self) -> tuple[int, int]:
        """(entries, bytes) held now."""
        return len(self._entries), self._bytes

    async def version(self) -> int:
        """The content version, re-read when stale or after a write in this process.

        If the database cannot be asked, cached public reads keep being served (the site
        stays up through an outage), except after a write in this process: then the cache
        is emptied, so nothing stale is ever served to the writer.
        """
        generation = self._local_generation()
        now = time.monotonic()
        if (
            self._version is None
            or generation != self._seen_generation
            or now - self._checked_at >= self.ttl_seconds
        ):
            if generation != self._seen_generation:
                self.clear()
            self._seen_generation = generation
            self._checked_at = now
            try:
                version = await self._read_version()
            except Exception:
                if self._version is None:
                    raise
                logger.warning("content version unavailable; serving cached public reads")
                return self._version
            if version != self._version:
                self.clear()
                self._version = version
        assert self._version is not None
        return self._version

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0

    def get(self, key: CacheKey) -> CachedBody | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def put(self, key: CacheKey, entry: CachedBody, *, version: int) -> None:
        """Keep `entry` if it was built from the current version and fits the bounds."""
        if version != self._version or self._seen_generation != self._local_generation():
            return  # content changed while it was being built
        if len(entry.body) > self.max_bytes:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= len(old.body)
        self._entries[key] = entry
        self._bytes += len(entry.body)
        while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
            _, evicted = self._entries.popitem(last=False)
            self._bytes -= len(evicted.body)

    async def respond(
        self,
        request: Request,
        key: CacheKey,
        build: Callable[[], Awaitable[tuple[bytes, bool]]],
    ) -> Response:
        """The cached response for `key`, building it on a miss. `build` returns the JSON
        bytes and whether they may be cached (only real content is: no empty pages)."""
        version = await self.version()
        entry = self.get(key)
        if entry is None:
            body, cacheable = await build()
            entry = CachedBody(body=body, etag=make_etag(body))
            if cacheable:
                self.put(key, entry, version=version)
        return self.to_response(request, entry)

    def to_response(self, request: Request, entry: CachedBody) -> Response:
        status, headers, body = render(
            entry, if_none_match=request.headers.get("if-none-match"), cache=self.cache_control
        )
        response = Response(content=body, status_code=status)
        response.raw_headers = headers  # exactly what the fast path sends
        return response


QueryParams = dict[str, str]


class CachedReadsMiddleware:
    """Serves cache hits of public GETs before routing, dependencies and validation.

    `exact` maps a path to a key parser of its query; `prefixes` maps a path prefix to a
    parser of (rest of the path, query). A parser returns the key its route would use, or
    None when the request is not in canonical form: then, like every miss, the request goes
    on to the route, which validates, builds and stores the response.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        cache: ResponseCache,
        exact: Mapping[str, Callable[[QueryParams], CacheKey | None]],
        prefixes: Mapping[str, Callable[[str, QueryParams], CacheKey | None]],
    ) -> None:
        self.app = app
        self.cache = cache
        self.exact = dict(exact)
        self.prefixes = tuple(prefixes.items())

    def key_for(self, scope: Scope) -> CacheKey | None:
        path: str = scope["path"]
        exact = self.exact.get(path)
        prefix = None if exact else next((p for p in self.prefixes if path.startswith(p[0])), None)
        if exact is None and prefix is None:
            return None
        # Last value wins for repeated parameters, as in the routes.
        query = dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
        if exact is not None:
            return exact(query)
        assert prefix is not None
        return prefix[1](path[len(prefix[0]) :], query)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            key = self.key_for(scope)
            if key is not None:
                await self.cache.version()
                entry = self.cache.get(key)
                if entry is not None:
                    await self._send(scope, send, entry)
                    return
        await self.app(scope, receive, send)

    async def _send(self, scope: Scope, send: Send, entry: CachedBody) -> None:
        status, headers, body = render(
            entry, if_none_match=header(scope, b"if-none-match"), cache=self.cache.cache_control
        )
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
