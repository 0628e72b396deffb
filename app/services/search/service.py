"""Search as a consumer of content events: one index per application, in every process.

The index is derived data. It is built from the database at start-up (a supervisor loop runs
`ensure_built`, which retries through a database outage), kept current by the content events
(`apply`, subscribed in app/background.py: this process's events at once, other processes'
within one event-log poll) and rebuilt from scratch when events may have been missed
(`rebuild`, the hub's resync). Losing it loses nothing. Events arriving during a rebuild are
queued and replayed onto the new index before it replaces the old one.
"""

import asyncio
import logging
from collections.abc import AsyncIterable, Callable
from typing import TypeVar

import anyio
from beanie import PydanticObjectId

from app.models import Blog, BlogStatus, ContentEvent, EventType, Page
from app.schemas.blogs import BlogSummary
from app.schemas.common import Paginated
from app.schemas.pages import PagePublic
from app.schemas.search import SearchHit
from app.services import blogs, site_paths
from app.services.search import documents
from app.services.search.documents import PostText, page_doc, post_doc
from app.services.search.index import Entry, Hit, IndexedDoc, TextIndex
from app.services.search.text import split_query
from core.errors import NotFound, ServiceUnavailable

logger = logging.getLogger(__name__)
READY_WAIT_SECONDS = 10.0  # a request waits this long for the first build, then gets a 503
MAX_RESULT_WINDOW = 1000  # results past this rank are not served (page * per_page)
RELATED_LIMIT = 5
LOAD_BATCH = 200
PublicT = TypeVar("PublicT", PostText, PagePublic)
R = TypeVar("R")


class SearchService:
    def __init__(self, *, ready_wait: float = READY_WAIT_SECONDS) -> None:
        self.ready_wait = ready_wait
        self._index: TextIndex | None = None
        self._built = asyncio.Event()
        self._pending: list[ContentEvent] | None = None  # a list while rebuilding
        self._write = asyncio.Lock()  # events reach the index one at a time, in order
        self._rebuilding = asyncio.Lock()
        self.stale = False  # an event failed to apply: the next loop run rebuilds

    async def apply(self, event: ContentEvent) -> None:
        """The event consumer."""
        if event.type is EventType.SETTINGS_UPDATED:
            return
        if self._pending is not None:
            self._pending.append(event)
            return
        async with self._write:
            index = self._index  # read under the lock: a rebuild may have swapped it
            if index is None:
                return  # the first build has not read the database yet: it will see this
            try:
                await _in_thread(documents.apply_events, index, [event])
            except Exception:
                self.stale = True
                raise

    async def ensure_built(self) -> None:
        """The supervisor loop: build once at start, and again after a failed event."""
        if self._index is None or self.stale:
            await self.rebuild()

    async def rebuild(self) -> None:
        """A fresh index from the database, swapped in whole (searches never see it half
        built); the events that arrive meanwhile are replayed onto it first."""
        async with self._rebuilding:
            self._pending = []
            try:
                fresh = await _in_thread(TextIndex)
                await _load_published(fresh)
                async with self._write:
                    while self._pending:
                        batch, self._pending = self._pending, []
                        await _in_thread(documents.apply_events, fresh, batch)
                    self._index, self.stale = fresh, False
                self._built.set()
                logger.info("search index built: %d documents", len(fresh.entries))
            except Exception:
                self.stale = True  # the events queued meanwhile reached no index: retry soon
                raise
            finally:
                self._pending = None

    async def _ready(self) -> TextIndex:
        if self._index is None:
            try:
                await asyncio.wait_for(self._built.wait(), self.ready_wait)
            except TimeoutError:
                raise ServiceUnavailable("The search index is being built; retry shortly") from None
        assert self._index is not None
        return self._index

    async def search(self, q: str, *, page: int, per_page: int) -> Paginated[SearchHit]:
        index = await self._ready()
        text = split_query(q)
        offset = (page - 1) * per_page
        if offset < MAX_RESULT_WINDOW:
            limit = min(per_page, MAX_RESULT_WINDOW - offset)
            hits, total = await _in_thread(lambda: index.search(text, limit=limit, offset=offset))
        else:  # past the window: no ranking that deep (its cost grows with the rank), a count
            _, total = await _in_thread(lambda: index.search(text, limit=1, offset=0))
            hits = []
        items = [_hit(h) for h in hits]
        return Paginated[SearchHit].build(items=items, total=total, page=page, per_page=per_page)

    async def related(self, slug: str) -> list[BlogSummary]:
        index = await self._ready()
        found = await _in_thread(lambda: index.related(slug, limit=RELATED_LIMIT))
        if found is None:
            raise NotFound(blogs.POST_NOT_FOUND)
        return [_summary(e) for e in found]


class SearchEngineError(RuntimeError):
    """tantivy panicked (a Rust panic is a BaseException in Python: it would escape every
    `except Exception`, including the event hub's, and fail the write that emitted the event)."""


async def _in_thread(function: Callable[..., R], *args: object) -> R:
    """`function(*args)` on a worker thread, off the event loop, with panics made errors."""
    try:
        return await anyio.to_thread.run_sync(function, *args)
    except BaseException as exc:
        if type(exc).__name__ == "PanicException":
            raise SearchEngineError(str(exc)) from exc
        raise


async def _load_published(index: TextIndex) -> None:
    """Every published post and page into `index`, a batch at a time (bounded memory)."""
    await _load(index, Blog.find(blogs.published_query()).project(PostText), post_doc)
    await _load(index, Page.find({"published": True}).project(PagePublic), page_doc)


async def _load(
    index: TextIndex, items: AsyncIterable[PublicT], make: Callable[[PublicT], IndexedDoc]
) -> None:
    def write(batch: list[PublicT]) -> None:
        index.write([make(item) for item in batch])

    batch: list[PublicT] = []
    async for item in items:
        batch.append(item)
        if len(batch) >= LOAD_BATCH:
            await _in_thread(write, batch)
            batch = []
    if batch:
        await _in_thread(write, batch)


def _hit(hit: Hit) -> SearchHit:
    entry = hit.entry
    path = (
        site_paths.post_path(entry.slug)
        if entry.kind == "post"
        else site_paths.page_path(entry.slug)
    )
    return SearchHit(
        kind=entry.kind,
        id=entry.id,
        slug=entry.slug,
        title=entry.title,
        path=path,
        excerpt=entry.excerpt,
        snippet=hit.snippet,
        score=hit.score,
        tags=list(entry.tags),
        published_at=entry.published_at,
        updated_at=entry.updated_at,
    )


def _summary(entry: Entry) -> BlogSummary:
    return BlogSummary(
        id=PydanticObjectId(entry.id),
        title=entry.title,
        slug=entry.slug,
        excerpt=entry.excerpt,
        author=entry.author or "",
        featured_image_url=entry.featured_image_url,
        tags=list(entry.tags),
        status=BlogStatus.PUBLISHED,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        published_at=entry.published_at,
    )
