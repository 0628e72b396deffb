"""One content change of a post or a page, whole: the conditional write, the revision it makes,
the redirect an old public slug needs, and the content event, in one transaction.

The current document is read inside the transaction, so what changed (and whether it was
public) is exact: a concurrent edit of the same document is a write conflict, and the
transaction runs again on the fresh state. Two edits therefore never share a revision number,
never lose one, and never interleave half of one with the other.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from beanie import PydanticObjectId
from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError

from app.models import Blog, DocKind, Page, User
from app.models.common import utcnow
from app.services import events, redirects, revisions
from core.errors import Conflict

DocT = TypeVar("DocT", Blog, Page)
Prepare = Callable[[Any, dict[str, Any]], dict[str, Any]]
Announce = Callable[[events.Unit, Any, Any], None]


async def apply(
    model: type[DocT],
    kind: DocKind,
    doc_id: PydanticObjectId | None,
    changes: dict[str, Any],
    *,
    actor: User | None,
    announce: Announce,
    condition: dict[str, Any] | None = None,
    prepare: Prepare | None = None,
    restored_from: int | None = None,
) -> tuple[DocT, DocT] | None:
    """Apply `changes` if the document still matches `condition`; returns (before, after).

    `prepare(current, changes)` may adjust the changes from the exact current state (it may
    run more than once: no side effects). Fields already equal are not written; a change that
    touches content fields increments `revision` and stores that revision. `announce(unit,
    before, after)` emits the content event. None: the document is gone or does not match.
    """
    content_fields = set(revisions.FIELDS[kind])

    async def work(unit: events.Unit) -> tuple[DocT, DocT] | None:
        collection = model.get_pymongo_collection()
        query = {"_id": doc_id, **(condition or {})}
        found = await collection.find_one(query, session=unit.session)
        if found is None:
            return None
        before = model.model_validate(found)
        wanted = prepare(before, dict(changes)) if prepare else changes
        diff = {k: v for k, v in wanted.items() if getattr(before, k) != v}
        if not diff:
            return before, before
        changed = sorted(diff.keys() & content_fields)
        now = utcnow()
        update: dict[str, Any] = {"$set": {**diff, "updated_at": now}}
        if changed:
            update["$inc"] = {"revision": 1}
        try:
            raw = await collection.find_one_and_update(
                query, update, return_document=ReturnDocument.AFTER, session=unit.session
            )
        except DuplicateKeyError as exc:
            raise Conflict(f"The slug '{diff.get('slug')}' is already in use") from exc
        if raw is None:
            return None
        after = model.model_validate(raw)
        if changed:
            await revisions.record(
                kind,
                after,
                actor=actor,
                changed=changed,
                restored_from=restored_from,
                session=unit.session,
            )
        if before.published and after.slug != before.slug:
            await redirects.slug_moved(
                kind, old=before.slug, doc=after, at=now, session=unit.session
            )
        announce(unit, before, after)
        return before, after

    return await events.transact(work)


async def forget(kind: DocKind, doc_id: object, unit: events.Unit) -> None:
    """With a deleted document: its revisions and the redirects to it."""
    await revisions.forget(kind, doc_id, session=unit.session)
    await redirects.forget(kind, doc_id, session=unit.session)
