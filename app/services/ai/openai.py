"""Any OpenAI-compatible server (OpenAI, Azure-style gateways, OpenRouter, Ollama, vLLM,
LM Studio) through the official `openai` SDK: structured outputs for the steps, streaming
for posts, the images API for covers when an image model is configured.

Steps ask for `response_format: json_schema` (strict, exactly N items). A server that
refuses it gets JSON mode with the shape spelled out instead, validated the same way, and
the client remembers, so later calls go straight to JSON mode. Failures map like Gemini's:
429 and 503/529 (overloaded) → 503 with Retry-After; refused credentials, other errors,
unusable or blocked output → 502 (never echoing the key or the provider's text); no answer
within the deadline → 504. Malformed step output gets one retry. The SDK's own retries are
off, so one call to us is at most two calls upstream.
"""

import asyncio
import base64
import binascii
import logging
from collections.abc import AsyncGenerator, Awaitable
from typing import Any, TypeVar

import openai
from openai.types import CompletionUsage
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam

from app.services.ai import offline, prompts
from app.services.ai.base import Brief, GeneratedImage, Meter, Option, Step, estimate_tokens
from app.services.ai.output import MAX_POST_CHARS, BadOutput, clean_markdown, parse_options
from core.errors import ProviderError, ProviderTimeout, ProviderUnavailable

logger = logging.getLogger(__name__)
T = TypeVar("T")
DEFAULT_RETRY_AFTER = 30
BUSY_STATUSES = frozenset({429, 503, 529})
SCHEMA_REFUSED = (openai.BadRequestError, openai.UnprocessableEntityError)
DECLINED = "The AI provider declined this request (safety)"
# Image models that always answer base64 and refuse the legacy `response_format` parameter.
_GPT_IMAGE_PREFIXES = ("gpt-image", "chatgpt-image")


class OpenAIProvider:
    name = "openai"

    def __init__(
        self,
        client: openai.AsyncOpenAI,
        *,
        text_model: str,
        image_model: str | None,
        timeout: float,
    ) -> None:
        self._client = client
        self.text_model = text_model
        self._image_model = image_model
        self.image_model = image_model or offline.IMAGE_MODEL
        self._timeout = timeout
        # None: not tried yet; True: the server honours json_schema; False: it refused it.
        self.schema_supported: bool | None = None

    async def aclose(self) -> None:
        await self._client.close()

    async def options(self, step: Step, brief: Brief, count: int, meter: Meter) -> list[Option]:
        prompt = prompts.step_prompt(step, brief, count)

        async def attempt() -> list[Option]:
            return parse_options(
                await self._structured(step, prompt, count, meter), step=step, count=count
            )

        try:
            return await attempt()
        except BadOutput as first:
            logger.warning("openai %s output rejected (%s); retrying once", step, first)
        try:
            return await attempt()
        except BadOutput as second:
            logger.warning("openai %s output rejected again (%s)", step, second)
            raise ProviderError("The AI provider returned unusable options") from second

    async def _structured(self, step: Step, prompt: str, count: int, meter: Meter) -> str:
        system = prompts.SYSTEM[step]
        if self.schema_supported is not False:
            schema = {
                "type": "json_schema",
                "json_schema": {
                    "name": "options",
                    "schema": prompts.options_schema(step, count),
                    "strict": True,
                },
            }
            try:
                completion = await self._call(
                    self._chat(system, prompt, response_format=schema), passthrough=SCHEMA_REFUSED
                )
            except SCHEMA_REFUSED as exc:
                if self.schema_supported:  # it worked before: this refusal is about something else
                    raise _mapped(exc) from exc
                logger.info(
                    "openai server refused json_schema (%s); trying JSON mode", exc.status_code
                )
            else:
                self.schema_supported = True
                return _answer(completion, meter, system + prompt)
        system = f"{system} {prompts.json_instruction(step, count)}"
        completion = await self._call(
            self._chat(system, prompt, response_format={"type": "json_object"})
        )
        self.schema_supported = False  # JSON mode worked: skip the refused attempt from now on
        return _answer(completion, meter, system + prompt)

    async def image(self, prompt: str, meter: Meter) -> GeneratedImage:
        if self._image_model is None:
            return await offline.draw(prompt, meter)
        extra: dict[str, Any] = {}
        if not self._image_model.startswith(_GPT_IMAGE_PREFIXES):
            extra["response_format"] = "b64_json"  # older models answer a URL by default
        response = await self._call(
            self._client.images.generate(model=self._image_model, prompt=prompt, n=1, **extra)
        )
        if response.usage is not None:
            meter.charge(response.usage.input_tokens, response.usage.output_tokens)
        else:
            meter.charge(estimate_tokens(prompt), 0, estimated=True)
        first = (response.data or [None])[0]
        if first is None or not first.b64_json:
            raise ProviderError("The AI provider returned no image")
        try:
            data = base64.b64decode(first.b64_json, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ProviderError("The AI provider returned an unusable image") from exc
        return GeneratedImage(
            data=data, provider=self.name, model=self._image_model, description=first.revised_prompt
        )

    async def write_post(self, brief: Brief, meter: Meter) -> str:
        prompt = prompts.post_prompt(brief)
        completion = await self._call(self._chat(prompts.POST_SYSTEM, prompt))
        text = _answer(completion, meter, prompts.POST_SYSTEM + prompt)
        if not text.strip():
            raise ProviderError("The AI provider returned an empty answer")
        return clean_markdown(text)

    async def stream_post(self, brief: Brief, meter: Meter) -> AsyncGenerator[str, None]:
        prompt = prompts.post_prompt(brief)
        stream = await self._call(
            self._chat(
                prompts.POST_SYSTEM,
                prompt,
                stream=True,
                stream_options={"include_usage": True},
            )
        )
        iterator = stream.__aiter__()
        written: list[str] = []
        usage: CompletionUsage | None = None
        total = 0
        try:
            while True:
                try:
                    chunk = await self._call(iterator.__anext__())
                except StopAsyncIteration:
                    return
                usage = chunk.usage or usage  # the last chunk carries the whole call's usage
                for choice in chunk.choices:
                    if choice.finish_reason == "content_filter":
                        raise ProviderError(DECLINED)
                    text = choice.delta.content or ""
                    total += len(text)
                    if total > MAX_POST_CHARS:
                        raise ProviderError("The AI provider's post was too long")
                    if text:
                        written.append(text)
                        yield text
        finally:
            _charge(meter, usage, prompts.POST_SYSTEM + prompt, "".join(written))

    def _chat(self, system: str, prompt: str, **options: Any) -> Awaitable[Any]:
        messages: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ]
        return self._client.chat.completions.create(
            model=self.text_model, messages=messages, **options
        )

    async def _call(
        self, call: Awaitable[T], *, passthrough: tuple[type[Exception], ...] = ()
    ) -> T:
        """One provider call under the deadline, with failures mapped to domain errors
        (except `passthrough`, which the caller handles)."""
        try:
            async with asyncio.timeout(self._timeout):
                return await call
        except passthrough:
            raise
        except (TimeoutError, openai.APITimeoutError) as exc:
            raise ProviderTimeout() from exc
        except openai.APIConnectionError as exc:
            logger.warning("openai unreachable: %s", type(exc).__name__)
            raise ProviderError("The AI provider could not be reached") from exc
        except openai.APIStatusError as exc:
            raise _mapped(exc) from exc
        except openai.APIError as exc:  # an error event inside a stream
            logger.warning("openai reported an error: %s", exc.code or exc.type)
            raise ProviderError("The AI provider failed") from exc


def _answer(completion: ChatCompletion, meter: Meter, asked: str) -> str:
    """The completion's text, charged to the meter; a refusal or filter is a 502."""
    choice = completion.choices[0] if completion.choices else None
    text = (choice.message.content if choice else None) or ""
    _charge(meter, completion.usage, asked, text)
    if choice is None:
        raise ProviderError("The AI provider returned an empty answer")
    if choice.finish_reason == "content_filter" or choice.message.refusal:
        raise ProviderError(DECLINED)
    return text


def _charge(meter: Meter, usage: CompletionUsage | None, asked: str, answered: str) -> None:
    # Servers that report no usage are charged an estimate, so quotas still hold.
    if usage is not None:
        meter.charge(usage.prompt_tokens, usage.completion_tokens)
    else:
        meter.charge(estimate_tokens(asked), estimate_tokens(answered), estimated=True)


def _mapped(exc: openai.APIStatusError) -> ProviderError | ProviderUnavailable:
    logger.warning("openai answered %s (%s)", exc.status_code, exc.code or exc.type)
    if exc.status_code in BUSY_STATUSES:
        return ProviderUnavailable(retry_after=_retry_after(exc))
    if exc.status_code in (401, 403):
        return ProviderError("The AI provider refused our credentials")
    return ProviderError(f"The AI provider failed ({exc.status_code})")


def _retry_after(exc: openai.APIStatusError) -> int:
    headers = exc.response.headers
    milliseconds = headers.get("retry-after-ms", "")
    if milliseconds.replace(".", "", 1).isdigit():
        return max(1, int(-(-float(milliseconds) // 1000)))
    seconds = headers.get("retry-after", "")
    return int(seconds) if seconds.isdigit() else DEFAULT_RETRY_AFTER


def build_client(*, api_key: str, base_url: str | None, timeout: float) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=0)
