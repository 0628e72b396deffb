"""`api_router`: the one owner of the `/api/v1` prefix, with every domain router under it."""

from fastapi import APIRouter

from app.routers import (
    admin,
    ai,
    ai_usage,
    auth,
    blogs,
    markdown,
    pages,
    posts,
    site_settings,
    studio,
    uploads,
)

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
for module in (
    auth,
    posts,
    pages,
    site_settings,
    blogs,
    admin,
    markdown,
    uploads,
    ai,
    ai_usage,
    studio,
):
    api_router.include_router(module.router)
