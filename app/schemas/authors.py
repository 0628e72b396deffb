"""Author profiles: the signed-in user's own (PATCH /auth/me) and the public ones."""

import re
from typing import Annotated, ClassVar

from beanie import PydanticObjectId
from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from app.schemas.auth import DisplayName
from app.schemas.blogs import BlogPublic, BlogSummary
from app.schemas.common import PartialUpdate, Slug

# Our own uploads only, as a relative URL (an asset reference once assets exist): no
# scheme, host, query, `..` or control characters.
_UPLOAD_PATH = re.compile(r"^/uploads/(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]{0,250}$")


def _check_upload_path(value: str) -> str:
    if not _UPLOAD_PATH.match(value):
        raise ValueError("must be a relative /uploads/... URL of an uploaded image")
    return value


UploadPath = Annotated[str, AfterValidator(_check_upload_path)]
Bio = Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)]


class ProfileUpdate(PartialUpdate):
    """Only the fields sent change; `avatar: null` removes the avatar. Plain text: the site
    escapes `display_name` and `bio` when it shows them."""

    nullable: ClassVar[frozenset[str]] = frozenset({"avatar"})

    display_name: DisplayName | None = None
    bio: Bio | None = None
    avatar: UploadPath | None = None
    slug: Slug | None = None


class AuthorRef(BaseModel):
    """The author of a post, as shown with it."""

    name: str
    slug: str | None
    avatar: str | None = Field(description="Relative /uploads/... URL, or null")


class AuthorPublic(AuthorRef):
    bio: str
    published_posts: int


class PublicPostSummary(BlogSummary):
    owner: PydanticObjectId = Field(exclude=True)  # read to find the author; never shown
    author_profile: AuthorRef | None = None


class PublicPost(BlogPublic):
    owner: PydanticObjectId = Field(exclude=True)
    author_profile: AuthorRef | None = None
