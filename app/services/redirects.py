"""Old slugs of published posts and pages, answered with a 301 to the current one.

A redirect points at the document's id, never at a slug, so a chain a→b→c needs no rewriting:
a and b both lead to wherever the document is now. It is written in the transaction of the
slug change (app/services/editing.py) and deleted with the document. A published document
that takes an old slug wins: redirects are consulted only when no published document has it.
"""

from datetime import datetime
from typing import Any

from pymongo.asynchronous.client_session import AsyncClientSession
from pymongo.asynchronous.collection import AsyncCollection

from app.models import Blog, DocKind, Page, SlugRedirect


class Moved(Exception):  # a signal to answer 301, not a failure
    """`slug` has moved: the document lives at `self.slug` now."""

    def __init__(self, slug: str) -> None:
        super().__init__(slug)
        self.slug = slug


def _collection() -> AsyncCollection[dict[str, Any]]:
    return SlugRedirect.get_pymongo_collection()


async def slug_moved(
    kind: DocKind,
    *,
    old: str,
    doc: Blog | Page,
    at: datetime,
    session: AsyncClientSession | None,
) -> None:
    """The published `doc` left slug `old`: send `old` to it (replacing any redirect `old` had)."""
    collection = _collection()
    # Back at a slug it once left: that redirect would only point at itself.
    await collection.delete_one(
        {"kind": kind.value, "old_slug": doc.slug, "target_id": doc.id}, session=session
    )
    await collection.update_one(
        {"kind": kind.value, "old_slug": old},
        {"$set": {"target_id": doc.id, "created_at": at}},
        upsert=True,
        session=session,
    )


async def forget(kind: DocKind, doc_id: object, *, session: AsyncClientSession | None) -> None:
    await _collection().delete_many({"kind": kind.value, "target_id": doc_id}, session=session)


async def raise_if_moved(kind: DocKind, slug: str) -> None:
    """Raise `Moved` when `slug` is an old slug of a document that is public now."""
    found = await _collection().find_one({"kind": kind.value, "old_slug": slug}, {"target_id": 1})
    if found is None:
        return
    model: type[Blog] | type[Page] = Blog if kind is DocKind.POST else Page
    target = await model.get(found["target_id"])
    if target is not None and target.published and target.slug != slug:
        raise Moved(target.slug)
