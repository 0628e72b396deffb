"""The audit log: an append-only record of security- and content-relevant actions.

Callers record an action right after their write succeeded (never before, so a failed write
leaves no entry). `record` is the one entry point for every feature: accounts, moderation,
deletions, settings, and webhooks when they come. Recording never fails the caller's request:
the write it describes already happened, so an audit outage is logged loudly instead.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from beanie import SortDirection
from pymongo.errors import PyMongoError

from app.models import AuditEntry, User
from app.models.common import utcnow
from app.schemas.audit import AuditEntryPublic
from app.services import content

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Target:
    type: str
    id: str | None = None
    label: str | None = None


def target(kind: str, target_id: object = None, label: str | None = None) -> Target:
    return Target(type=kind, id=None if target_id is None else str(target_id), label=label)


async def record(
    *,
    actor: User | None,
    action: str,
    target: Target | None = None,
    ip: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    entry = AuditEntry(
        action=action,
        actor_id=actor.id if actor else None,
        actor_email=actor.email if actor else None,
        target_type=target.type if target else None,
        target_id=target.id if target else None,
        target_label=target.label if target else None,
        ip=ip,
        details=details or {},
    )
    try:
        await entry.insert()
    except PyMongoError:
        logger.exception("could not write audit entry %s by %s", action, entry.actor_id)


async def list_entries(
    *,
    page: int,
    per_page: int,
    actor: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
) -> tuple[list[AuditEntryPublic], int]:
    """Newest first. `actor` is a user id or an e-mail address; `action` an exact action or a
    prefix ending in a dot (`post.` for every post action)."""
    query: dict[str, Any] = {}
    if actor:
        actor_id = content.parse_object_id(actor)
        query["actor_id" if actor_id else "actor_email"] = actor_id or actor.strip().lower()
    if action:
        query["action"] = (
            {"$gte": action, "$lt": action + "\uffff"} if action.endswith(".") else action
        )
    if since is not None:
        query["at"] = {"$gte": since}
    return await content.paginate(
        AuditEntry,
        query,
        sort=[("at", SortDirection.DESCENDING), ("_id", SortDirection.DESCENDING)],
        projection=AuditEntryPublic,
        page=page,
        per_page=per_page,
    )


async def purge_expired(*, retention_days: int) -> int:
    """Delete entries older than the retention period (the retention loop; idempotent)."""
    cutoff = utcnow() - timedelta(days=retention_days)
    result = await AuditEntry.get_pymongo_collection().delete_many({"at": {"$lt": cutoff}})
    return int(result.deleted_count)
