"""Studio sessions in the database: owner-scoped reads, and the two kinds of write.

A write that depends on what the session holds (a choice, which may clear later choices) is
conditional on the `version` it was computed from, and is recomputed on a fresh read when
another tab got there first; a write that does not (a new option set, a cover, a post
reference) is a single atomic update. Either way every write bumps `version`, so two tabs
never overwrite each other's work with a stale copy.
"""

import hashlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

from beanie import PydanticObjectId, SortDirection
from pymongo import ReturnDocument

from app.models import StudioSession
from app.models.common import utcnow
from app.models.studio_session import StepState
from app.services.ai import STEP_ORDER, Brief, Step
from app.services.content import parse_object_id
from core.errors import Conflict, NotFound, StepOutOfOrder

NOT_FOUND = "Studio session not found"
MAX_SETS_PER_STEP = 25  # older sets leave the history beyond this (choices keep a copy)
COMMIT_ATTEMPTS = 5
NEWEST_FIRST = [("updated_at", SortDirection.DESCENDING)]


def _query(session_id: str | PydanticObjectId, owner: PydanticObjectId) -> dict[str, Any]:
    oid = session_id if isinstance(session_id, PydanticObjectId) else parse_object_id(session_id)
    if oid is None:
        raise NotFound(NOT_FOUND)
    return {"_id": oid, "owner": owner}


async def load(session_id: str | PydanticObjectId, owner: PydanticObjectId) -> StudioSession:
    """The owner's session; anyone else gets the same 404 as for a missing one."""
    found = await StudioSession.find_one(_query(session_id, owner))
    if found is None:
        raise NotFound(NOT_FOUND)
    return found


async def _update(query: dict[str, Any], update: dict[str, Any]) -> StudioSession | None:
    update.setdefault("$set", {})["updated_at"] = utcnow()
    update["$inc"] = {**update.get("$inc", {}), "version": 1}
    raw = await StudioSession.get_pymongo_collection().find_one_and_update(
        query, update, return_document=ReturnDocument.AFTER
    )
    return StudioSession.model_validate(raw) if raw is not None else None


async def commit(session: StudioSession, changes: dict[str, Any]) -> StudioSession | None:
    """`$set` `changes` if the session is still at the version they were computed from;
    None when another write came first."""
    query = {**_query(session.id or "", session.owner), "version": session.version}
    return await _update(query, {"$set": changes})


async def apply(session: StudioSession, update: dict[str, Any]) -> StudioSession:
    """An update that holds whatever the session's version (atomic on its own)."""
    updated = await _update(_query(session.id or "", session.owner), update)
    if updated is None:
        raise NotFound(NOT_FOUND)  # deleted meanwhile
    return updated


Plan = Callable[[StudioSession], Awaitable[dict[str, Any] | None]]


async def retrying(session_id: str, owner: PydanticObjectId, plan: Plan) -> StudioSession:
    """Read, plan the changes from what was read, commit on that version; on a race, do it
    again from a fresh read. A plan returning None means nothing to change."""
    for _ in range(COMMIT_ATTEMPTS):
        session = await load(session_id, owner)
        changes = await plan(session)
        if changes is None:
            return session
        updated = await commit(session, changes)
        if updated is not None:
            return updated
    raise Conflict("The session keeps changing in another tab; reload it and try again")


def step_state(session: StudioSession, step: Step) -> StepState:
    state: StepState = getattr(session.steps, step.value)
    return state


def chosen(session: StudioSession, step: Step) -> Any:
    choice = step_state(session, step).choice
    return choice.value if choice is not None else None


def require_choices_before(session: StudioSession, step: Step | None, *, wanted: str) -> None:
    """409 `step_out_of_order` naming the first earlier step without a choice (`step` None:
    every step up to the outline, for the draft)."""
    stop = STEP_ORDER.index(step) if step is not None else STEP_ORDER.index(Step.IMAGE_PROMPTS)
    for earlier in STEP_ORDER[:stop]:
        if chosen(session, earlier) is None:
            raise StepOutOfOrder(missing=earlier.value, wanted=wanted)


def basis(session: StudioSession, step: Step) -> str:
    """Fingerprint of everything a step's options are generated from."""
    earlier = [chosen(session, s) for s in STEP_ORDER[: STEP_ORDER.index(step)]]
    source = [session.topic, session.tone, session.audience, *earlier]
    return hashlib.sha256(json.dumps(source).encode()).hexdigest()[:16]


def brief(session: StudioSession, *, words: int | None = None, tone: str | None = None) -> Brief:
    outline = chosen(session, Step.OUTLINES)
    return Brief(
        topic=session.topic,
        idea=chosen(session, Step.IDEAS) or "",
        title=chosen(session, Step.TITLES) or "",
        intro=chosen(session, Step.INTROS) or "",
        outline=list(outline) if isinstance(outline, list) else [],
        tone=tone or session.tone or "",
        audience=session.audience or "",
        words=words or session.words,
    )


async def create(
    *, owner: PydanticObjectId, topic: str, tone: str | None, audience: str | None, words: int
) -> StudioSession:
    session = StudioSession(owner=owner, topic=topic, tone=tone, audience=audience, words=words)
    await session.insert()
    return session


async def delete(session_id: str, owner: PydanticObjectId) -> None:
    result = await StudioSession.get_pymongo_collection().delete_one(_query(session_id, owner))
    if result.deleted_count != 1:
        raise NotFound(NOT_FOUND)


async def list_raw(
    *, owner: PydanticObjectId, page: int, per_page: int
) -> tuple[list[dict[str, Any]], int]:
    """One page of the owner's sessions, newest activity first, without their option sets."""
    projection = {f"steps.{step.value}.sets": 0 for step in STEP_ORDER}
    collection = StudioSession.get_pymongo_collection()
    cursor = (
        collection.find({"owner": owner}, projection)
        .sort(NEWEST_FIRST)
        .skip((page - 1) * per_page)
        .limit(per_page)
    )
    return await cursor.to_list(), await collection.count_documents({"owner": owner})
