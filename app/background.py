"""Every background loop and event consumer of the application, wired once per app.

The lifespan calls `register()` once the database is ready, then starts the supervisor. Each
loop is an idempotent `run_once()` that claims its work, so any number of processes may run it.
"""

from app.models.event import ContentEvent
from app.routers.cached_reads import NAMESPACES_BY_KIND
from app.services.event_tail import EventTail
from app.services.events import EventHub
from app.services.search import SearchService
from core.config import Settings
from core.http_cache import ResponseCache
from core.supervisor import Supervisor

SEARCH_CHECK_SECONDS = 5.0  # how soon a failed search build or event is retried


def register(
    supervisor: Supervisor,
    *,
    settings: Settings,
    hub: EventHub,
    cache: ResponseCache,
    search: SearchService,
) -> None:
    async def invalidate_cache(event: ContentEvent) -> None:
        cache.invalidate(NAMESPACES_BY_KIND[event.type.kind])

    async def clear_cache() -> None:
        cache.clear()

    # Search first: a related-posts list rebuilt right after the cache is invalidated must
    # already see the new index.
    hub.subscribe(search.apply, resync=search.rebuild)
    hub.subscribe(invalidate_cache, resync=clear_cache)
    supervisor.add("search-index", search.ensure_built, interval=SEARCH_CHECK_SECONDS)
    supervisor.add("event-tail", EventTail(hub).run_once, interval=settings.event_poll_seconds)
