"""Helpers shared by posts and pages: body rendering and conditional partial updates."""

from typing import Any, TypeVar

import anyio
from beanie import Document, PydanticObjectId, SortDirection
from bson.errors import InvalidId
from pydantic import BaseModel
from pymongo import ReturnDocument
from pymongo.asynchronous.client_session import AsyncClientSession
from pymongo.errors import DuplicateKeyError

from app.models.common import utcnow
from app.services import body_images, excerpts, markdown, urls
from core.errors import Conflict

DocT = TypeVar("DocT", bound=Document)
OutT = TypeVar("OutT", bound=BaseModel)


def parse_object_id(value: str) -> PydanticObjectId | None:
    """The ObjectId in `value`, or None when it is not one (callers answer 404, not 500)."""
    try:
        return PydanticObjectId(value)
    except (InvalidId, TypeError):
        return None


async def get_by_id(model: type[DocT], raw_id: str | PydanticObjectId) -> DocT | None:
    """The document with this id; None when it is missing or the id is malformed."""
    oid = raw_id if isinstance(raw_id, PydanticObjectId) else parse_object_id(raw_id)
    found: DocT | None = await model.get(oid) if oid is not None else None
    return found


async def render_body(*, markdown_source: str | None, html: str | None) -> tuple[str, str | None]:
    """(sanitised HTML body, markdown source kept for editing). Markdown wins when given."""
    # Our own absolute /uploads/ URLs are stored relative; responses make them absolute.
    # Images of our assets get their size, lazy loading and a srcset (body_images).
    if markdown_source is not None:
        rendered = await markdown.render_markdown_async(markdown_source)
        return await body_images.enhance(urls.relative_html(rendered)), markdown_source
    cleaned = await markdown.sanitize_html_async(html or "")
    return await body_images.enhance(urls.relative_html(cleaned)), None


async def word_count(body: str) -> int:
    """Words of a stored body; a long one is counted on a worker thread."""
    if len(body) <= markdown.INLINE_RENDER_LIMIT:
        return excerpts.word_count(body)
    return await anyio.to_thread.run_sync(excerpts.word_count, body)


async def update_fields(
    model: type[DocT],
    doc_id: PydanticObjectId | None,
    changes: dict[str, Any],
    *,
    condition: dict[str, Any] | None = None,
    stamp: bool = True,
    session: AsyncClientSession | None = None,
) -> DocT | None:
    """`$set` only the changed fields (never a whole-document replace, which could undo a
    concurrent status change), if the document still matches `condition`.

    Returns the updated document, or None when it is gone or no longer matches. `stamp`
    sets `updated_at` too, for documents that have one.
    """
    if stamp:
        changes = {**changes, "updated_at": utcnow()}
    try:
        updated = await model.get_pymongo_collection().find_one_and_update(
            {"_id": doc_id, **(condition or {})},
            {"$set": changes},
            return_document=ReturnDocument.AFTER,
            session=session,
        )
    except DuplicateKeyError as exc:
        raise Conflict(f"The slug '{changes.get('slug')}' is already in use") from exc
    return model.model_validate(updated) if updated is not None else None


async def paginate(
    model: type[Document],
    query: dict[str, Any],
    *,
    sort: list[tuple[str, SortDirection]],
    projection: type[OutT],
    page: int,
    per_page: int,
    hint: list[tuple[str, int]] | None = None,
) -> tuple[list[OutT], int]:
    """One page of `query`, projected to `projection` (only its fields leave the database),
    and the total count. `hint` names the index that serves both filter and order, for
    planners that would otherwise pick one serving only the filter."""
    items = (
        await model.find(query, hint=hint)
        .sort(sort)
        .skip((page - 1) * per_page)
        .limit(per_page)
        .project(projection)
        .to_list()
    )
    return items, await model.find(query).count()
