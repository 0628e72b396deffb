"""The offline provider: deterministic options from templates and a cover drawn with Pillow,
so the studio works end to end on a machine with no API key. Same inputs, same outputs."""

import asyncio
import hashlib
import io
from collections.abc import AsyncIterator

import anyio.to_thread
from PIL import Image, ImageDraw, ImageFont

from app.services.ai.base import Brief, Option, Step

MODEL = "offline-templates-1"
COVER_SIZE = (1200, 630)  # the usual social-card shape

IDEAS = [
    "A beginner's guide to {t}: what to learn first and what to skip",
    "Five mistakes people make with {t}, and how to avoid them",
    "How {t} is changing this year, and what it means for you",
    "The hidden costs of {t} nobody talks about",
    "What experts get wrong about {t}",
    "A real-world case study: {t} from first idea to results",
    "Why {t} matters more than ever for small teams",
    "A week of {t}: lessons from trying it every day",
    "The future of {t}: three trends worth watching",
    "Myths about {t}, debunked with evidence",
]
TITLES = [
    "{t}: A Practical Guide",
    "Getting {t} Right the First Time",
    "What Nobody Tells You About {t}",
    "{t}, Explained in Plain Words",
    "The Smart Way to Approach {t}",
]
INTROS = [
    "{title}. If you have ever wondered where to start with {t}, this post walks through it "
    "step by step, with examples you can use today.",
    'Most advice about {t} is either too shallow or too abstract. In "{title}" we take the '
    "middle road: clear ideas, backed by practice.",
    "Here is a question worth asking: what would change if you took {t} seriously? "
    '"{title}" answers it, one decision at a time.',
    "We spent months working with {t}. This is what we wish we had known on day one, "
    "gathered under one title: {title}.",
    '{t} looks simple from the outside. "{title}" shows what happens underneath, and why '
    "it matters for the results you care about.",
]
OUTLINES = [
    ["Why {t} matters", "The core ideas", "A worked example", "Common pitfalls", "Next steps"],
    ["Where we started", "What we tried", "What worked", "What did not", "What we would do again"],
    ["The problem", "Three approaches to {t}", "Comparing them", "Our recommendation"],
    ["Getting started with {t}", "Building the habit", "Measuring progress", "Going further"],
    ["Myth one", "Myth two", "Myth three", "What the evidence says", "Putting it into practice"],
]
IMAGE_PROMPTS = [
    "A minimalist flat illustration about {t}, soft pastel palette, generous negative space",
    "An editorial photograph suggesting {t}, natural light, shallow depth of field, warm tones",
    "A bold geometric poster inspired by {t}, three colours, strong diagonal composition",
    "A watercolour scene evoking {t}, gentle textures, calm blue and green palette",
    "An isometric 3D illustration of {t}, clean lines, bright accent colours on a pale background",
]


def _subject(brief: Brief) -> str:
    return (brief.topic or brief.title or "your topic").strip()


def _fill(templates: list[str], brief: Brief, count: int) -> list[str]:
    return [
        tpl.format(t=_subject(brief), title=brief.title or _subject(brief)) for tpl in templates
    ][:count]


class OfflineProvider:
    name = "offline"
    text_model = MODEL
    image_model = "offline-pillow-cover-1"

    async def aclose(self) -> None:
        return None

    async def options(self, step: Step, brief: Brief, count: int) -> list[Option]:
        if step is Step.IDEAS:
            return list(_fill(IDEAS, brief, count))
        if step is Step.TITLES:
            return list(_fill(TITLES, brief, count))
        if step is Step.INTROS:
            return list(_fill(INTROS, brief, count))
        if step is Step.OUTLINES:
            subject = _subject(brief)
            return [[h.format(t=subject) for h in outline] for outline in OUTLINES[:count]]
        return list(_fill(IMAGE_PROMPTS, Brief(topic=brief.title or brief.topic), count))

    async def image(self, prompt: str) -> bytes:
        return await anyio.to_thread.run_sync(draw_cover, prompt)

    async def write_post(self, brief: Brief) -> str:
        return compose_post(brief)

    async def stream_post(self, brief: Brief) -> AsyncIterator[str]:
        for paragraph in compose_post(brief).split("\n\n"):
            yield paragraph + "\n\n"
            await asyncio.sleep(0)  # a real stream yields between chunks


def compose_post(brief: Brief) -> str:
    subject = _subject(brief)
    outline = brief.outline or [h.format(t=subject) for h in OUTLINES[0]]
    per_section = max(1, brief.words // max(1, len(outline)) // 40)
    sentence = (
        "Each point here connects back to {t}, with a concrete example and a takeaway you can "
        "act on. "
    )
    parts = [f"# {brief.title}", brief.intro]
    for heading in outline:
        body = (sentence.format(t=subject) * per_section).strip()
        parts += [f"## {heading}", body]
    parts.append(f"*Written in a {brief.tone} tone.*" if brief.tone else "")
    return "\n\n".join(part for part in parts if part).strip() + "\n"


def draw_cover(prompt: str) -> bytes:
    """A gradient card whose colours derive from the prompt, with the prompt's first words."""
    digest = hashlib.sha256(prompt.encode()).digest()
    start, end = digest[:3], digest[3:6]
    width, height = COVER_SIZE
    image = Image.new("RGB", COVER_SIZE)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / (height - 1)
        colour = tuple(int(a + (b - a) * mix) for a, b in zip(start, end, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    caption = " ".join(prompt.split()[:8])
    font = ImageFont.load_default(size=44)
    draw.text(
        (60, height - 140), caption, fill="white", font=font, stroke_width=2, stroke_fill="black"
    )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
