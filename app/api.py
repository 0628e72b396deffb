"""`api_router`: the one owner of the `/api/v1` prefix, with every domain router under it."""

from fastapi import APIRouter

from app.routers import (
    admin,
    ai,
    auth,
    blogs,
    feeds,
    markdown,
    pages,
    posts,
    search,
    site_settings,
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
    feeds,
    search,
):
    api_router.include_router(module.router)
