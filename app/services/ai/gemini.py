"""Gemini through google-genai: structured JSON for the steps, IMAGE modality for covers,
streaming for posts. The only module (with the factory) that imports the SDK.

Failures are mapped once, here, to domain errors and never echo provider text or the key:
429 and 503/529 (overloaded) → 503 with Retry-After, other 5xx / malformed / short / blocked
output → 502, timeout → 504. Malformed or short step output gets one retry. Every answer's
`usage_metadata` is charged to the call's meter, failed answers included.
"""

import asyncio
import logging
import re
from collections.abc import AsyncGenerator, Awaitable
from typing import TypeVar

import httpx
import httpx2
from google import genai
from google.genai import errors as genai_errors
from google.genai import types

from app.services.ai import prompts
from app.services.ai.base import Brief, GeneratedImage, Meter, Option, Step
from app.services.ai.output import MAX_POST_CHARS, BadOutput, clean_markdown, parse_options
from core.errors import ProviderError, ProviderTimeout, ProviderUnavailable

logger = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_RETRY_AFTER = 30
BUSY_STATUSES = frozenset({429, 503, 529})  # rate limited or overloaded: worth a retry later
_BLOCKED_FINISH = {
    "SAFETY",
    "PROHIBITED_CONTENT",
    "BLOCKLIST",
    "SPII",
    "RECITATION",
    "IMAGE_SAFETY",
}
__all__ = ["BadOutput", "GeminiProvider", "build_client", "clean_markdown", "parse_options"]


class GeminiProvider:
    name = "gemini"

    def __init__(
        self, client: genai.Client, *, text_model: str, image_model: str, timeout: float
    ) -> None:
        self._client = client
        self.text_model = text_model
        self.image_model = image_model
        self._timeout = timeout

    async def aclose(self) -> None:
        await self._client.aio.aclose()

    async def options(self, step: Step, brief: Brief, count: int, meter: Meter) -> list[Option]:
        config = types.GenerateContentConfig(
            system_instruction=prompts.SYSTEM[step],
            response_mime_type="application/json",
            response_json_schema=prompts.options_schema(step, count),
        )
        prompt = prompts.step_prompt(step, brief, count)

        async def attempt() -> list[Option]:
            response = await self._call(self._generate(self.text_model, prompt, config))
            _charge(meter, response)
            return parse_options(_text_of(response), step=step, count=count)

        try:
            return await attempt()
        except BadOutput as first:
            logger.warning("gemini %s output rejected (%s); retrying once", step, first)
        try:
            return await attempt()
        except BadOutput as second:
            logger.warning("gemini %s output rejected again (%s)", step, second)
            raise ProviderError("The AI provider returned unusable options") from second

    async def image(self, prompt: str, meter: Meter) -> GeneratedImage:
        config = types.GenerateContentConfig(response_modalities=["IMAGE"])
        response = await self._call(self._generate(self.image_model, prompt, config))
        _charge(meter, response)
        _raise_if_blocked(response)
        description: list[str] = []
        for candidate in response.candidates or []:
            for part in (candidate.content.parts if candidate.content else None) or []:
                if part.text and not part.thought:
                    description.append(part.text)
                blob = part.inline_data
                if blob and blob.data and (blob.mime_type or "").startswith("image/"):
                    return GeneratedImage(
                        data=blob.data,
                        provider=self.name,
                        model=self.image_model,
                        description=" ".join(description) or None,
                    )
        raise ProviderError("The AI provider returned no image")

    async def write_post(self, brief: Brief, meter: Meter) -> str:
        response = await self._call(
            self._generate(self.text_model, prompts.post_prompt(brief), self._post_config())
        )
        _charge(meter, response)
        return clean_markdown(_text_of(response, allow_empty=False))

    async def stream_post(self, brief: Brief, meter: Meter) -> AsyncGenerator[str, None]:
        stream = await self._call(
            self._client.aio.models.generate_content_stream(
                model=self.text_model,
                contents=prompts.post_prompt(brief),
                config=self._post_config(),
            )
        )
        iterator = stream.__aiter__()
        total = 0
        # Each chunk carries the running usage: the last one seen is what the call cost.
        last: types.GenerateContentResponse | None = None
        try:
            while True:
                try:
                    chunk = await self._call(iterator.__anext__())
                except StopAsyncIteration:
                    return
                last = chunk if chunk.usage_metadata is not None else last
                _raise_if_blocked(chunk)
                text = chunk.text or ""
                total += len(text)
                if total > MAX_POST_CHARS:
                    raise ProviderError("The AI provider's post was too long")
                if text:
                    yield text
        finally:
            if last is not None:
                _charge(meter, last)

    def _post_config(self) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(system_instruction=prompts.POST_SYSTEM)

    def _generate(
        self, model: str, prompt: str, config: types.GenerateContentConfig
    ) -> Awaitable[types.GenerateContentResponse]:
        return self._client.aio.models.generate_content(model=model, contents=prompt, config=config)

    async def _call(self, call: Awaitable[T]) -> T:
        """One provider call under the deadline, with failures mapped to domain errors."""
        try:
            async with asyncio.timeout(self._timeout):
                return await call
        except (TimeoutError, httpx.TimeoutException, httpx2.TimeoutException) as exc:
            raise ProviderTimeout() from exc
        except genai_errors.APIError as exc:
            raise _mapped(exc) from exc
        except (httpx.HTTPError, httpx2.HTTPError) as exc:  # the SDK speaks httpx2 today
            logger.warning("gemini unreachable: %s", type(exc).__name__)
            raise ProviderError("The AI provider could not be reached") from exc


def _charge(meter: Meter, response: types.GenerateContentResponse) -> None:
    usage = response.usage_metadata
    if usage is None:
        return
    output = (usage.candidates_token_count or 0) + (usage.thoughts_token_count or 0)
    meter.charge(usage.prompt_token_count or 0, output)


def _mapped(exc: genai_errors.APIError) -> ProviderError | ProviderUnavailable:
    logger.warning("gemini answered %s %s", exc.code, exc.status)
    if exc.code in BUSY_STATUSES:
        return ProviderUnavailable(retry_after=_retry_after(exc))
    if exc.code in (401, 403):
        return ProviderError("The AI provider refused our credentials")
    return ProviderError(f"The AI provider failed ({exc.code})")


def _retry_after(exc: genai_errors.APIError) -> int:
    """Seconds from Google's RetryInfo (`"retryDelay": "17s"`) or the HTTP header."""
    details = (
        (exc.details or {}).get("error", {}).get("details", [])
        if isinstance(exc.details, dict)
        else []
    )
    for detail in details if isinstance(details, list) else []:
        delay = str(detail.get("retryDelay", "")) if isinstance(detail, dict) else ""
        if match := re.fullmatch(r"(\d+)(?:\.\d+)?s", delay):
            return int(match.group(1)) + 1
    header = getattr(getattr(exc, "response", None), "headers", {}).get("retry-after", "")
    return int(header) if str(header).isdigit() else DEFAULT_RETRY_AFTER


def _raise_if_blocked(response: types.GenerateContentResponse) -> None:
    feedback = response.prompt_feedback
    if feedback is not None and feedback.block_reason:
        raise ProviderError("The AI provider declined this request (safety)")
    for candidate in response.candidates or []:
        reason = getattr(candidate.finish_reason, "value", candidate.finish_reason)
        if reason in _BLOCKED_FINISH:
            raise ProviderError("The AI provider declined this request (safety)")


def _text_of(response: types.GenerateContentResponse, *, allow_empty: bool = True) -> str:
    _raise_if_blocked(response)
    text = response.text or ""
    if not text.strip() and not allow_empty:
        raise ProviderError("The AI provider returned an empty answer")
    return text


def build_client(*, api_key: str, base_url: str | None, timeout: float) -> genai.Client:
    options = types.HttpOptions(base_url=base_url, timeout=int(timeout * 1000))
    return genai.Client(api_key=api_key, http_options=options)
