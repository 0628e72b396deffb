from datetime import datetime
from typing import Annotated, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_serializer,
    field_validator,
)

from app.schemas.common import OwnFileUrl, PartialUpdate, SafeUrl
from app.schemas.images import ImageOut, image_from_stored
from app.services import urls

SiteName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
LinkName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
MAX_SOCIAL_LINKS = 20


class SiteSettingsUpdate(PartialUpdate):
    """Partial update of the site-settings singleton: only the fields sent change;
    `logo_url: null` removes the logo. `social_links` merges into the stored links: a name
    with a URL adds or replaces that link, a name with `null` removes it, others stay."""

    nullable: ClassVar[frozenset[str]] = frozenset({"logo_url"})

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


class SiteSettingsPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    site_name: str
    tagline: str
    logo_url: str | None
    logo: ImageOut | None = Field(default=None, description="Our image behind logo_url, or null")
    footer_text: str
    social_links: dict[str, str]
    updated_at: datetime

    @field_validator("logo", mode="before")
    @classmethod
    def _image(cls, value: object) -> object:
        return image_from_stored(value)

    @field_serializer("logo_url")
    def _absolute_logo(self, url: str | None) -> str | None:
        return urls.absolute(url)  # stored relative when ours (media, #11)
