"""Sessions as clients see them: every step with its sets (stale or not), its choice, and
where to resume."""

from typing import Any

from app.models import StudioSession
from app.schemas.studio import (
    NextStep,
    StudioChoiceView,
    StudioCoverView,
    StudioOptionSetView,
    StudioSessionPublic,
    StudioSessionSummary,
    StudioStepsView,
    StudioStepView,
)
from app.services.ai import STEP_ORDER, Step
from app.services.studio_sessions import store


def next_step(session: StudioSession) -> NextStep:
    """The first step without a choice; then the cover, then the draft."""
    for step in STEP_ORDER:
        if store.chosen(session, step) is None:
            return step.value
    if session.cover is None:
        return "cover"
    return "draft" if not session.posts else "done"


def _step(session: StudioSession, step: Step) -> StudioStepView:
    state = store.step_state(session, step)
    basis = store.basis(session, step)
    sets = [
        StudioOptionSetView(
            id=s.id,
            options=s.options,
            provider=s.provider,
            model=s.model,
            created_at=s.created_at,
            stale=s.basis != basis,
        )
        for s in state.sets
    ]
    index = STEP_ORDER.index(step)
    current = sets[-1] if sets else None
    return StudioStepView(
        ready=all(store.chosen(session, s) is not None for s in STEP_ORDER[:index]),
        options=current.options if current else [],
        current_set_id=current.id if current else None,
        stale=current.stale if current else False,
        choice=StudioChoiceView.model_validate(state.choice.model_dump()) if state.choice else None,
        sets=sets,
    )


def public(session: StudioSession) -> StudioSessionPublic:
    assert session.id is not None
    steps = StudioStepsView(**{step.value: _step(session, step) for step in STEP_ORDER})
    cover = session.cover
    return StudioSessionPublic(
        id=session.id,
        topic=session.topic,
        tone=session.tone,
        audience=session.audience,
        words=session.words,
        version=session.version,
        next_step=next_step(session),
        steps=steps,
        cover=StudioCoverView.model_validate(cover.model_dump()) if cover else None,
        post_ids=[post.id for post in session.posts],
        created_at=session.created_at,
        updated_at=session.updated_at,
    )


def summary(raw: dict[str, Any]) -> StudioSessionSummary:
    """A list item, from a document read without its option sets."""
    session = StudioSession.model_validate(raw)
    assert session.id is not None
    title = store.chosen(session, Step.TITLES)
    return StudioSessionSummary(
        id=session.id,
        topic=session.topic,
        title=title if isinstance(title, str) else None,
        next_step=next_step(session),
        post_ids=[post.id for post in session.posts],
        created_at=session.created_at,
        updated_at=session.updated_at,
    )
