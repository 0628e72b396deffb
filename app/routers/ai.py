"""The AI studio: ideas → titles → intros → outlines → image prompts, then cover and post."""

from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Depends, Request, status
from fastapi.responses import StreamingResponse

from app.deps import AICaller, AIProviderDep, CurrentUser, ImagesDep, ai_rate_limit
from app.schemas.ai import (
    BlogGenerateRequest,
    BlogGenerateResponse,
    IdeasRequest,
    ImageGenerateRequest,
    ImageGenerateResponse,
    ImagePromptsRequest,
    IntrosRequest,
    OptionsResponse,
    OutlinesRequest,
    TitlesRequest,
)
from app.services.ai import STEP_OPTIONS, Brief, Step, studio
from app.services.assets import QuotaExceeded
from core.errors import AIQuotaExceeded, error_responses

router = APIRouter(
    prefix="/ai",
    tags=["ai"],
    dependencies=[Depends(ai_rate_limit)],
    responses=error_responses(401, AIQuotaExceeded, 502, 503, 504),
)


def sse_responses(done: str, status: int = 200) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI entry of a post that may also be streamed as Server-Sent Events."""
    return {
        status: {
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
            "description": "JSON, or with `Accept: text/event-stream` Server-Sent Events: "
            f"`delta` events `{{text}}`, then `done` {done} "
            "(or `error` `{status, detail}` if the provider fails mid-stream).",
        }
    }


@router.post("/ideas", response_model=OptionsResponse)
async def generate_ideas(
    body: IdeasRequest, provider: AIProviderDep, caller: AICaller
) -> OptionsResponse:
    """Step 1: blog post ideas for a topic (`count` of them, five by default)."""
    brief = Brief(topic=body.topic)
    return await studio.suggest(
        provider, step=Step.IDEAS, brief=brief, count=body.count, caller=caller
    )


@router.post("/titles", response_model=OptionsResponse)
async def generate_titles(
    body: TitlesRequest, provider: AIProviderDep, caller: AICaller
) -> OptionsResponse:
    """Step 2: five titles for the chosen idea."""
    brief = Brief(topic=body.topic)
    return await studio.suggest(
        provider, step=Step.TITLES, brief=brief, count=STEP_OPTIONS, caller=caller
    )


@router.post("/intros", response_model=OptionsResponse)
async def generate_intros(
    body: IntrosRequest, provider: AIProviderDep, caller: AICaller
) -> OptionsResponse:
    """Step 3: five opening paragraphs for the chosen title."""
    brief = Brief(topic=body.topic, title=body.title)
    return await studio.suggest(
        provider, step=Step.INTROS, brief=brief, count=STEP_OPTIONS, caller=caller
    )


@router.post("/outlines", response_model=OptionsResponse)
async def generate_outlines(
    body: OutlinesRequest, provider: AIProviderDep, caller: AICaller
) -> OptionsResponse:
    """Step 4: five outlines, each a list of section headings."""
    brief = Brief(topic=body.topic, title=body.title, intro=body.intro)
    return await studio.suggest(
        provider, step=Step.OUTLINES, brief=brief, count=STEP_OPTIONS, caller=caller
    )


@router.post("/image-prompts", response_model=OptionsResponse)
async def generate_image_prompts(
    body: ImagePromptsRequest, provider: AIProviderDep, caller: AICaller
) -> OptionsResponse:
    """Step 5: five prompts for the cover image."""
    brief = Brief(title=body.title, intro=body.intro or "", outline=body.outline or [])
    return await studio.suggest(
        provider, step=Step.IMAGE_PROMPTS, brief=brief, count=STEP_OPTIONS, caller=caller
    )


@router.post(
    "/image-generate",
    status_code=status.HTTP_201_CREATED,
    response_model=ImageGenerateResponse,
    responses=error_responses(QuotaExceeded),
)
async def generate_image(
    body: ImageGenerateRequest,
    provider: AIProviderDep,
    images: ImagesDep,
    user: CurrentUser,
    caller: AICaller,
) -> ImageGenerateResponse:
    """Generate a cover image (with alt text); it is stored like an upload (and counts
    towards your quota), served from /uploads."""
    assert user.id is not None
    return await studio.generate_image(
        provider, prompt=body.prompt, images=images, owner=user.id, caller=caller
    )


# Declared here once, for this route and its legacy twin (app/routers/legacy.py).
BLOG_GENERATE_RESPONSES = sse_responses("`{markdown, html, provider, model}`")


@router.post(
    "/blog-generate",
    response_model=BlogGenerateResponse,
    responses=BLOG_GENERATE_RESPONSES,
)
async def generate_blog(
    body: BlogGenerateRequest, provider: AIProviderDep, caller: AICaller, request: Request
) -> BlogGenerateResponse | StreamingResponse:
    """Write the full post from the chosen title, intro and outline, as JSON or a stream."""
    brief = Brief(
        topic=body.topic or "",
        title=body.title,
        intro=body.intro,
        outline=body.outline,
        tone=body.tone or "",
        words=body.words,
    )
    if "text/event-stream" in request.headers.get("accept", ""):
        events = await studio.stream_post(provider, brief=brief, caller=caller)
        return event_stream(events)
    return await studio.write_post(provider, brief=brief, caller=caller)


def event_stream(events: AsyncIterator[bytes], status_code: int = 200) -> StreamingResponse:
    return StreamingResponse(
        events,
        status_code=status_code,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
