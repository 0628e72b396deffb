"""Public GET responses kept as ready bytes with strong ETags, and HTTP cache headers.

Entries are keyed by the route's *validated* parameters. Content events invalidate them: at
once in the process that wrote, and within one event-log poll in every other process
(app/services/event_tail.py). A hit touches no database, so public reads are served through
a database outage. Memory is bounded by entry count and bytes (least recently used go first).
"""

import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Iterable
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response

CacheKey = tuple[Hashable, ...]
RawHeaders = tuple[tuple[bytes, bytes], ...]


JSON = "application/json"


@dataclass(frozen=True, slots=True)
class CachedBody:
    body: bytes
    etag: str
    media_type: str = JSON  # feeds and the sitemap are XML or JSON Feed
    # Encoded once, when the body is built, not on every hit: the entity headers of a 200 and
    # of a 304, as the ASGI server takes them (`render` and core/front_door.py add the rest).
    ok_headers: RawHeaders = field(init=False, repr=False, compare=False)
    not_modified_headers: RawHeaders = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        etag = (b"etag", self.etag.encode("latin-1"))
        length = (b"content-length", str(len(self.body)).encode("latin-1"))
        media_type = (b"content-type", self.media_type.encode("latin-1"))
        object.__setattr__(self, "not_modified_headers", (etag,))
        object.__setattr__(self, "ok_headers", (etag, length, media_type))


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


def render(
    entry: CachedBody, *, if_none_match: str | None, cache: str
) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """(status, headers, body) of a cached entry on the routed path: 304 with only the
    validators when If-None-Match matches, else 200 with the body (JSON, or a feed's media
    type). The front door sends the same prepared headers (core/front_door.py)."""
    cache_control = (b"cache-control", cache.encode("latin-1"))
    if etag_matches(if_none_match, entry.etag):
        return 304, [*entry.not_modified_headers, cache_control], b""
    return 200, [*entry.ok_headers, cache_control], entry.body


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

    def invalidate(self, namespaces: Iterable[Hashable], *, only: Iterable[CacheKey] = ()) -> None:
        """Evict the entries of `namespaces`, except that a namespace some of whose keys are
        named in `only` loses just those (an edit of one post keeps every other post cached).
        Either way, a response of these namespaces being built now is not kept."""
        wanted = set(namespaces)
        for namespace in wanted:
            self._generations[namespace] = self._generations.get(namespace, 0) + 1
        targeted = {key for key in only if key[0] in wanted}
        partial = {key[0] for key in targeted}
        stale = [
            k for k in self._entries if k[0] in wanted and (k in targeted or k[0] not in partial)
        ]
        for key in stale:
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
        response.raw_headers = headers  # exactly what the front door sends (core/front_door.py)
        return response
