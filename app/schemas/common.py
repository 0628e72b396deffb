"""Field types and base models shared by the request/response schemas."""

import math
import re
from typing import Annotated, ClassVar, Generic, Self, TypeVar
from urllib.parse import urlsplit

from beanie import PydanticObjectId
from pydantic import (
    AfterValidator,
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from app.limits import SLUG_MAX, TAG_MAX
from app.services import urls
from app.services.slugs import is_valid_slug

MAX_URL_LENGTH = 2048
MAX_HTML_CHARS = 1_000_000  # the same cap as Markdown preview input
_EMAIL_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class InputModel(BaseModel):
    """Base of every request body: unknown fields are an error, never silently dropped."""

    model_config = ConfigDict(extra="forbid")


class PartialUpdate(InputModel):
    """A partial update: absent fields stay as they are; `null` is allowed only for the
    fields named in `nullable` (clearing them), for the others it is a validation error."""

    nullable: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _no_null_for_required(self) -> Self:
        for name in self.model_fields_set - self.nullable:
            if getattr(self, name) is None:
                raise ValueError(f"'{name}' cannot be null")
        return self


class BodySource(BaseModel):
    """Mixin check for models that take a post or page body as Markdown or as HTML."""

    @model_validator(mode="after")
    def _markdown_or_body(self) -> Self:
        if getattr(self, "markdown", None) is not None and getattr(self, "body", None) is not None:
            raise ValueError("give either markdown or body (HTML), not both")
        return self


def _normalise_email(value: str) -> str:
    value = value.strip().lower()
    if not _EMAIL_RE.match(value) or ".." in value:
        raise ValueError("not a valid email address")
    return value


# Characters that could end an HTML attribute or start markup where a site interpolates the
# URL, or that no valid URL contains unescaped.
_URL_FORBIDDEN = frozenset('"<>\\`')
# Our own stored files: one name under /uploads, nothing that could climb out of it.
_UPLOAD_PATH = re.compile(r"^/uploads/[A-Za-z0-9_-]+\.[A-Za-z0-9]+$")


def _check_url(value: str) -> str:
    if any(c in _URL_FORBIDDEN or c.isspace() or not c.isprintable() for c in value):
        raise ValueError("URLs may not contain spaces, control characters, quotes, < or >")
    if _UPLOAD_PATH.match(value):
        return value
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError("must be an absolute http(s) URL or a /uploads/... path")
    return value


def _check_absolute_url(value: str) -> str:
    """An absolute http(s) URL elsewhere (a webhook target): no /uploads/ path."""
    if _UPLOAD_PATH.match(value):
        raise ValueError("must be an absolute http(s) URL")
    return _check_url(value)


def _check_slug(value: str) -> str:
    if not is_valid_slug(value):
        raise ValueError("lower-case ASCII letters, digits and single hyphens only")
    return value


def fold_tag(value: str | None) -> str | None:
    """A tag as stored: whitespace folded, lower case; None when nothing is left."""
    return " ".join((value or "").split()).lower() or None


def _normalise_tag(value: str) -> str:
    tag = fold_tag(value)
    if tag is None:
        raise ValueError("tags cannot be blank")
    return tag


Email = Annotated[str, Field(max_length=254), AfterValidator(_normalise_email)]
# Every URL field a client sends (images, links, canonical URLs): http(s), or a stored file.
SafeUrl = Annotated[str, Field(max_length=MAX_URL_LENGTH), AfterValidator(_check_url)]
Slug = Annotated[str, Field(min_length=1, max_length=SLUG_MAX), AfterValidator(_check_slug)]
# An image URL field: a URL on our own PUBLIC_BASE_URL/uploads/ is stored relative (media, #11).
OwnFileUrl = Annotated[SafeUrl, AfterValidator(urls.relative)]
HttpUrlStr = Annotated[str, Field(max_length=MAX_URL_LENGTH), AfterValidator(_check_absolute_url)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Tag = Annotated[str, Field(max_length=TAG_MAX), AfterValidator(_normalise_tag)]
Html = Annotated[str, Field(max_length=MAX_HTML_CHARS)]
# Output schemas double as query projections, so they validate raw documents (`_id`) too.
DocumentId = Annotated[PydanticObjectId, Field(validation_alias=AliasChoices("id", "_id"))]


T = TypeVar("T")


class Paginated(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    per_page: int
    total_pages: int

    @classmethod
    def build(cls, *, items: list[T], total: int, page: int, per_page: int) -> "Paginated[T]":
        return cls(
            items=items,
            total=total,
            page=page,
            per_page=per_page,
            total_pages=math.ceil(total / per_page) if total else 0,
        )
