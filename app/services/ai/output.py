"""Checks every provider's output goes through: step options, posts, alt text."""

import json
import re
from collections.abc import Callable
from typing import Any

from pydantic import TypeAdapter, ValidationError

from app.services.ai import prompts
from app.services.ai.base import Option, Step
from core.errors import ProviderError

MAX_OPTION_CHARS = 1000
MAX_POST_CHARS = 200_000
MAX_ALT_CHARS = 150
_FENCE = re.compile(r"^```(?:markdown|md)?\s*\n(.*?)\n```\s*$", re.S)
# Models in JSON mode sometimes wrap the object in a fence too.
_JSON_FENCE = re.compile(r"^```(?:json)?\s*\n(.*?)\n```\s*$", re.S)
_STRINGS = TypeAdapter(dict[str, list[str]])
_OUTLINES = TypeAdapter(dict[str, list[list[str]]])


class BadOutput(Exception):
    """The model answered, but not in the shape asked for (worth one retry)."""


def parse_options(raw: str, *, step: Step, count: int) -> list[Option]:
    """Validate a step's JSON answer: exactly `count` distinct, non-empty, bounded options."""
    adapter: Callable[[Any], dict[str, Any]]
    adapter = _OUTLINES.validate_python if step is Step.OUTLINES else _STRINGS.validate_python
    raw = raw.strip()
    if match := _JSON_FENCE.match(raw):
        raw = match.group(1)
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


def alt_text(prompt: str, description: str | None = None) -> str:
    """Alt text for a generated cover: the model's own description when it gave one, else
    the subject of the prompt (its first sentence, before the style notes that follow a
    comma), as one short sentence."""
    source = " ".join((description or "").split()) or " ".join(prompt.split())
    first = re.split(r"(?<=[.!?])\s", source, maxsplit=1)[0].rstrip(".!?")
    subject = first.split(",", 1)[0].strip() if len(first) > 60 else first.strip()
    if not subject:
        return "Cover image"
    if len(subject) > MAX_ALT_CHARS:
        cut = subject[: MAX_ALT_CHARS - 1].rsplit(" ", 1)[0]
        subject = cut.rstrip(",;: ") + "…"
    return subject[:1].upper() + subject[1:] + ("" if subject.endswith("…") else ".")
