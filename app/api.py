"""`api_router`: the one owner of the `/api/v1` prefix, with every domain router under it."""

from fastapi import APIRouter

from app.routers import (
    account,
    admin,
    admin_accounts,
    ai,
    ai_usage,
    assets,
    auth,
    authors,
    blogs,
    feeds,
    markdown,
    pages,
    posts,
    previews,
    revisions,
    search,
    site_settings,
    studio,
    uploads,
    webhooks,
)

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
for module in (
    auth, account, posts, authors, pages, site_settings, blogs, admin, admin_accounts, webhooks,
    markdown, uploads, assets, ai, ai_usage, studio, previews, revisions, feeds, search,
):  # fmt: skip
    api_router.include_router(module.router)
