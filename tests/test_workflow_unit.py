"""The transition table and its guards, without a database: every refusal happens before
any write."""

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from beanie import PydanticObjectId

from app.models import Blog, BlogStatus, Role, User
from app.services import workflow
from app.services.workflow import TRANSITIONS, Action, Actor
from core.errors import Conflict, Forbidden, InvalidTransition, Unprocessable

OWNER_ID = PydanticObjectId()


def user(role: Role = Role.USER, user_id: PydanticObjectId | None = None) -> User:
    built: User = User.model_construct(
        id=user_id or PydanticObjectId(),
        email="u@x.io",
        password_hash="h",
        role=role,
        display_name="U",
        is_active=True,
    )
    return built


def blog(status: BlogStatus) -> Blog:
    built: Blog = Blog.model_construct(
        id=PydanticObjectId(), owner=OWNER_ID, author="U", title="t", slug="t", status=status
    )
    return built


def test_the_table_is_the_documented_state_machine() -> None:
    table = {(action.value, source.value, rule.target.value, rule.actor.value)
             for action, rule in TRANSITIONS.items() for source in rule.sources}  # fmt: skip
    assert table == {
        ("publish-request", "saved", "pending", "owner"),
        ("publish-request", "rejected", "pending", "owner"),
        ("withdraw", "pending", "saved", "owner"),
        ("approve", "pending", "published", "admin"),
        ("reject", "pending", "rejected", "admin"),
        ("unpublish", "published", "saved", "admin"),
        ("publish", "saved", "published", "admin"),
        ("publish", "pending", "published", "admin"),
        ("publish", "rejected", "published", "admin"),
        ("publish", "scheduled", "published", "admin"),
        ("schedule", "pending", "scheduled", "admin"),
        ("reschedule", "scheduled", "scheduled", "admin"),
        ("unschedule", "scheduled", "pending", "admin"),
        ("publish-scheduled", "scheduled", "published", "scheduler"),
    }


ILLEGAL = [
    (action, status)
    for action, status in itertools.product(TRANSITIONS, BlogStatus)
    if status not in TRANSITIONS[action].sources
]


@pytest.mark.parametrize(("action", "status"), ILLEGAL)
async def test_moves_outside_the_table_are_invalid_transitions(
    action: Action, status: BlogStatus
) -> None:
    rule = TRANSITIONS[action]
    actor: User | workflow.System = (
        user(Role.ADMIN, OWNER_ID) if rule.actor is Actor.ADMIN else user(user_id=OWNER_ID)
    )
    if rule.actor is Actor.SCHEDULER:
        actor = workflow.SCHEDULER
    with pytest.raises(InvalidTransition) as caught:
        await workflow.transition(blog(status), action=action, actor=actor, feedback="f")
    assert caught.value.current == status.value
    assert f"'{status.value}'" in caught.value.detail


@pytest.mark.parametrize("action", [a for a, r in TRANSITIONS.items() if r.actor is Actor.ADMIN])
async def test_admin_moves_refuse_writers(action: Action) -> None:
    source = next(iter(TRANSITIONS[action].sources))
    with pytest.raises(Forbidden):
        await workflow.transition(blog(source), action=action, actor=user(user_id=OWNER_ID))


@pytest.mark.parametrize("action", [a for a, r in TRANSITIONS.items() if r.actor is Actor.OWNER])
async def test_owner_moves_refuse_everyone_else(action: Action) -> None:
    source = next(iter(TRANSITIONS[action].sources))
    with pytest.raises(Forbidden):
        await workflow.transition(blog(source), action=action, actor=user(Role.ADMIN))


@pytest.mark.parametrize("action", list(TRANSITIONS))
async def test_only_the_scheduler_makes_scheduler_moves_and_only_those(action: Action) -> None:
    source = next(iter(TRANSITIONS[action].sources))
    if TRANSITIONS[action].actor is Actor.SCHEDULER:
        for person in (user(Role.ADMIN, OWNER_ID), user(user_id=OWNER_ID)):
            with pytest.raises(Forbidden):
                await workflow.transition(blog(source), action=action, actor=person)
    else:
        with pytest.raises(Forbidden):
            await workflow.transition(blog(source), action=action, actor=workflow.SCHEDULER)


@pytest.mark.parametrize("action", [Action.SCHEDULE, Action.RESCHEDULE])
async def test_scheduling_needs_a_future_time(action: Action) -> None:
    source = next(iter(TRANSITIONS[action].sources))
    with pytest.raises(Unprocessable):
        await workflow.transition(blog(source), action=action, actor=user(Role.ADMIN))
    past = datetime.now(UTC) - timedelta(seconds=1)
    with pytest.raises(Unprocessable):
        await workflow.transition(
            blog(source), action=action, actor=user(Role.ADMIN), publish_at=past
        )


def test_new_posts_start_saved_unless_an_admin_publishes() -> None:
    assert workflow.initial_state(actor=user(), publish=False)["status"] is BlogStatus.SAVED
    state = workflow.initial_state(actor=user(Role.ADMIN), publish=True)
    assert state["status"] is BlogStatus.PUBLISHED and state["published_at"] is not None
    with pytest.raises(Forbidden):
        workflow.initial_state(actor=user(), publish=True)


@pytest.mark.parametrize("status", list(BlogStatus))
def test_writers_edit_only_saved_or_rejected(status: BlogStatus) -> None:
    post = blog(status)
    workflow.ensure_editable(post, user(Role.ADMIN))
    if status in (BlogStatus.SAVED, BlogStatus.REJECTED):
        workflow.ensure_editable(post, user(user_id=OWNER_ID))
    else:
        with pytest.raises(Conflict):
            workflow.ensure_editable(post, user(user_id=OWNER_ID))
