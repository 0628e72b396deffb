"""The AI studio: ideas → titles → intros → outlines → image prompts, then cover and post."""

from fastapi import APIRouter, Depends, Request, status
from fastapi.responses import StreamingResponse

from app.deps import AIProviderDep, CurrentUser, ImagesDep, ai_rate_limit
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
from app.services.ai import STEP_OPTIONS, AIProvider, Brief, Step, studio
from app.services.assets import QuotaExceeded
from core.errors import error_responses

router = APIRouter(
    prefix="/ai",
    tags=["ai"],
    dependencies=[Depends(ai_rate_limit)],
    responses=error_responses(401, 429, 502, 503, 504),
)


async def _options(
    provider: AIProvider, step: Step, brief: Brief, count: int = STEP_OPTIONS
) -> OptionsResponse:
    result = await studio.suggest(provider, step=step, brief=brief, count=count)
    return OptionsResponse(options=result.options, provider=result.provider, model=result.model)


@router.post("/ideas", response_model=OptionsResponse)
async def generate_ideas(body: IdeasRequest, provider: AIProviderDep) -> OptionsResponse:
    """Step 1: blog post ideas for a topic (`count` of them, five by default)."""
    return await _options(provider, Step.IDEAS, Brief(topic=body.topic), body.count)


@router.post("/titles", response_model=OptionsResponse)
async def generate_titles(body: TitlesRequest, provider: AIProviderDep) -> OptionsResponse:
    """Step 2: five titles for the chosen idea."""
    return await _options(provider, Step.TITLES, Brief(topic=body.topic))


@router.post("/intros", response_model=OptionsResponse)
async def generate_intros(body: IntrosRequest, provider: AIProviderDep) -> OptionsResponse:
    """Step 3: five opening paragraphs for the chosen title."""
    return await _options(provider, Step.INTROS, Brief(topic=body.topic, title=body.title))


@router.post("/outlines", response_model=OptionsResponse)
async def generate_outlines(body: OutlinesRequest, provider: AIProviderDep) -> OptionsResponse:
    """Step 4: five outlines, each a list of section headings."""
    brief = Brief(topic=body.topic, title=body.title, intro=body.intro)
    return await _options(provider, Step.OUTLINES, brief)


@router.post("/image-prompts", response_model=OptionsResponse)
async def generate_image_prompts(
    body: ImagePromptsRequest, provider: AIProviderDep
) -> OptionsResponse:
    """Step 5: five prompts for the cover image."""
    brief = Brief(title=body.title, intro=body.intro or "", outline=body.outline or [])
    return await _options(provider, Step.IMAGE_PROMPTS, brief)


@router.post(
    "/image-generate",
    status_code=status.HTTP_201_CREATED,
    response_model=ImageGenerateResponse,
    responses=error_responses(QuotaExceeded),
)
async def generate_image(
    body: ImageGenerateRequest, provider: AIProviderDep, images: ImagesDep, user: CurrentUser
) -> ImageGenerateResponse:
    """Generate a cover image; it is stored like an upload (and counts towards your quota)."""
    assert user.id is not None
    return await studio.generate_image(provider, prompt=body.prompt, images=images, owner=user.id)


@router.post(
    "/blog-generate",
    response_model=BlogGenerateResponse,
    responses={
        200: {
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
            "description": "JSON, or with `Accept: text/event-stream` Server-Sent Events: "
            "`delta` events `{text}`, then `done` `{markdown, html, provider, model}` "
            "(or `error` `{status, detail}` if the provider fails mid-stream).",
        }
    },
)
async def generate_blog(
    body: BlogGenerateRequest, provider: AIProviderDep, request: Request
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
        events = await studio.stream_post(provider, brief=brief)
        return StreamingResponse(
            events,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )
    return await studio.write_post(provider, brief=brief)
