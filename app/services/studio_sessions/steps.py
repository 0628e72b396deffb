"""The five steps inside a session: generating option sets and choosing among them."""

from typing import Any

from beanie import PydanticObjectId
from bson import ObjectId

from app.models import StudioSession
from app.models.common import utcnow
from app.models.studio_session import OptionSet, OptionValue, StepChoice
from app.schemas.studio import StudioChoiceRequest
from app.services.ai import STEP_OPTIONS, STEP_ORDER, AIProvider, Step, studio
from app.services.ai_usage import Caller
from app.services.studio_sessions import store
from core.errors import Conflict, Unprocessable

MAX_TITLE_CHARS = 200  # a post title's limit: a longer title could never become the post
LABELS = {
    Step.IDEAS: "an idea",
    Step.TITLES: "a title",
    Step.INTROS: "an intro",
    Step.OUTLINES: "an outline",
    Step.IMAGE_PROMPTS: "an image prompt",
}


def _plural(step: Step) -> str:
    return step.value.replace("_", " ")


async def generate(
    session_id: str,
    *,
    owner: PydanticObjectId,
    step: Step,
    provider: AIProvider,
    caller: Caller,
    again: bool,
) -> StudioSession:
    """Five options for `step` from the choices made so far. Without `again`, a current set
    that still matches those choices is returned as it is (no provider call, no cost)."""
    session = await store.load(session_id, owner)
    store.require_choices_before(session, step, wanted=f"generating {_plural(step)}")
    basis = store.basis(session, step)
    sets = store.step_state(session, step).sets
    if not again and sets and sets[-1].basis == basis:
        return session
    result = await studio.suggest(
        provider,
        step=step,
        brief=store.brief(session),
        count=STEP_OPTIONS,
        caller=caller.for_session(session.id),
    )
    option_set = OptionSet(
        id=str(ObjectId()),
        options=result.options,
        basis=basis,
        provider=result.provider,
        model=result.model,
        created_at=utcnow(),
    )
    # Pushed whatever happened meanwhile: if another tab changed an earlier choice, the set
    # keeps the basis it was made from and shows as stale.
    push = {"$each": [option_set.model_dump()], "$slice": -store.MAX_SETS_PER_STEP}
    return await store.apply(session, {"$push": {f"steps.{step.value}.sets": push}})


async def choose(
    session_id: str, *, owner: PydanticObjectId, step: Step, request: StudioChoiceRequest
) -> StudioSession:
    """Record the pick for `step`. A different pick than before clears every later step's
    choice (their options stay, now stale); the same pick again changes nothing."""

    async def plan(session: StudioSession) -> dict[str, Any] | None:
        store.require_choices_before(session, step, wanted=f"choosing {LABELS[step]}")
        choice = _choice(session, step, request)
        current = store.step_state(session, step).choice
        if current is not None and current.value == choice.value:
            return None
        changes: dict[str, Any] = {f"steps.{step.value}.choice": choice.model_dump()}
        for later in STEP_ORDER[STEP_ORDER.index(step) + 1 :]:
            if store.chosen(session, later) is not None:
                changes[f"steps.{later.value}.choice"] = None
        return changes

    return await store.retrying(session_id, owner, plan)


def _choice(session: StudioSession, step: Step, request: StudioChoiceRequest) -> StepChoice:
    value: OptionValue
    set_id: str | None = None
    if request.custom is not None:
        value = request.custom
        if isinstance(value, list) != (step is Step.OUTLINES):
            kind = "a list of headings" if step is Step.OUTLINES else "text"
            raise Unprocessable(f"A custom choice for {step.value} must be {kind}")
    else:
        assert request.index is not None  # the schema allows index or custom
        sets = store.step_state(session, step).sets
        if not sets:
            raise Conflict(f"No {_plural(step)} have been generated yet")
        wanted = request.set_id or sets[-1].id
        option_set = next((s for s in sets if s.id == wanted), None)
        if option_set is None:
            raise Unprocessable(f"No set '{wanted}' in the history of {step.value}")
        if request.index >= len(option_set.options):
            raise Unprocessable(f"index must be below {len(option_set.options)}")
        value, set_id = option_set.options[request.index], option_set.id
    if step is Step.TITLES and isinstance(value, str) and len(value) > MAX_TITLE_CHARS:
        raise Unprocessable(f"Titles are limited to {MAX_TITLE_CHARS} characters")
    return StepChoice(
        value=value,
        custom=request.custom is not None,
        set_id=set_id,
        index=request.index,
        chosen_at=utcnow(),
    )
