"""The site-settings singleton."""

from fastapi import APIRouter

from app.deps import AdminUser, SettingsDep
from app.schemas.site_settings import SiteSettingsPublic, SiteSettingsUpdate
from app.services import site_settings
from core.errors import error_responses

router = APIRouter(prefix="/settings", tags=["settings"])


@router.get("", response_model=SiteSettingsPublic)
async def get_settings(settings: SettingsDep) -> SiteSettingsPublic:
    """Site name, tagline, logo, footer and social links."""
    stored = await site_settings.get_site_settings(default_name=settings.app_name)
    return SiteSettingsPublic.model_validate(stored)


@router.put("", response_model=SiteSettingsPublic, responses=error_responses(401, 403))
async def update_settings(
    body: SiteSettingsUpdate, _admin: AdminUser, settings: SettingsDep
) -> SiteSettingsPublic:
    """Change site settings (admin); only the fields sent change."""
    updated = await site_settings.update_site_settings(data=body, default_name=settings.app_name)
    return SiteSettingsPublic.model_validate(updated)
