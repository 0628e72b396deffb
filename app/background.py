"""Every background loop and event consumer of the application, wired once per app.

The lifespan calls `register()` once the database is ready, then starts the supervisor. Each
loop is an idempotent `run_once()` that claims its work, so any number of processes may run it.
"""

from app.models.event import ContentEvent
from app.routers.cached_reads import NAMESPACES_BY_KIND
from app.services import revisions, scheduler
from app.services.event_tail import EventTail
from app.services.events import EventHub
from core.config import Settings
from core.http_cache import ResponseCache
from core.supervisor import Supervisor


def register(
    supervisor: Supervisor, *, settings: Settings, hub: EventHub, cache: ResponseCache
) -> None:
    async def invalidate_cache(event: ContentEvent) -> None:
        cache.invalidate(NAMESPACES_BY_KIND[event.type.kind])

    async def clear_cache() -> None:
        cache.clear()

    hub.subscribe(invalidate_cache, resync=clear_cache)
    supervisor.add("event-tail", EventTail(hub).run_once, interval=settings.event_poll_seconds)
    # Publishes due scheduled posts and pages; its first run at start-up catches up on what
    # fell due while no process was running.
    supervisor.add("scheduler", scheduler.run_once, interval=settings.scheduler_interval_seconds)
    revisions.configure(database=settings.mongodb_db, keep=settings.revisions_max)
