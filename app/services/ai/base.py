"""What every AI provider offers the studio, and the inputs it works from."""

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

STEP_OPTIONS = 5  # every guided step offers exactly five options (ideas may ask for 1-10)


class Step(StrEnum):
    IDEAS = "ideas"
    TITLES = "titles"
    INTROS = "intros"
    OUTLINES = "outlines"
    IMAGE_PROMPTS = "image-prompts"


# An option is a string, or for outlines a list of section headings.
Option = str | list[str]


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything chosen so far; each step reads what it needs."""

    topic: str = ""
    title: str = ""
    intro: str = ""
    outline: list[str] = field(default_factory=list)
    tone: str = ""
    words: int = 800


class AIProvider(Protocol):
    name: str
    text_model: str
    image_model: str

    async def options(self, step: Step, brief: Brief, count: int) -> list[Option]:
        """Exactly `count` distinct, validated options for `step`."""
        ...

    async def image(self, prompt: str) -> bytes:
        """Encoded image bytes (validated and stored by the caller)."""
        ...

    async def write_post(self, brief: Brief) -> str:
        """The full post as Markdown."""
        ...

    def stream_post(self, brief: Brief) -> AsyncIterator[str]:
        """The full post as Markdown, in text deltas as they arrive."""
        ...

    async def aclose(self) -> None: ...
