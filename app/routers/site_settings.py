"""The site-settings singleton."""

from fastapi import APIRouter, Request, Response

from app.deps import AdminUser, PublicCache, SettingsDep
from app.routers.cached_reads import SETTINGS_KEY
from app.schemas.site_settings import SiteSettingsPublic, SiteSettingsUpdate
from app.services import public, site_settings
from core.errors import error_responses
from core.openapi import cached_responses

router = APIRouter(prefix="/settings", tags=["settings"])


@router.get("", response_model=SiteSettingsPublic, responses=cached_responses())
async def get_site_settings(
    request: Request, cache: PublicCache, settings: SettingsDep
) -> Response:
    """Site name, tagline, logo, footer and social links."""
    return await cache.respond(
        request, SETTINGS_KEY, lambda: public.settings(default_name=settings.app_name)
    )


@router.put("", response_model=SiteSettingsPublic, responses=error_responses(401, 403))
async def update_site_settings(
    body: SiteSettingsUpdate, admin: AdminUser, settings: SettingsDep
) -> SiteSettingsPublic:
    """Change site settings (admin); only the fields sent change."""
    updated = await site_settings.update_site_settings(
        data=body, default_name=settings.app_name, actor=admin
    )
    return SiteSettingsPublic.model_validate(updated)
