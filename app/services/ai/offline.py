"""The offline provider: deterministic options and posts from templates (offline_steps,
offline_post) and covers drawn with Pillow, so the studio works end to end with no API key.
Same inputs, same outputs; the token counts it reports are estimates (four characters a
token) of what a model would have read and written."""

import asyncio
import hashlib
import io
from collections.abc import AsyncGenerator

from anyio import to_thread
from PIL import Image, ImageDraw, ImageFont

from app.services.ai import prompts
from app.services.ai.base import Brief, GeneratedImage, Meter, Option, Step, estimate_tokens
from app.services.ai.offline_post import compose_post
from app.services.ai.offline_steps import caption_of, options

MODEL = "offline-templates-2"
IMAGE_MODEL = "offline-pillow-cover-2"
COVER_SIZE = (1200, 630)  # the usual social-card shape
MARGIN = 72
MAX_LINES = 4
MAX_CAPTION_CHARS = 160  # more could never fit in MAX_LINES at the smallest size


class OfflineProvider:
    name = "offline"
    text_model = MODEL
    image_model = IMAGE_MODEL

    async def aclose(self) -> None:
        return None

    async def options(self, step: Step, brief: Brief, count: int, meter: Meter) -> list[Option]:
        result = options(step, brief, count)
        asked = prompts.SYSTEM[step] + prompts.step_prompt(step, brief, count)
        meter.charge(estimate_tokens(asked), estimate_tokens(str(result)), estimated=True)
        return result

    async def image(self, prompt: str, meter: Meter) -> GeneratedImage:
        return await draw(prompt, meter)

    async def write_post(self, brief: Brief, meter: Meter) -> str:
        post = compose_post(brief)
        _charge_post(meter, brief, post)
        return post

    async def stream_post(self, brief: Brief, meter: Meter) -> AsyncGenerator[str, None]:
        post = compose_post(brief)
        _charge_post(meter, brief, post)
        for paragraph in post.split("\n\n"):
            yield paragraph + "\n\n"
            await asyncio.sleep(0)  # a real stream yields between chunks


def _charge_post(meter: Meter, brief: Brief, post: str) -> None:
    asked = prompts.POST_SYSTEM + prompts.post_prompt(brief)
    meter.charge(estimate_tokens(asked), estimate_tokens(post), estimated=True)


async def draw(prompt: str, meter: Meter) -> GeneratedImage:
    """An offline cover, for this provider and for providers without an image model."""
    meter.charge(estimate_tokens(prompt), 0, estimated=True)
    meter.provider, meter.model = OfflineProvider.name, IMAGE_MODEL
    data = await to_thread.run_sync(draw_cover, prompt)
    return GeneratedImage(data=data, provider=OfflineProvider.name, model=IMAGE_MODEL)


def draw_cover(prompt: str) -> bytes:
    """A gradient card whose colours derive from the prompt, with the prompt's subject
    printed in lines measured to fit inside the margins (blocking: call through `draw`)."""
    digest = hashlib.sha256(prompt.encode()).digest()
    start, end = digest[:3], digest[3:6]
    width, height = COVER_SIZE
    image = Image.new("RGB", COVER_SIZE)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / (height - 1)
        colour = tuple(int(a + (b - a) * mix) for a, b in zip(start, end, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    # A quiet accent circle, placed by the prompt too, so covers of one post series differ.
    cx, cy, r = 760 + digest[6], 60 + digest[7] // 2, 110 + digest[8] // 3
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline="white", width=6)
    caption = caption_of(prompt)[:MAX_CAPTION_CHARS]  # bounded work whatever the prompt
    font, lines = fit_text(draw, caption, width - 2 * MARGIN)
    line_height = int(font.size * 1.2)
    top = height - MARGIN - line_height * len(lines)
    for index, line in enumerate(lines):
        draw.text(
            (MARGIN, top + index * line_height),
            line,
            fill="white",
            font=font,
            stroke_width=2,
            stroke_fill="black",
        )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def fit_text(
    draw: ImageDraw.ImageDraw, text: str, max_width: int
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest font size (64 down to 32) whose wrapped lines fit in `max_width` and
    MAX_LINES; at the smallest size, lines past the last are cut with an ellipsis."""
    for size in range(64, 31, -8):
        loaded = ImageFont.load_default(size=size)
        assert isinstance(loaded, ImageFont.FreeTypeFont)  # Pillow ships a scalable default
        font = loaded
        lines = wrap(draw, text, font, max_width)
        if len(lines) <= MAX_LINES:
            return font, lines
    lines = lines[:MAX_LINES]
    last = lines[-1]
    while last and draw.textlength(last + "…", font=font) > max_width:
        last = last[:-1]
    lines[-1] = last.rstrip() + "…"
    return font, lines


def wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, max_width: int
) -> list[str]:
    """Greedy word wrap by measured width; a word wider than a line is split by characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=font) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while draw.textlength(current, font=font) > max_width:
            cut = _longest_fitting(draw, current, font, max_width)
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def _longest_fitting(
    draw: ImageDraw.ImageDraw, word: str, font: ImageFont.FreeTypeFont, max_width: int
) -> int:
    """How many leading characters of `word` fit in `max_width` (at least one), by bisection."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if draw.textlength(word[:middle], font=font) <= max_width:
            low = middle
        else:
            high = middle - 1
    return low
