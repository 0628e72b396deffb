"""The AI studio: the five guided steps, cover images and full posts, on any provider.

Generated images go through the same validation and storage as uploads; generated Markdown
through the same renderer and sanitiser as everything else. Nothing is written when a
provider fails.
"""

import json
from collections.abc import AsyncIterator

from beanie import PydanticObjectId

from app.schemas.ai import BlogGenerateResponse, ImageGenerateResponse, OptionsResponse
from app.services import markdown
from app.services.ai.base import AIProvider, Brief, Step
from app.services.html_guard import HtmlTooComplex
from app.services.images import ImagePipeline
from core.errors import AppError, PayloadTooLarge, ProviderError, UnsupportedMediaType


async def suggest(provider: AIProvider, *, step: Step, brief: Brief, count: int) -> OptionsResponse:
    options = await provider.options(step, brief, count)
    return OptionsResponse(options=options, provider=provider.name, model=provider.text_model)


async def generate_image(
    provider: AIProvider, *, prompt: str, images: ImagePipeline, owner: PydanticObjectId
) -> ImageGenerateResponse:
    data = await provider.image(prompt)
    try:
        stored = await images.store(data, owner=owner)
    except (UnsupportedMediaType, PayloadTooLarge) as exc:
        # The provider's fault, not the caller's: a bad gateway, not a bad request.
        raise ProviderError("The AI provider returned an unusable image") from exc
    return ImageGenerateResponse(
        image_url=stored.url,
        width=stored.width,
        height=stored.height,
        provider=provider.name,
        model=provider.image_model,
    )


async def _render(source: str) -> str:
    try:
        return await markdown.render_markdown_async(source)
    except HtmlTooComplex as exc:
        raise ProviderError("The AI provider returned unusable Markdown") from exc


async def write_post(provider: AIProvider, *, brief: Brief) -> BlogGenerateResponse:
    source = await provider.write_post(brief)
    return BlogGenerateResponse(
        markdown=source,
        html=await _render(source),
        provider=provider.name,
        model=provider.text_model,
    )


def sse(event: str, data: dict[str, object]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


async def stream_post(provider: AIProvider, *, brief: Brief) -> AsyncIterator[bytes]:
    """Server-Sent Events: `delta` events as text arrives, then one `done` event with the
    whole Markdown and its sanitised HTML.

    The first delta is awaited before anything is sent, so a provider that fails at once
    (rate limit, outage, timeout) still gets a proper HTTP error status. A failure after
    that becomes an `error` event carrying the status it would have had.
    """
    chunks = provider.stream_post(brief).__aiter__()
    try:
        first = await chunks.__anext__()
    except StopAsyncIteration:
        raise ProviderError("The AI provider returned an empty answer") from None
    return _events(provider, first, chunks)


async def _events(
    provider: AIProvider, first: str, chunks: AsyncIterator[str]
) -> AsyncIterator[bytes]:
    parts = [first]
    yield sse("delta", {"text": first})
    try:
        async for text in chunks:
            parts.append(text)
            yield sse("delta", {"text": text})
    except AppError as exc:
        yield sse("error", {"status": exc.status_code, "detail": exc.detail})
        return
    source = "".join(parts).strip()
    try:
        html = await _render(source)
    except AppError as exc:
        yield sse("error", {"status": exc.status_code, "detail": exc.detail})
        return
    yield sse(
        "done",
        {
            "markdown": source,
            "html": html,
            "provider": provider.name,
            "model": provider.text_model,
        },
    )
