"""Inkwell CMS API: `uvicorn --factory main:create_app`.

`create_app()` wires everything once: the lifespan owns the database client, the AI provider
and the background loops; then the middleware stack, the error handlers, the routers, the
offline docs and /uploads. Importing this module does nothing: no `.env` read, no directory.
"""

import contextlib
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from pymongo.errors import PyMongoError

from app import background
from app.api import API_PREFIX, api_router
from app.migrations import MIGRATIONS
from app.models import DOCUMENT_MODELS
from app.routers import cached_reads, health, legacy
from app.services import event_tail, events, post_order, urls, web_html, webhooks
from app.services.ai import build_provider
from app.services.images import ImageLimits, ImagePipeline
from app.services.renditions import Renditions
from app.services.search import SearchService
from app.services.storage import LocalImageStorage
from app.uploads_app import RenditionsMiddleware
from core import db, docs, migrations, openapi
from core.access_log import AccessLog
from core.config import Settings, get_settings
from core.errors import install_error_handlers
from core.front_door import FrontDoor, FrontedFastAPI
from core.http_cache import ResponseCache
from core.middleware import (
    BodySizeLimitMiddleware,
    HeadAsGetMiddleware,
    RequestContextMiddleware,
)
from core.rate_limit import build_limiter, client_ip_resolver
from core.secretbox import SecretBox
from core.supervisor import Supervisor

logger = logging.getLogger("inkwell")
OPENAPI_URL = "/openapi.json"

TAGS = [
    {"name": "auth", "description": "Sign up, sign in, rotate refresh tokens, sign out."},
    {"name": "posts", "description": "Published posts for the public site; writes need a token."},
    {"name": "pages", "description": "Published marketing pages; writes are admin-only."},
    {"name": "settings", "description": "The site-settings singleton; writes are admin-only."},
    {"name": "blogs", "description": "The writer's workspace: your posts in every status."},
    {"name": "admin", "description": "Moderation, dashboards, users, unpublished pages (admin)."},
    {"name": "markdown", "description": "Live preview: Markdown to sanitised HTML."},
    {"name": "uploads", "description": "Image uploads, served from /uploads."},
    {"name": "ai", "description": "The AI studio: five guided steps, cover images, full posts."},
    {"name": "webhooks", "description": "Signed webhooks for content events (admin)."},
    {"name": "studio", "description": "Studio sessions: the AI studio, saved so it can resume."},
    {"name": "preview", "description": "Draft previews: read a post or page through a link."},
    {"name": "feeds", "description": "RSS, Atom and JSON feeds and the sitemap of the site."},
    {"name": "search", "description": "Tag counts, full-text search and related posts."},
    {"name": "health", "description": "Liveness and readiness probes."},
    {
        "name": "legacy",
        "description": "The original blog studio's routes, without /api/v1, for clients written "
        "for it: the same rules as their /api/v1 twins. Off with LEGACY_ROUTES=false.",
    },
]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    # One base URL and width list per process (app/services/urls.py).
    urls.configure(settings.public_base_url, tuple(settings.image_widths))
    web_html.configure(
        site_url=settings.site_url,
        base_url=settings.public_base_url,
        follow_external=settings.external_links_follow,
    )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # One line per outgoing webhook or AI request would flood the log; failures are logged.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    supervisor = Supervisor()
    hub = events.EventHub(event_tail.new_process_id())
    order = post_order.PostOrder()  # the public post list's order, kept by content events

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, object]]:
        client = db.create_client(settings)
        provider = build_provider(settings)
        try:
            await db.init_db(client, database=settings.mongodb_db, models=DOCUMENT_MODELS)
            await migrations.run_pending(client[settings.mongodb_db], MIGRATIONS)
            await order.reload()
            post_order.register(settings.mongodb_db, order)
            events.register_hub(settings.mongodb_db, hub)
            background.register(
                supervisor,
                settings=settings,
                hub=hub,
                cache=app.state.public_cache,
                secret_box=app.state.secret_box,
                storage=app.state.image_storage,
                search=app.state.search,
                post_order=order,
            )
            await supervisor.start()
            if settings.gc_freeze:
                # What is alive now (framework, routes, schemas, models: ~130k objects) lives as
                # long as the process. Frozen, it leaves every collection: a full collection
                # walked it all, stalling every request in flight (measured: 40-200 ms pauses
                # at 128 connections, the p99 of the cached reads; README, Performance).
                gc.collect()
                gc.freeze()
            yield {"mongo": client, "ai": provider, "supervisor": supervisor}
        finally:
            await supervisor.stop()
            events.unregister_hub(settings.mongodb_db, hub)
            post_order.unregister(settings.mongodb_db, order)
            with contextlib.suppress(PyMongoError):
                await event_tail.leave(hub.process_id)
            await provider.aclose()
            await client.close()
            if app.state.access_log is not None:
                app.state.access_log.close()
            logger.info("shutdown complete: background loops, database and AI clients closed")

    docs_on = settings.api_docs
    app = FrontedFastAPI(
        title=settings.app_name,
        version="2.0.0",
        summary="AI-assisted blog studio and headless content API.",
        openapi_tags=[t for t in TAGS if settings.legacy_routes or t["name"] != "legacy"],
        lifespan=lifespan,
        docs_url=None,  # served offline by core.docs
        redoc_url=None,
        openapi_url=OPENAPI_URL if docs_on else None,
        generate_unique_id_function=openapi.operation_id,
        # No 307 to the slash-less path: Starlette builds that Location from the Host
        # header, so a cache in front could store a redirect to any host. `/posts/` is a 404.
        redirect_slashes=False,
    )
    app.state.settings = settings
    app.state.supervisor = supervisor
    app.state.limiter = build_limiter(settings)
    app.state.client_ip = client_ip_resolver(settings.trusted_proxies)
    app.state.access_log = AccessLog() if settings.access_log else None
    app.state.image_storage = LocalImageStorage(settings.upload_dir)
    app.state.secret_box = SecretBox(settings.jwt_key, purpose=webhooks.PURPOSE)
    app.state.images = ImagePipeline(
        storage=app.state.image_storage,
        limits=ImageLimits.from_settings(settings),
        base_url=settings.public_base_url,
        quota_bytes=settings.upload_quota_bytes,
        workers=settings.image_workers,
    )
    app.state.renditions = Renditions(
        directory=settings.upload_dir,
        widths=tuple(settings.image_widths),
        limiter=lambda: app.state.images.limiter,
    )
    app.state.public_cache = ResponseCache(
        max_entries=settings.cache_max_entries,
        max_bytes=settings.cache_max_mb * 1024 * 1024,
        cache_control=settings.public_cache_control,
    )
    app.state.search = SearchService()  # this app's search index, built by its lifespan
    install_error_handlers(app)

    # Cache hits are answered in front of everything (core/front_door.py), with the headers and
    # the log line the stack below would have added.
    app.put_in_front(
        lambda stack: FrontDoor(
            stack,
            cache=app.state.public_cache,
            exact=cached_reads.EXACT,
            prefixes=cached_reads.PREFIXES,
            cors=bool(settings.allowed_origins),
            client_ip=app.state.client_ip,
            access_log=app.state.access_log,
        )
    )
    # Added innermost first: security headers wrap everything, including CORS and 413s.
    app.add_middleware(RenditionsMiddleware, renditions=app.state.renditions)
    upload_limit = settings.max_upload_bytes + 64 * 1024  # multipart framing adds a little
    app.add_middleware(HeadAsGetMiddleware, native=("/uploads/",))  # StaticFiles does HEAD
    app.add_middleware(
        BodySizeLimitMiddleware,
        default_limit=settings.max_body_bytes,
        path_limits={f"{API_PREFIX}/uploads/": upload_limit, legacy.UPLOAD_PATH: upload_limit},
    )
    if settings.allowed_origins:  # no origins, no CORS layer on every request
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.allowed_origins,
            allow_credentials=False,  # bearer tokens, no cookies
            allow_methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match", "X-Request-ID"],
            expose_headers=[
                "ETag",
                "Retry-After",
                "X-Request-ID",
                "WWW-Authenticate",
                "X-Total-Count",
            ],
            max_age=600,
        )
    app.add_middleware(
        RequestContextMiddleware,
        client_ip=app.state.client_ip,
        access_log=app.state.access_log,
        secret_path_prefixes=(f"{API_PREFIX}/preview/",),  # preview tokens are credentials
    )

    app.include_router(api_router)
    app.include_router(health.router)
    if settings.legacy_routes:
        app.include_router(legacy.router)
    openapi.install(
        app,
        database_prefixes=(API_PREFIX, *legacy.PREFIXES),
        server_url=settings.public_base_url,
    )
    if docs_on:
        docs.install(app, openapi_url=OPENAPI_URL)

    settings.upload_dir.mkdir(parents=True, exist_ok=True)  # at build time, not at import
    app.mount("/uploads", StaticFiles(directory=settings.upload_dir), name="uploads")
    return app
