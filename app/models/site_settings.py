from datetime import datetime
from typing import Annotated

from beanie import Document, Indexed
from pydantic import Field

from app.models.asset import ImageRef
from app.models.common import utcnow

SINGLETON_KEY = "site"


class SiteSettings(Document):
    """The one site-settings document (named apart from the config `Settings`)."""

    key: Annotated[str, Indexed(unique=True)] = SINGLETON_KEY  # keeps it a singleton
    site_name: str
    tagline: str = ""
    logo_url: str | None = None
    logo: ImageRef | None = None  # our asset's facts, when the URL is ours (#11)
    footer_text: str = ""
    social_links: dict[str, str] = Field(default_factory=dict)
    updated_at: datetime = Field(default_factory=utcnow)

    class Settings:
        name = "settings"
