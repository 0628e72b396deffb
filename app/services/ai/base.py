"""What every AI provider offers the studio, and the inputs it works from."""

from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

STEP_OPTIONS = 5  # every guided step offers exactly five options (ideas may ask for 1-10)


class Step(StrEnum):
    """The five guided steps, in order (the studio's URLs use these values)."""

    IDEAS = "ideas"
    TITLES = "titles"
    INTROS = "intros"
    OUTLINES = "outlines"
    IMAGE_PROMPTS = "image_prompts"


STEP_ORDER: tuple[Step, ...] = tuple(Step)

# An option is a string, or for outlines a list of section headings.
Option = str | list[str]


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything chosen so far; each step reads what it needs."""

    topic: str = ""
    idea: str = ""  # the chosen idea, when it is not the topic itself
    title: str = ""
    intro: str = ""
    outline: list[str] = field(default_factory=list)
    tone: str = ""
    audience: str = ""
    words: int = 800


def estimate_tokens(*texts: str) -> int:
    """A provider-free token estimate (about four characters a token, as OpenAI suggests)."""
    return (sum(len(text) for text in texts) + 3) // 4


@dataclass(slots=True)
class Meter:
    """What one provider call cost, filled in by the provider as answers arrive, so a call
    that fails after the provider answered is still charged.

    `provider` and `model` name who really answered when that differs from the provider's
    defaults (an OpenAI setup without an image model draws covers offline)."""

    input_tokens: int = 0
    output_tokens: int = 0
    estimated: bool = False
    provider: str | None = None
    model: str | None = None

    def charge(self, input_tokens: int, output_tokens: int, *, estimated: bool = False) -> None:
        self.input_tokens += max(0, input_tokens)
        self.output_tokens += max(0, output_tokens)
        self.estimated = self.estimated or estimated

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


@dataclass(frozen=True, slots=True)
class GeneratedImage:
    """Encoded image bytes (validated and stored by the caller), with who drew them and a
    description for alt text when the model gave one."""

    data: bytes
    provider: str
    model: str
    description: str | None = None


class AIProvider(Protocol):
    name: str
    text_model: str
    image_model: str

    async def options(self, step: Step, brief: Brief, count: int, meter: Meter) -> list[Option]:
        """Exactly `count` distinct, validated options for `step`."""
        ...

    async def image(self, prompt: str, meter: Meter) -> GeneratedImage: ...

    async def write_post(self, brief: Brief, meter: Meter) -> str:
        """The full post as Markdown."""
        ...

    def stream_post(self, brief: Brief, meter: Meter) -> AsyncGenerator[str, None]:
        """The full post as Markdown, in text deltas as they arrive."""
        ...

    async def aclose(self) -> None: ...
