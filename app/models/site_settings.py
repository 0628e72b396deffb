from datetime import datetime
from typing import Annotated

from beanie import Document, Indexed
from pydantic import Field

from app.models.asset import ImageRef
from app.models.common import utcnow

SINGLETON_KEY = "site"
DEFAULT_POST_PATH = "/blog/{slug}"
DEFAULT_PAGE_PATH = "/{slug}"


class SiteSettings(Document):
    """The one site-settings document (named apart from the config `Settings`)."""

    key: Annotated[str, Indexed(unique=True)] = SINGLETON_KEY  # keeps it a singleton
    site_name: str
    tagline: str = ""
    logo_url: str | None = None
    logo: ImageRef | None = None  # our asset's facts, when the URL is ours (#11)
    footer_text: str = ""
    social_links: dict[str, str] = Field(default_factory=dict)
    # Where posts and pages live on the public site (previews, feeds, sitemap, webhooks).
    post_path: str = DEFAULT_POST_PATH
    page_path: str = DEFAULT_PAGE_PATH
    site_url: str | None = None  # the public site's origin: absolute links in feeds, sitemap
    updated_at: datetime = Field(default_factory=utcnow)

    class Settings:
        name = "settings"
