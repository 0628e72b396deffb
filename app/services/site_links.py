"""Absolute links into the public site, for feeds and the sitemap.

The origin is the `site_url` site setting (the SvelteKit site, not this API); until an admin
sets it, PUBLIC_BASE_URL stands in so feeds stay well-formed. Paths follow the site's URL
patterns through `site_paths`.
"""

from dataclasses import dataclass

from app.models import SiteSettings
from app.models.site_settings import DEFAULT_PAGE_PATH, DEFAULT_POST_PATH
from app.services import site_paths, site_settings
from core.config import Settings


@dataclass(frozen=True, slots=True)
class SiteLinks:
    origin: str  # scheme://host[:port], no trailing slash
    post_pattern: str = DEFAULT_POST_PATH
    page_pattern: str = DEFAULT_PAGE_PATH

    @property
    def home(self) -> str:
        return self.origin + "/"

    def post(self, slug: str) -> str:
        return self.origin + site_paths.post_path(slug, self.post_pattern)

    def page(self, slug: str) -> str:
        return self.origin + site_paths.page_path(slug, self.page_pattern)


def links_for(stored: SiteSettings, *, settings: Settings) -> SiteLinks:
    return SiteLinks(
        origin=stored.site_url or settings.public_base_url,
        post_pattern=stored.post_path,
        page_pattern=stored.page_path,
    )


async def current(*, settings: Settings) -> tuple[SiteSettings, SiteLinks]:
    """The site settings (stored or defaults) and the links they make."""
    stored = await site_settings.get_site_settings(default_name=settings.app_name)
    return stored, links_for(stored, settings=settings)
