"""Slugs: generated from titles when absent, validated when given, unique per collection.

Titles in any script get a meaningful slug: `anyascii` transliterates them to ASCII
(Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han as pinyin, kana and Hangul romanised).
Chosen over `unidecode` (GPL) and `text-unidecode` (unmaintained since 2019): it is
ISC-licensed, maintained, typed, and has no dependencies.
"""

import re
import unicodedata
from collections.abc import Awaitable, Callable
from typing import Protocol

from anyascii import anyascii
from beanie import Document
from pydantic import BaseModel
from pymongo.errors import DuplicateKeyError

from app.limits import SLUG_GENERATED_MAX, SLUG_MAX
from core.errors import Conflict

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_MAX_ATTEMPTS = 5


def is_valid_slug(value: str) -> bool:
    return len(value) <= SLUG_MAX and bool(_SLUG_RE.match(value))


def transliterate(text: str) -> str:
    """ASCII text with the words of `text`: letters, marks and digits transliterated, any
    other non-ASCII character (emoji, symbols, punctuation) a word break."""
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
        elif unicodedata.category(char)[0] in "LMN":
            # Transliteration marks (ayin, aleph, soft signs) are not word breaks.
            piece = anyascii(char).replace("'", "").replace("`", "")
            if unicodedata.name(char, "").startswith("CJK "):
                piece = f" {piece} "  # an ideograph is a word of its own: ni-hao, not nihao
            out.append(piece)
        else:
            out.append(" ")
    return "".join(out)


def slugify(text: str, *, fallback: str = "item") -> str:
    """Lower-case ASCII words joined by single hyphens; `fallback` when nothing survives."""
    slug = _NON_ALNUM.sub("-", transliterate(text).lower()).strip("-")
    if len(slug) > SLUG_GENERATED_MAX:
        slug = slug[:SLUG_GENERATED_MAX].rstrip("-")
    return slug or fallback


class _Slugged(Protocol):
    slug: str


class _SlugOnly(BaseModel):
    slug: str


def _is_slug_conflict(exc: DuplicateKeyError) -> bool:
    return "slug" in ((exc.details or {}).get("keyPattern") or {"slug": 1})


async def _next_free_suffix(doc: Document, base: str) -> int:
    """1 when `base` is free, else one past the highest `base-N` in use.

    Two index lookups, never a scan: the exact slug, then the range of slugs starting with
    `base-` (an unanchored or regex query reads every document on some engines)."""
    model = type(doc)
    if await model.find_one({"slug": base}) is None:
        return 1
    # Every string that starts with "base-" sorts between "base-" and "base." ("." follows "-").
    taken = (
        await model.find({"slug": {"$gte": f"{base}-", "$lt": f"{base}."}})
        .project(_SlugOnly)
        .to_list()
    )
    suffix = re.compile(f"^{re.escape(base)}-([0-9]+)$")
    numbers = [int(match.group(1)) for s in taken if (match := suffix.match(s.slug))]
    return max([1, *numbers]) + 1


async def insert_with_slug(
    doc: Document, *, explicit: bool, insert: Callable[[], Awaitable[object]] | None = None
) -> None:
    """Insert `doc` (which has a `slug`) with `insert()` (default: `doc.insert()`; a service
    passes its transactional insert). An explicit slug that is taken is a 409; a generated one
    gets the next free `-N` suffix, retried if a concurrent insert takes it first."""
    slugged: _Slugged = doc
    insert = insert or doc.insert
    if explicit:
        try:
            await insert()
        except DuplicateKeyError as exc:
            if _is_slug_conflict(exc):
                raise Conflict(f"The slug '{slugged.slug}' is already in use") from exc
            raise
        return
    base = slugged.slug
    for _ in range(_MAX_ATTEMPTS):
        suffix = await _next_free_suffix(doc, base)
        slugged.slug = base if suffix == 1 else f"{base}-{suffix}"
        try:
            await insert()
            return
        except DuplicateKeyError as exc:
            if not _is_slug_conflict(exc):
                raise
    raise Conflict("Could not find a free slug; give one explicitly")
