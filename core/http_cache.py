"""Public GET responses kept as ready bytes with strong ETags, and HTTP cache headers.

Entries are keyed by the route's *validated* parameters. Content events invalidate them: at
once in the process that wrote, and within one event-log poll in every other process
(app/services/event_tail.py). A hit touches no database, so public reads are served through
a database outage. Memory is bounded by entry count and bytes (least recently used go first).
"""

import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from core.asgi import header

CacheKey = tuple[Hashable, ...]


JSON = "application/json"


@dataclass(frozen=True, slots=True)
class CachedBody:
    body: bytes
    etag: str
    media_type: str = JSON  # feeds and the sitemap are XML or JSON Feed


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
    If-None-Match matches, else 200 with the body (JSON, or a feed's media type). The one
    rendering of the 200/304, shared by the routes (`ResponseCache.to_response`) and the fast
    path (`CachedReadsMiddleware`)."""
    headers = [(b"etag", entry.etag.encode()), (b"cache-control", cache.encode())]
    if etag_matches(if_none_match, entry.etag):
        return 304, headers, b""
    headers += [
        (b"content-length", str(len(entry.body)).encode()),
        (b"content-type", entry.media_type.encode()),
    ]
    return 200, headers, entry.body


class ResponseCache:
    """Ready response bodies of public reads, invalidated by content events.

    A key is a tuple whose first item is its namespace (`"posts"`, `"page"`...). A content
    event invalidates only the namespaces it affects (`invalidate`), so a settings change does
    not evict post lists. A response being built while its namespace is invalidated is served
    but not kept: it may predate the change.
    """

    def __init__(self, *, max_entries: int, max_bytes: int, cache_control: str) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.cache_control = cache_control
        self._entries: OrderedDict[CacheKey, CachedBody] = OrderedDict()
        self._bytes = 0
        self._epoch = 0
        self._generations: dict[Hashable, int] = {}

    @property
    def size(self) -> tuple[int, int]:
        """(entries, bytes) held now."""
        return len(self._entries), self._bytes

    def generation(self, namespace: Hashable) -> tuple[int, int]:
        return self._epoch, self._generations.get(namespace, 0)

    def invalidate(self, namespaces: Iterable[Hashable]) -> None:
        wanted = set(namespaces)
        for namespace in wanted:
            self._generations[namespace] = self._generations.get(namespace, 0) + 1
        for key in [k for k in self._entries if k[0] in wanted]:
            self._bytes -= len(self._entries.pop(key).body)

    def clear(self) -> None:
        self._epoch += 1
        self._entries.clear()
        self._bytes = 0

    def get(self, key: CacheKey) -> CachedBody | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def put(self, key: CacheKey, entry: CachedBody, *, generation: tuple[int, int]) -> None:
        """Keep `entry` if its namespace did not change while it was built, and it fits."""
        if generation != self.generation(key[0]) or len(entry.body) > self.max_bytes:
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
        *,
        media_type: str = JSON,
    ) -> Response:
        """The cached response for `key`, building it on a miss. `build` returns the body
        bytes and whether they may be cached (only real content is: no empty pages)."""
        entry = self.get(key)
        if entry is None:
            generation = self.generation(key[0])
            body, cacheable = await build()
            entry = CachedBody(body=body, etag=make_etag(body), media_type=media_type)
            if cacheable:
                self.put(key, entry, generation=generation)
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
