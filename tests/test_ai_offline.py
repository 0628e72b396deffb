"""The AI studio without a key: the offline provider, and the rules every provider shares."""

import dataclasses
import io
import re
from typing import Any

import pytest
from PIL import Image, ImageDraw

from app.services.ai import Brief, Step, offline, offline_language, offline_steps
from app.services.ai.offline_post import compose_post
from core.config import Settings
from tests.ai_helpers import STEPS, parse_sse
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient

AI = f"{API}/ai"


async def test_the_offline_walk_gives_five_distinct_options_per_step(
    client: ApiClient, writer: dict[str, str]
) -> None:
    for step, body in STEPS:
        response = await client.post(f"{AI}/{step}", json=body, headers=writer)
        assert response.status_code == 200, (step, response.text)
        answer = response.json()
        assert answer["provider"] == "offline"
        assert len(answer["options"]) == 5
        assert len({str(o) for o in answer["options"]}) == 5
        again = (await client.post(f"{AI}/{step}", json=body, headers=writer)).json()
        assert again == answer  # deterministic
    ideas = (
        await client.post(f"{AI}/ideas", json={"topic": "kites", "count": 10}, headers=writer)
    ).json()
    assert len(ideas["options"]) == 10 and all("kites" in idea for idea in ideas["options"])


async def test_offline_cover_images_are_stored_like_uploads(
    client: ApiClient, writer: dict[str, str]
) -> None:
    response = await client.post(
        f"{AI}/image-generate", json={"prompt": "a red kite over hills"}, headers=writer
    )
    assert response.status_code == 201
    body = response.json()
    assert body["provider"] == "offline" and (body["width"], body["height"]) == (1200, 630)
    served = await client.get("/uploads/" + body["image_url"].rsplit("/", 1)[1])
    assert Image.open(io.BytesIO(served.content)).size == (1200, 630)


async def test_offline_posts_as_json_and_as_a_stream(
    client: ApiClient, writer: dict[str, str]
) -> None:
    body = {
        "title": "Kites",
        "intro": "Why kites?",
        "outline": ["History", "Building one"],
        "words": 200,
    }
    post = (await client.post(f"{AI}/blog-generate", json=body, headers=writer)).json()
    assert post["markdown"].startswith("# Kites\n\nWhy kites?")
    assert '<h2 id="history">History</h2>' in post["html"]
    assert '<h2 id="building-one">Building one</h2>' in post["html"]
    headers = {**writer, "Accept": "text/event-stream"}
    events = parse_sse((await client.post(f"{AI}/blog-generate", json=body, headers=headers)).text)
    assert events[-1][0] == "done"
    assert events[-1][1]["markdown"] == post["markdown"].strip()
    assert sum(1 for name, _ in events if name == "delta") > 1


async def test_ai_needs_a_token(client: ApiClient) -> None:
    assert (await client.post(f"{AI}/ideas", json={"topic": "x"})).status_code == 401


@pytest.mark.parametrize(("step", "body"), [
    ("ideas", {"topic": ""}), ("ideas", {"topic": "x" * 201}), ("ideas", {"topic": "x", "count": 0}),
    ("ideas", {"topic": "x", "count": 11}), ("titles", {}), ("intros", {"topic": "x"}),
    ("outlines", {"topic": "x", "title": "t", "intro": "i" * 2001}),
    ("image-prompts", {"title": "t", "outline": []}), ("image-generate", {"prompt": "p" * 1001}),
    ("blog-generate", {"title": "t", "intro": "i", "outline": ["a"], "words": 50}),
    ("blog-generate", {"title": "t", "intro": "i", "outline": ["a"] * 21}),
    ("titles", {"topic": "x", "model": "gpt"}),
])  # fmt: skip
async def test_inputs_are_bounded(
    client: ApiClient, writer: dict[str, str], step: str, body: dict[str, Any]
) -> None:
    assert (await client.post(f"{AI}/{step}", json=body, headers=writer)).status_code == 422


async def test_ai_calls_are_rate_limited_per_user(client_with: ClientFactory) -> None:
    async with client_with(ai_rate_limit="2/minute") as http:
        first = await http.signup_and_login("one@example.com", "password-1")
        second = await http.signup_and_login("two@example.com", "password-1")
        statuses = [
            (await http.post(f"{AI}/titles", json={"topic": "x"}, headers=first)).status_code
            for _ in range(3)
        ]
        other = await http.post(f"{AI}/ideas", json={"topic": "x"}, headers=second)
        limited = await http.post(f"{AI}/ideas", json={"topic": "x"}, headers=first)
    assert statuses == [200, 200, 429]
    assert other.status_code == 200
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1


def test_the_provider_follows_the_key_unless_chosen() -> None:
    def make(**values: Any) -> Settings:
        return Settings(_env_file=None, **values)

    assert make().effective_ai_provider == "offline"
    assert make(gemini_api_key="k").effective_ai_provider == "gemini"
    assert make(gemini_api_key="k", ai_provider="offline").effective_ai_provider == "offline"
    with pytest.raises(ValueError, match="GEMINI_API_KEY"):
        make(ai_provider="gemini")


# The offline provider reads like a product: pure functions, tested without the app.

TOPICS = [
    "urban gardening",
    "sourdough baking for busy parents",
    "Five mistakes people make with sourdough baking",
    "AI tools for SEO teams",
]
DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.I)


def walk_offline(topic: str, pick: int) -> dict[Step, list[Any]]:
    """Every step's options, choosing option `pick` each time (as a writer would)."""
    made: dict[Step, list[Any]] = {}
    brief = Brief(topic=topic)
    for step in Step:
        made[step] = offline_steps.options(step, brief, 5)
        chosen = made[step][pick]
        field = {
            Step.IDEAS: "idea",
            Step.TITLES: "title",
            Step.INTROS: "intro",
            Step.OUTLINES: "outline",
            Step.IMAGE_PROMPTS: "topic",
        }[step]
        if step is not Step.IMAGE_PROMPTS:
            brief = dataclasses.replace(brief, **{field: chosen})
    return made


def check_sentence_like(text: str) -> None:
    assert text[:1].isupper(), text
    assert not text.endswith((",", ";", ":", "-", " ")), text
    assert not DOUBLED.search(text), text
    assert "  " not in text and " ," not in text, text


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize("pick", [0, 3])
def test_offline_steps_give_five_distinct_grammatical_options(topic: str, pick: int) -> None:
    made = walk_offline(topic, pick)
    subject = offline_steps.subject(Brief(topic=topic))
    for step, options in made.items():
        assert len(options) == 5 and len({str(o) for o in options}) == 5, step
        for option in options:
            for text in option if isinstance(option, list) else [option]:
                check_sentence_like(text)
            if step in (Step.IDEAS, Step.TITLES, Step.IMAGE_PROMPTS):
                assert str(option).casefold().count(subject.casefold()) <= 1, option
    idea = made[Step.IDEAS][pick]
    for title in made[Step.TITLES]:
        assert idea.casefold() not in title.casefold() and len(title) < 90, title
        assert subject.casefold() in title.casefold()
    title = made[Step.TITLES][pick]
    assert all(f"“{title}”" in intro for intro in made[Step.INTROS])
    assert all(intro.endswith(".") for intro in made[Step.INTROS])


def test_titles_from_an_idea_use_its_subject_not_the_whole_idea() -> None:
    idea = "Five mistakes people make with sourdough baking for busy parents, and how to avoid them"
    titles = offline_steps.options(Step.TITLES, Brief(topic=idea), 5)
    assert titles[0] == "Five Mistakes to Avoid with Sourdough Baking for Busy Parents"
    assert not any("How to Avoid Them" in title or "Getting Five" in title for title in titles)


def test_offline_outlines_follow_the_title_and_the_intro() -> None:
    base = Brief(topic="urban gardening", title="Urban Gardening: A Practical Guide", intro="Soil.")
    first = offline_steps.options(Step.OUTLINES, base, 5)
    other_title = offline_steps.options(
        Step.OUTLINES, dataclasses.replace(base, title="Myths About Urban Gardening, Debunked"), 5
    )
    other_intro = offline_steps.options(
        Step.OUTLINES, dataclasses.replace(base, intro="What would you grow first?"), 5
    )
    assert first != other_title and first != other_intro
    assert first[0][0] == "Why it is worth caring about urban gardening"  # the guide's own shape
    assert other_title[0][0].startswith("Myth:")
    assert other_intro[0][-1] == "Answering the question we started with"
    for outline in (*first, *other_title, *other_intro):
        assert 3 <= len(outline) <= 10 and len(set(outline)) == len(outline)


def test_offline_image_prompts_follow_the_outline() -> None:
    brief = Brief(title="Balcony Harvests", outline=["Choosing soil", "Chasing light", "Watering"])
    prompts = offline_steps.options(Step.IMAGE_PROMPTS, brief, 5)
    assert "choosing soil" in prompts[0] and "chasing light" in prompts[0]
    assert all("balcony harvests" in p for p in prompts)
    assert offline_steps.options(Step.IMAGE_PROMPTS, Brief(title="Balcony Harvests"), 5) != prompts


SENTENCE = re.compile(r"(?<=[.!?])\s+")


@pytest.mark.parametrize(("words", "headings"), [(300, 3), (800, 5), (1500, 7), (3000, 5)])
def test_offline_posts_have_the_requested_length_and_no_repeated_sentence(
    words: int, headings: int
) -> None:
    outline = offline_steps.OUTLINES["mistakes"][:headings] + ["Where to go next"] * (headings > 6)
    brief = Brief(
        topic="kites",
        title="Five Mistakes to Avoid with Kites",
        intro="Most advice about kites is either too shallow or too abstract.",
        outline=outline,
        tone="friendly",
        words=words,
    )
    post = compose_post(brief)
    assert abs(offline_language.words(post) - words) <= words * 0.2
    assert post.startswith(f"# {brief.title}\n\n{brief.intro}\n\n## {outline[0]}\n\n")
    assert all(f"\n## {heading}\n" in post for heading in outline)
    assert "Written in" not in post and "tone" not in post
    body = [line for line in post.splitlines() if line and not line.startswith("#")]
    sentences = [s for paragraph in body for s in SENTENCE.split(paragraph)]
    assert len(sentences) == len(set(sentences)), "a sentence is repeated"
    sections = post.split("\n## ")[1:]
    assert all(len(section.split("\n\n")) >= 2 for section in sections)  # none is empty
    for sentence in sentences:
        check_sentence_like(sentence)


def test_cover_text_is_measured_and_wrapped_inside_the_image() -> None:
    image = Image.new("RGB", offline.COVER_SIZE)
    draw = ImageDraw.Draw(image)
    width = offline.COVER_SIZE[0] - 2 * offline.MARGIN
    long_caption = " ".join(["Sourdough Baking for Busy Parents"] * 12)
    font, lines = offline.fit_text(draw, long_caption, width)
    assert 1 < len(lines) <= offline.MAX_LINES and lines[-1].endswith("…")
    assert all(draw.textlength(line, font=font) <= width for line in lines)
    font, lines = offline.fit_text(draw, "Kites", width)
    assert lines == ["Kites"] and font.size == 64
    font, lines = offline.fit_text(draw, "x" * 200, width)  # one unbreakable word
    assert all(draw.textlength(line, font=font) <= width for line in lines)
    cover = Image.open(
        io.BytesIO(offline.draw_cover(f"An editorial photograph about {long_caption}"))
    )
    assert cover.size == offline.COVER_SIZE
