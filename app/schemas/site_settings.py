from datetime import datetime
from typing import Annotated, ClassVar
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_serializer,
    field_validator,
)

from app.models.site_settings import DEFAULT_PAGE_PATH, DEFAULT_POST_PATH
from app.schemas.common import OwnFileUrl, PartialUpdate, SafeUrl
from app.schemas.images import ImageOut, image_from_stored
from app.services import urls
from app.services.site_paths import check_pattern

SiteName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
LinkName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
MAX_SOCIAL_LINKS = 20
SitePath = Annotated[
    str,
    Field(max_length=200, description="A site path with one `{slug}`, like `/blog/{slug}`"),
    AfterValidator(check_pattern),
]


def _check_origin(value: str) -> str:
    """An http(s) origin (scheme, host, optional port; no path, query, fragment or user),
    normalised to lower case without a trailing slash: `https://www.example.com`."""
    value = value.strip()
    parts = urlsplit(value)
    try:
        port = parts.port  # ValueError when out of range or not a number
    except ValueError:
        port = -1
    if (
        parts.scheme.lower() not in {"http", "https"}
        or not parts.hostname
        or port == -1
        or parts.path not in {"", "/"}
        or parts.query
        or parts.fragment
        or "@" in parts.netloc
        or any(c.isspace() or not c.isprintable() or c in '\\<>"{}|^`' for c in value)
    ):
        raise ValueError("must be an http(s) origin such as https://www.example.com, no path")
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


SiteOrigin = Annotated[str, Field(max_length=200), AfterValidator(_check_origin)]


class SiteSettingsUpdate(PartialUpdate):
    """Partial update of the site-settings singleton: only the fields sent change;
    `logo_url: null` removes the logo. `social_links` merges into the stored links: a name
    with a URL adds or replaces that link, a name with `null` removes it, others stay."""

    nullable: ClassVar[frozenset[str]] = frozenset({"logo_url", "site_url"})

    site_name: SiteName | None = None
    tagline: Annotated[str, Field(max_length=300)] | None = None
    logo_url: OwnFileUrl | None = None
    footer_text: Annotated[str, Field(max_length=2000)] | None = None
    social_links: (
        Annotated[dict[LinkName, SafeUrl | None], Field(max_length=MAX_SOCIAL_LINKS)] | None
    ) = Field(
        default=None,
        description="Merged into the stored links: a URL adds or replaces, null removes",
    )
    post_path: SitePath | None = None
    page_path: SitePath | None = None
    site_url: SiteOrigin | None = Field(
        default=None,
        description="Origin of the public site (not this API), e.g. https://www.example.com: "
        "feeds and the sitemap link there",
    )


class SiteSettingsPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_serialization_defaults_required=True
    )

    site_name: str
    tagline: str
    logo_url: str | None
    logo: ImageOut | None = Field(default=None, description="Our image behind logo_url, or null")
    footer_text: str
    social_links: dict[str, str]
    post_path: str = DEFAULT_POST_PATH
    page_path: str = DEFAULT_PAGE_PATH
    site_url: str | None
    updated_at: datetime

    @field_validator("logo", mode="before")
    @classmethod
    def _image(cls, value: object) -> object:
        return image_from_stored(value)

    @field_serializer("logo_url")
    def _absolute_logo(self, url: str | None) -> str | None:
        return urls.absolute(url)  # stored relative when ours (media, #11)
