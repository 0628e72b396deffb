"""The AI studio: the five guided steps, cover images and full posts, on any provider. The
stateless /ai/* endpoints and the studio sessions both call these functions.

Every provider call is metered and recorded (app/services/ai_usage) after the user's quota
is checked. Generated images go through the same validation and storage as uploads;
generated Markdown through the same renderer and sanitiser as everything else. Nothing is
written when a provider fails.
"""

import asyncio
import contextlib
import json
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable

from beanie import PydanticObjectId

from app.schemas.ai import BlogGenerateResponse, ImageGenerateResponse, OptionsResponse
from app.services import ai_usage, markdown
from app.services.ai.base import AIProvider, Brief, Meter, Step
from app.services.ai.output import alt_text
from app.services.ai_usage import Caller, MeteredCall
from app.services.html_guard import HtmlTooComplex
from app.services.images import ImagePipeline
from core.errors import AppError, PayloadTooLarge, ProviderError, UnsupportedMediaType

# Called with the finished post's Markdown and HTML; returns more fields for `done`.
Finisher = Callable[[str, str], Awaitable[dict[str, object]]]


@contextlib.asynccontextmanager
async def metered(caller: Caller, *, provider: str, model: str, step: str) -> AsyncIterator[Meter]:
    """Quota check, then one measured provider call, recorded however it ends."""
    call = await ai_usage.start(caller, provider=provider, model=model, step=step)
    try:
        yield call.meter
    except BaseException as exc:
        await _fail(call, exc)
        raise
    await call.finish("ok")


async def suggest(
    provider: AIProvider, *, step: Step, brief: Brief, count: int, caller: Caller
) -> OptionsResponse:
    name, model = provider.name, provider.text_model
    async with metered(caller, provider=name, model=model, step=step.value) as meter:
        options = await provider.options(step, brief, count, meter)
    return OptionsResponse(options=options, provider=name, model=model)


async def generate_image(
    provider: AIProvider,
    *,
    prompt: str,
    images: ImagePipeline,
    owner: PydanticObjectId,
    caller: Caller,
) -> ImageGenerateResponse:
    async with metered(
        caller, provider=provider.name, model=provider.image_model, step="image"
    ) as meter:
        generated = await provider.image(prompt, meter)
        alt = alt_text(prompt, generated.description)
        try:  # the asset records its alt text, for the media library and <img alt>
            stored = await images.store(generated.data, owner=owner, alt=alt)
        except (UnsupportedMediaType, PayloadTooLarge) as exc:
            # The provider's fault, not the caller's: a bad gateway, not a bad request.
            raise ProviderError("The AI provider returned an unusable image") from exc
    return ImageGenerateResponse(
        image_url=stored.url,
        width=stored.width,
        height=stored.height,
        alt_text=alt,
        provider=generated.provider,
        model=generated.model,
    )


async def _render(source: str) -> str:
    try:
        return await markdown.render_markdown_async(source)
    except HtmlTooComplex as exc:
        raise ProviderError("The AI provider returned unusable Markdown") from exc


async def write_post(provider: AIProvider, *, brief: Brief, caller: Caller) -> BlogGenerateResponse:
    async with metered(caller, provider=provider.name, model=provider.text_model, step="post") as m:
        source = await provider.write_post(brief, m)
    return BlogGenerateResponse(
        markdown=source,
        html=await _render(source),
        provider=provider.name,
        model=provider.text_model,
    )


def sse(event: str, data: dict[str, object]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


async def stream_post(
    provider: AIProvider, *, brief: Brief, caller: Caller, finish: Finisher | None = None
) -> AsyncIterator[bytes]:
    """Server-Sent Events: `delta` events as text arrives, then one `done` event with the
    whole Markdown and its sanitised HTML (plus what `finish` adds, e.g. the saved post).

    The first delta is awaited before anything is sent, so a provider that fails at once
    (rate limit, outage, timeout, quota) still gets a proper HTTP error status. A failure
    after that becomes an `error` event carrying the status it would have had.
    """
    call = await ai_usage.start(
        caller, provider=provider.name, model=provider.text_model, step="post"
    )
    chunks = provider.stream_post(brief, call.meter)
    try:
        first = await chunks.__anext__()
    except StopAsyncIteration:
        error = ProviderError("The AI provider returned an empty answer")
        await call.fail(error)
        raise error from None
    except BaseException as exc:
        await _close(chunks)
        await _fail(call, exc)
        raise
    return _events(provider, call, first, chunks, finish)


async def _events(
    provider: AIProvider,
    call: MeteredCall,
    first: str,
    chunks: AsyncGenerator[str, None],
    finish: Finisher | None,
) -> AsyncIterator[bytes]:
    parts = [first]
    try:
        yield sse("delta", {"text": first})
        async for text in chunks:
            parts.append(text)
            yield sse("delta", {"text": text})
    except AppError as exc:
        await _fail(call, exc)
        yield sse("error", {"status": exc.status_code, "detail": exc.detail})
        return
    except BaseException as exc:  # the client went away, or a bug
        await _close(chunks)
        await _fail(call, exc)
        raise
    await call.finish("ok")
    source = "".join(parts).strip()
    try:
        html = await _render(source)
    except AppError as exc:
        yield sse("error", {"status": exc.status_code, "detail": exc.detail})
        return
    extra: dict[str, object] = {}
    if finish is not None:
        try:
            extra = await finish(source, html)
        except AppError as exc:
            yield sse("error", {"status": exc.status_code, "detail": exc.detail})
            return
    done = {"markdown": source, "html": html, "provider": provider.name}
    yield sse("done", {**done, "model": provider.text_model, **extra})


async def _close(chunks: AsyncGenerator[str, None]) -> None:
    # Closing runs the provider's clean-up, which charges what the stream consumed so far.
    with contextlib.suppress(Exception):  # already failing: the first error is what matters
        await chunks.aclose()


async def _fail(call: MeteredCall, exc: BaseException) -> None:
    cancelled = isinstance(exc, asyncio.CancelledError | GeneratorExit)
    await call.finish("cancelled") if cancelled else await call.fail(exc)
