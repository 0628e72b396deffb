"""Every background loop and event consumer of the application, wired once per app.

The lifespan calls `register()` once the database is ready, then starts the supervisor. Each
loop is an idempotent `run_once()` that claims its work, so any number of processes may run it.
"""

from datetime import UTC, datetime, timedelta

from app.models.event import ContentEvent, EventType
from app.routers.cached_reads import NAMESPACES_BY_KIND, page_key, post_key
from app.services import assets, audit, revisions, scheduler
from app.services.event_tail import EventTail
from app.services.events import EventHub
from app.services.mail import sender
from app.services.post_order import PostOrder
from app.services.search import SearchService
from app.services.storage import ImageStorage
from app.services.webhook_dispatch import Dispatcher, DispatchSettings
from core.config import Settings
from core.http_cache import CacheKey, ResponseCache
from core.secretbox import SecretBox
from core.supervisor import Supervisor

WEBHOOK_LOOP = "webhooks"
MAIL_LOOP = "mail"
AUDIT_RETENTION_LOOP = "audit-retention"
SEARCH_CHECK_SECONDS = 5.0  # how soon a failed search build or event is retried
_DOCUMENT_KEY = {
    EventType.POST_PUBLISHED: post_key,
    EventType.POST_UPDATED: post_key,
    EventType.PAGE_PUBLISHED: page_key,
    EventType.PAGE_UPDATED: page_key,
}


def only_keys(event: ContentEvent) -> list[CacheKey]:
    """The one single-document entry an event makes stale, when it is known: an edit or a
    publication changes its own post (page) and no other, so the others stay cached. Lists
    always go. Removals and slug changes evict every entry of the kind (a slug redirect may
    point at the old slug)."""
    key = _DOCUMENT_KEY.get(event.type)
    if key is None or not event.slug or "previous_slug" in event.data:
        return []
    return [key(event.slug)]


def register(
    supervisor: Supervisor,
    *,
    settings: Settings,
    hub: EventHub,
    cache: ResponseCache,
    secret_box: SecretBox,
    storage: ImageStorage,
    search: SearchService,
    post_order: PostOrder,
) -> None:
    async def invalidate_cache(event: ContentEvent) -> None:
        cache.invalidate(NAMESPACES_BY_KIND[event.type.kind], only=only_keys(event))

    async def clear_cache() -> None:
        cache.clear()

    def wake_dispatcher() -> None:
        supervisor.wake(WEBHOOK_LOOP)  # an event this process acked may now be deliverable

    # The read model's order first, then search: once the cache is invalidated, the next
    # miss must already read the new order, and a related-posts list the new index.
    hub.subscribe(post_order.apply, resync=post_order.reload)
    hub.subscribe(search.apply, resync=search.rebuild)
    hub.subscribe(invalidate_cache, resync=clear_cache)
    hub.on_acked(wake_dispatcher)
    supervisor.add("search-index", search.ensure_built, interval=SEARCH_CHECK_SECONDS)
    supervisor.add("event-tail", EventTail(hub).run_once, interval=settings.event_poll_seconds)

    dispatcher = Dispatcher(
        DispatchSettings(
            timeout=settings.webhook_timeout_seconds,
            max_attempts=settings.webhook_max_attempts,
            retry_base=settings.webhook_retry_base_seconds,
            freshness_wait=settings.webhook_freshness_wait_seconds,
            allow_private=settings.webhooks_may_target_private,
        ),
        secret_box,
    )
    supervisor.add(
        WEBHOOK_LOOP, dispatcher.run_once, interval=settings.webhook_dispatch_interval_seconds
    )
    supervisor.on_stop(dispatcher.aclose)

    supervisor.add(
        MAIL_LOOP, lambda: sender.run_once(settings), interval=settings.mail_poll_seconds
    )
    supervisor.add(
        AUDIT_RETENTION_LOOP,
        lambda: audit.purge_expired(retention_days=settings.audit_retention_days),
        interval=3600,
    )

    grace = timedelta(hours=settings.upload_orphan_grace_hours)

    async def clean_uploads() -> int:
        return await assets.cleanup_orphans(storage=storage, grace=grace, now=datetime.now(UTC))

    supervisor.add(
        "upload-cleanup", clean_uploads, interval=settings.upload_cleanup_interval_seconds
    )

    # Publishes due scheduled posts and pages; its first run at start-up catches up on what
    # fell due while no process was running.
    supervisor.add("scheduler", scheduler.run_once, interval=settings.scheduler_interval_seconds)
    revisions.configure(database=settings.mongodb_db, keep=settings.revisions_max)
