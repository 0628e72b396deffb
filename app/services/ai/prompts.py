"""System instructions, prompts and output schemas for the five steps and the full post."""

from typing import Any

from app.services.ai.base import Brief, Step

OUTLINE_MIN, OUTLINE_MAX = 3, 10

_COMMON = (
    "You are the editorial assistant of a blog studio. Answer in the language of the topic. "
    "Every option must be meaningfully different from the others: a distinct angle, not a "
    "rewording. Plain text only, no Markdown, no numbering."
)

SYSTEM = {
    Step.IDEAS: f"{_COMMON} Propose blog post ideas: one sentence each, concrete and specific.",
    Step.TITLES: f"{_COMMON} Write blog post titles: under 80 characters, no clickbait.",
    Step.INTROS: f"{_COMMON} Write opening paragraphs of 2-4 sentences that hook the reader "
    "and match the chosen title.",
    Step.OUTLINES: f"{_COMMON} Propose outlines: each is a list of {OUTLINE_MIN}-{OUTLINE_MAX} "
    "section headings that follow from the intro, in reading order.",
    Step.IMAGE_PROMPTS: f"{_COMMON} Write prompts for an image model to draw a cover image: "
    "subject, composition, style and palette in one or two sentences, no text in the image.",
}

POST_SYSTEM = (
    "You write complete, well-structured blog posts in Markdown. Use the given title as the "
    "only H1, keep the given intro as the opening paragraph, and use the outline headings as "
    "H2 sections in order. No HTML, no front matter, no closing remarks about the task."
)


def step_prompt(step: Step, brief: Brief, count: int) -> str:
    """The user prompt: every earlier choice carried forward, and the count asked for."""
    lines = [f"Topic: {brief.topic}"] if brief.topic else []
    if step is not Step.IDEAS and brief.idea:
        lines.append(f"Chosen idea: {brief.idea}")
    if brief.audience:
        lines.append(f"Audience: {brief.audience}")
    if brief.tone:
        lines.append(f"Tone: {brief.tone}")
    if step in (Step.INTROS, Step.OUTLINES, Step.IMAGE_PROMPTS) and brief.title:
        lines.append(f"Chosen title: {brief.title}")
    if step in (Step.OUTLINES, Step.IMAGE_PROMPTS) and brief.intro:
        lines.append(f"Chosen intro: {brief.intro}")
    if step is Step.IMAGE_PROMPTS and brief.outline:
        lines.append("Chosen outline: " + "; ".join(brief.outline))
    what = {
        Step.IDEAS: "blog post ideas",
        Step.TITLES: "titles",
        Step.INTROS: "intros",
        Step.OUTLINES: "outlines",
        Step.IMAGE_PROMPTS: "cover image prompts",
    }[step]
    lines.append(f"Give exactly {count} distinct {what}.")
    return "\n".join(lines)


def options_schema(step: Step, count: int) -> dict[str, Any]:
    """JSON schema of the answer: an object whose `options` list has exactly `count` items."""
    item: dict[str, Any] = {"type": "string"}
    if step is Step.OUTLINES:
        item = {
            "type": "array",
            "items": {"type": "string"},
            "minItems": OUTLINE_MIN,
            "maxItems": OUTLINE_MAX,
        }
    return {
        "type": "object",
        "properties": {
            "options": {"type": "array", "items": item, "minItems": count, "maxItems": count}
        },
        "required": ["options"],
        "additionalProperties": False,  # OpenAI's strict structured outputs insist on it
    }


def json_instruction(step: Step, count: int) -> str:
    """For servers without JSON-schema support: the shape, spelled out in the instruction."""
    item = (
        f"a list of {OUTLINE_MIN}-{OUTLINE_MAX} section heading strings"
        if step is Step.OUTLINES
        else "a string"
    )
    return (
        'Reply with only a JSON object of the form {"options": [...]}, whose "options" list '
        f"holds exactly {count} items; each item is {item}."
    )


def post_prompt(brief: Brief) -> str:
    lines = [f"Title: {brief.title}", f"Intro: {brief.intro}", "Outline:"]
    lines += [f"- {heading}" for heading in brief.outline]
    if brief.topic:
        lines.append(f"Topic: {brief.topic}")
    if brief.audience:
        lines.append(f"Audience: {brief.audience}")
    if brief.tone:
        lines.append(f"Tone: {brief.tone}")
    lines.append(f"Length: about {brief.words} words.")
    return "\n".join(lines)
