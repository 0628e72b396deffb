"""Gemini through google-genai: structured JSON for the steps, IMAGE modality for covers,
streaming for posts. The only module (with the factory) that imports the SDK.

Failures are mapped once, here, to domain errors and never echo provider text or the key:
429 → 503 with Retry-After, 5xx / malformed / short / blocked output → 502, timeout → 504.
Malformed or short step output gets one retry.
"""

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import httpx
from google import genai
from google.genai import errors as genai_errors
from google.genai import types
from pydantic import TypeAdapter, ValidationError

from app.services.ai import prompts
from app.services.ai.base import Brief, Option, Step
from core.errors import ProviderError, ProviderTimeout, ProviderUnavailable

logger = logging.getLogger(__name__)

T = TypeVar("T")
MAX_OPTION_CHARS = 1000
MAX_POST_CHARS = 200_000
DEFAULT_RETRY_AFTER = 30
_BLOCKED_FINISH = {
    "SAFETY",
    "PROHIBITED_CONTENT",
    "BLOCKLIST",
    "SPII",
    "RECITATION",
    "IMAGE_SAFETY",
}
_FENCE = re.compile(r"^```(?:markdown|md)?\s*\n(.*?)\n```\s*$", re.S)
_STRINGS = TypeAdapter(dict[str, list[str]])
_OUTLINES = TypeAdapter(dict[str, list[list[str]]])


class BadOutput(Exception):
    """The model answered, but not in the shape asked for (worth one retry)."""


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

    async def options(self, step: Step, brief: Brief, count: int) -> list[Option]:
        config = types.GenerateContentConfig(
            system_instruction=prompts.SYSTEM[step],
            response_mime_type="application/json",
            response_json_schema=prompts.options_schema(step, count),
        )
        prompt = prompts.step_prompt(step, brief, count)

        async def attempt() -> list[Option]:
            response = await self._call(self._generate(self.text_model, prompt, config))
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

    async def image(self, prompt: str) -> bytes:
        config = types.GenerateContentConfig(response_modalities=["IMAGE"])
        response = await self._call(self._generate(self.image_model, prompt, config))
        _raise_if_blocked(response)
        for candidate in response.candidates or []:
            for part in (candidate.content.parts if candidate.content else None) or []:
                blob = part.inline_data
                if blob and blob.data and (blob.mime_type or "").startswith("image/"):
                    return blob.data
        raise ProviderError("The AI provider returned no image")

    async def write_post(self, brief: Brief) -> str:
        response = await self._call(
            self._generate(self.text_model, prompts.post_prompt(brief), self._post_config())
        )
        return clean_markdown(_text_of(response, allow_empty=False))

    async def stream_post(self, brief: Brief) -> AsyncIterator[str]:
        stream = await self._call(
            self._client.aio.models.generate_content_stream(
                model=self.text_model,
                contents=prompts.post_prompt(brief),
                config=self._post_config(),
            )
        )
        iterator = stream.__aiter__()
        total = 0
        while True:
            try:
                chunk = await self._call(iterator.__anext__())
            except StopAsyncIteration:
                return
            _raise_if_blocked(chunk)
            text = chunk.text or ""
            total += len(text)
            if total > MAX_POST_CHARS:
                raise ProviderError("The AI provider's post was too long")
            if text:
                yield text

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
        except (TimeoutError, httpx.TimeoutException) as exc:
            raise ProviderTimeout() from exc
        except genai_errors.APIError as exc:
            raise _mapped(exc) from exc
        except httpx.HTTPError as exc:
            logger.warning("gemini unreachable: %s", type(exc).__name__)
            raise ProviderError("The AI provider could not be reached") from exc


def _mapped(exc: genai_errors.APIError) -> ProviderError | ProviderUnavailable:
    logger.warning("gemini answered %s %s", exc.code, exc.status)
    if exc.code == 429:
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


def parse_options(raw: str, *, step: Step, count: int) -> list[Option]:
    """Validate a step's JSON answer: exactly `count` distinct, non-empty, bounded options."""
    adapter: Callable[[Any], dict[str, Any]]
    adapter = _OUTLINES.validate_python if step is Step.OUTLINES else _STRINGS.validate_python
    try:
        options: list[Any] = adapter(json.loads(raw))["options"]
    except (ValueError, KeyError, TypeError, ValidationError) as exc:
        raise BadOutput("malformed JSON") from exc
    if len(options) != count:
        raise BadOutput(f"{len(options)} options instead of {count}")
    cleaned: list[Option] = []
    for option in options:
        if isinstance(option, list):
            headings = [" ".join(h.split()) for h in option]
            if not prompts.OUTLINE_MIN <= len(headings) <= prompts.OUTLINE_MAX or not all(headings):
                raise BadOutput("outline of the wrong size")
            if any(len(h) > 200 for h in headings):
                raise BadOutput("outline heading too long")
            cleaned.append(headings)
        else:
            text = " ".join(option.split())
            if not text or len(text) > MAX_OPTION_CHARS:
                raise BadOutput("empty or oversized option")
            cleaned.append(text)
    keys = {json.dumps(option).casefold() for option in cleaned}
    if len(keys) != count:
        raise BadOutput("options are not distinct")
    return cleaned


def clean_markdown(text: str) -> str:
    """Unwrap a post the model fenced as a code block; cap its size."""
    text = text.strip()
    if match := _FENCE.match(text):
        text = match.group(1).strip()
    if len(text) > MAX_POST_CHARS:
        raise ProviderError("The AI provider's post was too long")
    return text


def build_client(*, api_key: str, base_url: str | None, timeout: float) -> genai.Client:
    options = types.HttpOptions(base_url=base_url, timeout=int(timeout * 1000))
    return genai.Client(api_key=api_key, http_options=options)
