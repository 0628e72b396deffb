"""The moderation state machine: the only code that writes a post's `status`.

    saved --publish_request--> pending --approve--> published --unpublish--> saved
      ^                          |  |  \\--reject(feedback)--> rejected --publish_request--^
      +--------withdraw----------+  +--schedule(publish_at)--> scheduled
                                 ^                                | |--(due: scheduler)--> published
                                 +----------unschedule------------+ +--reschedule--> scheduled
    (admins may also publish directly from saved, pending, rejected or scheduled)

Each transition is one conditional update on `{_id, status: <expected>}`, so of two admins
racing on one post exactly one wins; the loser, and any move not in the table, gets a 409
naming the current status. The scheduler is one more actor with the same update (and the
condition that the post is still due), so with N processes a due post is published once.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pymongo import ReturnDocument

from app.models import Blog, BlogStatus, HistoryEntry, User
from app.models.common import utcnow
from app.services import audit, content_events, events, site_paths
from core.errors import Conflict, Forbidden, InvalidTransition, NotFound, Unprocessable


class Action(StrEnum):
    CREATE = "create"
    PUBLISH_REQUEST = "publish-request"
    WITHDRAW = "withdraw"
    APPROVE = "approve"
    SCHEDULE = "schedule"
    RESCHEDULE = "reschedule"
    UNSCHEDULE = "unschedule"
    PUBLISH_SCHEDULED = "publish-scheduled"
    REJECT = "reject"
    UNPUBLISH = "unpublish"
    PUBLISH = "publish"


class Actor(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    SCHEDULER = "scheduler"


@dataclass(frozen=True, slots=True)
class System:
    """An actor that is not a person; history records its name and no id."""

    display_name: str
    id: None = None


SCHEDULER = System("scheduler")


@dataclass(frozen=True, slots=True)
class Rule:
    sources: frozenset[BlogStatus]
    target: BlogStatus
    actor: Actor


S = BlogStatus
TRANSITIONS: dict[Action, Rule] = {
    Action.PUBLISH_REQUEST: Rule(frozenset({S.SAVED, S.REJECTED}), S.PENDING, Actor.OWNER),
    Action.WITHDRAW: Rule(frozenset({S.PENDING}), S.SAVED, Actor.OWNER),
    Action.APPROVE: Rule(frozenset({S.PENDING}), S.PUBLISHED, Actor.ADMIN),
    Action.SCHEDULE: Rule(frozenset({S.PENDING}), S.SCHEDULED, Actor.ADMIN),
    Action.RESCHEDULE: Rule(frozenset({S.SCHEDULED}), S.SCHEDULED, Actor.ADMIN),
    Action.UNSCHEDULE: Rule(frozenset({S.SCHEDULED}), S.PENDING, Actor.ADMIN),
    Action.PUBLISH_SCHEDULED: Rule(frozenset({S.SCHEDULED}), S.PUBLISHED, Actor.SCHEDULER),
    Action.REJECT: Rule(frozenset({S.PENDING}), S.REJECTED, Actor.ADMIN),
    Action.UNPUBLISH: Rule(frozenset({S.PUBLISHED}), S.SAVED, Actor.ADMIN),
    Action.PUBLISH: Rule(
        frozenset({S.SAVED, S.PENDING, S.REJECTED, S.SCHEDULED}), S.PUBLISHED, Actor.ADMIN
    ),
}
WRITER_EDITABLE = frozenset({S.SAVED, S.REJECTED})
NEEDS_TIME = frozenset({Action.SCHEDULE, Action.RESCHEDULE})


def _entry(
    *, action: Action, actor: User | System, source: BlogStatus | None, target: BlogStatus,
    at: Any, feedback: str | None = None, publish_at: datetime | None = None,
) -> HistoryEntry:  # fmt: skip
    assert isinstance(actor, System) or actor.id is not None
    return HistoryEntry(
        action=action.value,
        from_status=source,
        to_status=target,
        actor_id=actor.id,
        actor_name=actor.display_name,
        at=at,
        feedback=feedback,
        publish_at=publish_at,
    )


def audit_target(blog: Blog) -> audit.Target:
    return audit.target("post", blog.id, blog.title)


def initial_state(*, actor: User, publish: bool) -> dict[str, Any]:
    """Fields of a new post: `saved`, or `published` when an admin asks to publish directly."""
    if publish and not actor.is_admin:
        raise Forbidden("Only admins can publish directly; request publication instead")
    now = utcnow()
    status = S.PUBLISHED if publish else S.SAVED
    return {
        "status": status,
        "published_at": now if publish else None,
        "history": [_entry(action=Action.CREATE, actor=actor, source=None, target=status, at=now)],
        "created_at": now,
        "updated_at": now,
    }


def writer_filter(actor: User) -> dict[str, Any]:
    """Extra condition for a write by `actor`: writers may only touch editable posts."""
    return {} if actor.is_admin else {"status": {"$in": [s.value for s in WRITER_EDITABLE]}}


def ensure_editable(blog: Blog, actor: User) -> None:
    if not actor.is_admin and blog.status not in WRITER_EDITABLE:
        raise Conflict(
            f"Cannot edit a post whose status is '{blog.status.value}'; "
            "writers edit only saved or rejected posts"
        )


def _authorise(blog: Blog, rule: Rule, actor: User | System) -> None:
    if isinstance(actor, System) or rule.actor is Actor.SCHEDULER:
        if not (isinstance(actor, System) and rule.actor is Actor.SCHEDULER):
            raise Forbidden("Only the scheduler can do this")
    elif rule.actor is Actor.ADMIN and not actor.is_admin:
        raise Forbidden("Only admins can do this")
    elif rule.actor is Actor.OWNER and blog.owner != actor.id:
        raise Forbidden("Only the author can do this")


def check(blog: Blog, *, action: Action, actor: User | System) -> Rule:
    """The rule for `action`, if `actor` may do it to `blog` as it is now (else 403/409)."""
    rule = TRANSITIONS[action]
    _authorise(blog, rule, actor)
    if blog.status not in rule.sources:
        raise InvalidTransition(current=blog.status.value, action=action.value)
    return rule


def _changes(
    action: Action, rule: Rule, *, now: datetime, feedback: str | None, publish_at: Any
) -> dict[str, Any]:
    changes: dict[str, Any] = {"status": rule.target.value, "updated_at": now}
    if rule.target is S.PUBLISHED:
        changes["published_at"] = now
        changes["admin_feedback"] = None
    elif action is Action.UNPUBLISH:
        changes["published_at"] = None
    if action is Action.REJECT:
        changes["admin_feedback"] = feedback
    elif action in NEEDS_TIME:
        changes["publish_at"] = publish_at
        changes["admin_feedback"] = None
    elif action is Action.UNSCHEDULE:
        changes["publish_at"] = None
    return changes


async def transition(
    blog: Blog,
    *,
    action: Action,
    actor: User | System,
    feedback: str | None = None,
    publish_at: datetime | None = None,
) -> Blog:
    rule = check(blog, action=action, actor=actor)
    if action is Action.REJECT and not feedback:
        raise Unprocessable("Rejecting a post needs feedback for its author")
    now = utcnow()
    if action in NEEDS_TIME and (publish_at is None or publish_at <= now):
        raise Unprocessable("Scheduling a post needs a publish_at in the future")

    changes = _changes(action, rule, now=now, feedback=feedback, publish_at=publish_at)
    entry = _entry(
        action=action, actor=actor, source=blog.status, target=rule.target, at=now,
        feedback=feedback, publish_at=publish_at if action in NEEDS_TIME else None,
    )  # fmt: skip
    condition: dict[str, Any] = {"_id": blog.id, "status": blog.status.value}
    if action is Action.PUBLISH_SCHEDULED:  # still due: a concurrent reschedule wins
        condition["publish_at"] = {"$lte": now}
    leaving = blog.published and rule.target is not S.PUBLISHED
    paths = await site_paths.load() if leaving else site_paths.DEFAULT

    async def move(unit: events.Unit) -> dict[str, Any] | None:
        updated = await Blog.get_pymongo_collection().find_one_and_update(
            condition,
            {"$set": changes, "$push": {"history": entry.model_dump()}},
            return_document=ReturnDocument.AFTER,
            session=unit.session,
        )
        if updated is not None:
            content_events.post_changed(unit, blog, Blog.model_validate(updated), paths=paths)
        return updated

    updated = await events.transact(move)
    if updated is None:
        current = await Blog.get_pymongo_collection().find_one({"_id": blog.id}, {"status": 1})
        if current is None:
            raise NotFound("Post not found")
        raise InvalidTransition(current=current["status"], action=action.value)
    moved: Blog = Blog.model_validate(updated)
    person = actor if isinstance(actor, User) else None  # the scheduler has no account
    details = None if person else {"actor": actor.display_name}
    await audit.record(
        actor=person, action=f"post.{action.value}", target=audit_target(moved), details=details
    )
    return moved
