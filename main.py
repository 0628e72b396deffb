"""Inkwell CMS API: `uvicorn main:app`.

`create_app()` wires everything once: the lifespan owns the database client, then CORS, the
rate limiter, the error handlers, the routers and the /uploads static files.
"""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from app.models import DOCUMENT_MODELS
from app.routers import (
    admin,
    ai,
    auth,
    blogs,
    cached_reads,
    health,
    markdown,
    pages,
    posts,
    site_settings,
    uploads,
)
from app.services import content_version
from app.services.ai import build_provider
from app.services.storage import LocalImageStorage
from core import db, openapi
from core.access_log import AccessLog
from core.config import Settings, get_settings
from core.errors import install_error_handlers
from core.http_cache import CachedReadsMiddleware, ResponseCache
from core.middleware import BodySizeLimitMiddleware, RequestContextMiddleware
from core.rate_limit import build_limiter, client_ip_resolver

API_PREFIX = "/api/v1"
logger = logging.getLogger("inkwell")

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
    {"name": "health", "description": "Liveness and readiness probes."},
]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, object]]:
        client = db.create_client(settings)
        provider = build_provider(settings)
        try:
            await db.init_db(client, database=settings.mongodb_db, models=DOCUMENT_MODELS)
            yield {"mongo": client, "ai": provider}
        finally:
            await provider.aclose()
            await client.close()
            if app.state.access_log is not None:
                app.state.access_log.flush()
            logger.info("shutdown complete: database and AI clients closed")

    docs = settings.api_docs
    app = FastAPI(
        title=settings.app_name,
        version="1.0.0",
        summary="AI-assisted blog studio and headless content API.",
        openapi_tags=TAGS,
        lifespan=lifespan,
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        openapi_url="/openapi.json" if docs else None,
    )
    app.state.settings = settings
    app.state.limiter = build_limiter(settings)
    app.state.client_ip = client_ip_resolver(settings.trusted_proxies)
    app.state.access_log = AccessLog() if settings.access_log else None
    app.state.image_storage = LocalImageStorage(settings.upload_dir)
    app.state.public_cache = ResponseCache(
        max_entries=settings.cache_max_entries,
        max_bytes=settings.cache_max_mb * 1024 * 1024,
        ttl_seconds=settings.cache_ttl_seconds,
        read_version=content_version.current,
        local_generation=content_version.local_generation,
        cache_control=settings.public_cache_control,
    )
    install_error_handlers(app)

    # Added innermost first: security headers wrap everything, including CORS and 413s.
    app.add_middleware(
        CachedReadsMiddleware,
        cache=app.state.public_cache,
        exact=cached_reads.EXACT,
        prefixes=cached_reads.PREFIXES,
    )
    app.add_middleware(
        BodySizeLimitMiddleware,
        default_limit=settings.max_body_bytes,
        # Multipart framing adds a little to the file itself.
        path_limits={f"{API_PREFIX}/uploads/": settings.max_upload_bytes + 64 * 1024},
    )
    if settings.allowed_origins:  # no origins, no CORS layer on every request
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.allowed_origins,
            allow_credentials=False,  # bearer tokens, no cookies
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match", "X-Request-ID"],
            expose_headers=["ETag", "Retry-After", "X-Request-ID"],
            max_age=600,
        )
    app.add_middleware(
        RequestContextMiddleware, client_ip=app.state.client_ip, access_log=app.state.access_log
    )

    for module in (auth, posts, pages, site_settings, blogs, admin, markdown, uploads, ai):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(health.router)
    openapi.install(app, database_prefix=API_PREFIX)

    settings.upload_dir.mkdir(parents=True, exist_ok=True)
    app.mount("/uploads", StaticFiles(directory=settings.upload_dir), name="uploads")
    return app


logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
app = create_app()
