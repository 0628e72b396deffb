"""Studio sessions: the five guided steps, the cover and the draft of one post, kept so a
writer can close the tab and resume later. Only the owner sees a session (others: 404)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request, status
from fastapi.responses import StreamingResponse

from app.deps import (
    AICaller,
    AIProviderDep,
    CurrentUser,
    ImagesDep,
    Pagination,
    ai_rate_limit,
)
from app.routers.ai import event_stream, sse_responses
from app.schemas.common import Paginated
from app.schemas.studio import (
    StudioChoiceRequest,
    StudioCoverRequest,
    StudioDraftRequest,
    StudioDraftResponse,
    StudioSessionCreate,
    StudioSessionPublic,
    StudioSessionSummary,
)
from app.services.ai import Step
from app.services.studio_sessions import Studio, finish, steps, store, views
from core.errors import (
    AIQuotaExceeded,
    Conflict,
    NotFound,
    StepOutOfOrder,
    Unprocessable,
    error_responses,
)

router = APIRouter(prefix="/studio", tags=["studio"], responses=error_responses(401))
SESSION = "/sessions/{session_id}"
AI_ERRORS = (NotFound, StepOutOfOrder, AIQuotaExceeded, 502, 503, 504)
SpendsAI = [Depends(ai_rate_limit)]  # shares AI_RATE_LIMIT with the /ai endpoints


async def studio_context(provider: AIProviderDep, caller: AICaller, images: ImagesDep) -> Studio:
    return Studio(provider=provider, caller=caller, images=images)


StudioDep = Annotated[Studio, Depends(studio_context)]


@router.post("/sessions", status_code=status.HTTP_201_CREATED, response_model=StudioSessionPublic)
async def create_studio_session(
    body: StudioSessionCreate, user: CurrentUser
) -> StudioSessionPublic:
    """Start a session on a topic (with an optional tone, audience and post length)."""
    assert user.id is not None
    session = await store.create(owner=user.id, **body.model_dump())
    return views.public(session)


@router.get("/sessions", response_model=Paginated[StudioSessionSummary])
async def list_studio_sessions(
    user: CurrentUser, paging: Pagination
) -> Paginated[StudioSessionSummary]:
    """Your sessions, most recently changed first, each with the step to resume at."""
    assert user.id is not None
    raw, total = await store.list_raw(owner=user.id, page=paging.page, per_page=paging.per_page)
    return Paginated[StudioSessionSummary].build(
        items=[views.summary(doc) for doc in raw],
        total=total,
        page=paging.page,
        per_page=paging.per_page,
    )


@router.get(SESSION, response_model=StudioSessionPublic, responses=error_responses(NotFound))
async def get_studio_session(session_id: str, user: CurrentUser) -> StudioSessionPublic:
    """Everything in a session (every option set, every choice, the cover, the posts)."""
    assert user.id is not None
    return views.public(await store.load(session_id, user.id))


@router.delete(SESSION, status_code=status.HTTP_204_NO_CONTENT, responses=error_responses(NotFound))
async def delete_studio_session(session_id: str, user: CurrentUser) -> None:
    """Delete a session; posts drafted from it stay."""
    assert user.id is not None
    await store.delete(session_id, user.id)


@router.post(
    SESSION + "/steps/{step}",
    response_model=StudioSessionPublic,
    dependencies=SpendsAI,
    responses=error_responses(*AI_ERRORS),
)
async def generate_studio_step(
    session_id: str, step: Step, user: CurrentUser, provider: AIProviderDep, caller: AICaller
) -> StudioSessionPublic:
    """Five options for a step from the choices so far; a current set that still matches
    them is returned without a new call."""
    assert user.id is not None
    session = await steps.generate(
        session_id, owner=user.id, step=step, provider=provider, caller=caller, again=False
    )
    return views.public(session)


@router.post(
    SESSION + "/steps/{step}/regenerate",
    response_model=StudioSessionPublic,
    dependencies=SpendsAI,
    responses=error_responses(*AI_ERRORS),
)
async def regenerate_studio_step(
    session_id: str, step: Step, user: CurrentUser, provider: AIProviderDep, caller: AICaller
) -> StudioSessionPublic:
    """Five new options for a step; the previous sets stay in its history."""
    assert user.id is not None
    session = await steps.generate(
        session_id, owner=user.id, step=step, provider=provider, caller=caller, again=True
    )
    return views.public(session)


@router.put(
    SESSION + "/steps/{step}/choice",
    response_model=StudioSessionPublic,
    responses=error_responses(NotFound, Conflict, Unprocessable),
)
async def choose_studio_option(
    session_id: str, step: Step, body: StudioChoiceRequest, user: CurrentUser
) -> StudioSessionPublic:
    """Choose an option (or type your own). A new choice clears the later steps' choices;
    their options stay, marked stale."""
    assert user.id is not None
    session = await steps.choose(session_id, owner=user.id, step=step, request=body)
    return views.public(session)


@router.post(
    SESSION + "/cover",
    status_code=status.HTTP_201_CREATED,
    response_model=StudioSessionPublic,
    dependencies=SpendsAI,
    responses=error_responses(*AI_ERRORS, Unprocessable),
)
async def create_studio_cover(
    session_id: str, body: StudioCoverRequest, user: CurrentUser, studio: StudioDep
) -> StudioSessionPublic:
    """Generate the cover from the chosen image prompt, or attach an uploaded image; either
    way with alt text."""
    assert user.id is not None
    session = await finish.set_cover(session_id, owner=user.id, request=body, studio_=studio)
    return views.public(session)


@router.post(
    SESSION + "/draft",
    status_code=status.HTTP_201_CREATED,
    response_model=StudioDraftResponse,
    dependencies=SpendsAI,
    responses={
        **sse_responses("`{markdown, html, provider, model, post_id, session_id}`", 201),
        **error_responses(*AI_ERRORS, Unprocessable),
    },
)
async def create_studio_draft(
    session_id: str,
    user: CurrentUser,
    studio: StudioDep,
    request: Request,
    body: StudioDraftRequest | None = None,
) -> StudioDraftResponse | StreamingResponse:
    """Write the full post from the session's choices and save it as a `saved` post linked
    to the session, as JSON or (with `Accept: text/event-stream`) a stream."""
    body = body or StudioDraftRequest()
    if "text/event-stream" in request.headers.get("accept", ""):
        events = await finish.stream_draft(session_id, author=user, request=body, studio_=studio)
        return event_stream(events, status_code=status.HTTP_201_CREATED)
    return await finish.write_draft(session_id, author=user, request=body, studio_=studio)
