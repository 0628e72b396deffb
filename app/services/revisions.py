"""Revisions: the content of a post or page after each change, kept newest `REVISIONS_MAX`.

`record()` is called by the edit itself (app/services/editing.py), inside its transaction and
after the conditional update that incremented the document's `revision`: the revision exists
if and only if the change does, and its number is the one the change took.
"""

from typing import Any

from beanie import PydanticObjectId
from pymongo.asynchronous.client_session import AsyncClientSession
from pymongo.asynchronous.collection import AsyncCollection

from app.models import Blog, DocKind, Page, Revision, User
from app.schemas.revisions import PageRevisionContent, PostRevisionContent, RevisionSummary
from core.errors import NotFound

FIELDS: dict[DocKind, tuple[str, ...]] = {
    DocKind.POST: tuple(PostRevisionContent.model_fields),
    DocKind.PAGE: tuple(PageRevisionContent.model_fields),
}
DEFAULT_KEEP = 50
SYSTEM_ACTOR = "system"
# REVISIONS_MAX of the application writing to each database (set by app.background), so two
# apps in one process (tests) keep their own setting without a global.
_keep: dict[str, int] = {}


def configure(*, database: str, keep: int) -> None:
    _keep[database] = keep


def _collection() -> AsyncCollection[dict[str, Any]]:
    return Revision.get_pymongo_collection()


def content_of(kind: DocKind, doc: Blog | Page) -> dict[str, Any]:
    return {name: getattr(doc, name) for name in FIELDS[kind]}


async def record(
    kind: DocKind,
    doc: Blog | Page,
    *,
    actor: User | None,
    changed: list[str],
    session: AsyncClientSession | None,
    restored_from: int | None = None,
) -> None:
    """Store revision `doc.revision` of `doc` and drop those beyond the newest kept."""
    assert doc.id is not None
    revision = Revision(
        doc_kind=kind,
        doc_id=doc.id,
        number=doc.revision,
        actor_id=actor.id if actor else None,
        actor_name=actor.display_name if actor else SYSTEM_ACTOR,
        created_at=doc.updated_at,
        changed=changed,
        restored_from=restored_from,
        content=content_of(kind, doc),
    )
    await revision.insert(session=session)
    oldest_kept = doc.revision - _keep.get(_collection().database.name, DEFAULT_KEEP) + 1
    if oldest_kept > 1:
        await _collection().delete_many(
            {"doc_kind": kind.value, "doc_id": doc.id, "number": {"$lt": oldest_kept}},
            session=session,
        )


async def forget(kind: DocKind, doc_id: object, *, session: AsyncClientSession | None) -> None:
    """Every revision of a deleted document goes with it."""
    await _collection().delete_many({"doc_kind": kind.value, "doc_id": doc_id}, session=session)


async def list_for(
    kind: DocKind, doc_id: PydanticObjectId, *, page: int, per_page: int
) -> tuple[list[RevisionSummary], int]:
    """Newest first, without bodies: only the title and slug leave the database."""
    query = {"doc_kind": kind.value, "doc_id": doc_id}
    fields = ("number", "created_at", "actor_id", "actor_name", "changed", "restored_from")
    projection = dict.fromkeys(fields, 1) | {"content.title": 1, "content.slug": 1}
    cursor = (
        _collection()
        .find(query, projection)
        .sort("number", -1)
        .skip((page - 1) * per_page)
        .limit(per_page)
    )
    items = [
        RevisionSummary.model_validate({**raw, **raw.get("content", {})}) async for raw in cursor
    ]
    return items, await _collection().count_documents(query)


async def get(kind: DocKind, doc_id: PydanticObjectId | None, number: int) -> Revision:
    found = await Revision.find_one({"doc_kind": kind.value, "doc_id": doc_id, "number": number})
    if found is None:
        raise NotFound("Revision not found")
    return found
