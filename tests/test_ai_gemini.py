"""The AI studio on Gemini: the real google-genai SDK against a fake Gemini server."""

import json
import time
from typing import Any

import pytest

from tests.conftest import GEMINI_KEY, ClientFactory
from tests.fake_gemini import FakeGemini
from tests.helpers import API, ApiClient

AI = f"{API}/ai"
STEPS: list[tuple[str, dict[str, Any]]] = [
    ("ideas", {"topic": "urban gardening"}),
    ("titles", {"topic": "urban gardening"}),
    ("intros", {"topic": "urban gardening", "title": "Balcony Harvests"}),
    (
        "outlines",
        {
            "topic": "urban gardening",
            "title": "Balcony Harvests",
            "intro": "Small spaces, big yields.",
        },
    ),
    (
        "image-prompts",
        {
            "title": "Balcony Harvests",
            "intro": "Small spaces, big yields.",
            "outline": ["Soil", "Light"],
        },
    ),
]


async def signed_in(http: ApiClient, email: str = "ai@example.com") -> dict[str, str]:
    return await http.signup_and_login(email, "password-1")


async def test_a_writer_walks_all_five_steps(gemini: ApiClient, fake_gemini: FakeGemini) -> None:
    headers = await signed_in(gemini)
    answers = {}
    for step, body in STEPS:
        response = await gemini.post(f"{AI}/{step}", json=body, headers=headers)
        assert response.status_code == 200, (step, response.text)
        answers[step] = response.json()
    for step, answer in answers.items():
        assert len(answer["options"]) == 5, step
        assert len({json.dumps(o) for o in answer["options"]}) == 5, step
        assert (answer["provider"], answer["model"]) == ("gemini", "gemini-2.5-flash")
    assert all(isinstance(o, list) and len(o) >= 3 for o in answers["outlines"]["options"])
    assert all(isinstance(o, str) for o in answers["titles"]["options"])


async def test_requests_carry_the_key_a_system_instruction_the_schema_and_earlier_choices(
    gemini: ApiClient, fake_gemini: FakeGemini
) -> None:
    headers = await signed_in(gemini)
    for step, body in STEPS:
        await gemini.post(f"{AI}/{step}", json=body, headers=headers)
    assert [r.method for r in fake_gemini.requests] == ["generateContent"] * 5
    systems = [r.system for r in fake_gemini.requests]
    assert all(systems) and len(set(systems)) == 5  # one instruction per step
    for recorded in fake_gemini.requests:
        assert recorded.api_key == GEMINI_KEY
        assert recorded.model == "gemini-2.5-flash"
        options = recorded.schema["properties"]["options"]
        assert options["minItems"] == options["maxItems"] == 5
        assert "distinct" in recorded.prompt
        assert recorded.body["generationConfig"]["responseMimeType"] == "application/json"
    intros, outlines, prompts = (
        fake_gemini.requests[2],
        fake_gemini.requests[3],
        fake_gemini.requests[4],
    )
    assert "Balcony Harvests" in intros.prompt
    assert "Small spaces, big yields." in outlines.prompt and "Balcony Harvests" in outlines.prompt
    assert "Soil; Light" in prompts.prompt


@pytest.mark.parametrize("count", [1, 3, 10])
async def test_ideas_honour_count(gemini: ApiClient, fake_gemini: FakeGemini, count: int) -> None:
    response = await gemini.post(
        f"{AI}/ideas", json={"topic": "tea", "count": count}, headers=await signed_in(gemini)
    )
    assert len(response.json()["options"]) == count
    assert fake_gemini.requests[0].schema["properties"]["options"]["maxItems"] == count


@pytest.mark.parametrize("first", ["wrong-count", "malformed", "duplicates"])
async def test_bad_output_gets_one_retry(
    gemini: ApiClient, fake_gemini: FakeGemini, first: str
) -> None:
    fake_gemini.script(first)
    response = await gemini.post(
        f"{AI}/titles", json={"topic": "tea"}, headers=await signed_in(gemini)
    )
    assert response.status_code == 200
    assert len(response.json()["options"]) == 5
    assert len(fake_gemini.requests) == 2


@pytest.mark.parametrize(
    "behaviours",
    [("wrong-count", "wrong-count"), ("malformed", "malformed"), ("duplicates", "wrong-count")],
)
async def test_bad_output_twice_is_502(
    gemini: ApiClient, fake_gemini: FakeGemini, behaviours: tuple[str, str]
) -> None:
    fake_gemini.script(*behaviours)
    response = await gemini.post(
        f"{AI}/titles", json={"topic": "tea"}, headers=await signed_in(gemini)
    )
    assert response.status_code == 502
    assert response.json() == {
        "detail": "The AI provider returned unusable options",
        "code": "provider_error",
    }
    assert len(fake_gemini.requests) == 2


@pytest.mark.parametrize(
    ("behaviour", "status"),
    [("429", 503), ("500", 502), ("503", 502), ("safety", 502), ("prompt-blocked", 502)],
)
async def test_provider_failures_map_to_gateway_errors(
    gemini: ApiClient, fake_gemini: FakeGemini, behaviour: str, status: int
) -> None:
    fake_gemini.script(behaviour)
    response = await gemini.post(
        f"{AI}/ideas", json={"topic": "tea"}, headers=await signed_in(gemini)
    )
    assert response.status_code == status
    assert len(fake_gemini.requests) == 1  # no retry for these
    assert GEMINI_KEY not in response.text and "fake " not in response.text
    if behaviour == "429":
        assert response.headers["retry-after"] == "18"  # Google's RetryInfo said 17s


async def test_a_slow_provider_is_a_504_within_the_timeout(
    client_with: ClientFactory, gemini_settings: dict[str, Any], fake_gemini: FakeGemini
) -> None:
    fake_gemini.script("slow:4")
    async with client_with(**{**gemini_settings, "ai_timeout_seconds": 1}) as http:
        headers = await signed_in(http)
        started = time.monotonic()
        response = await http.post(f"{AI}/titles", json={"topic": "tea"}, headers=headers)
        elapsed = time.monotonic() - started
    assert response.status_code == 504
    assert response.json() == {
        "detail": "The AI provider did not answer in time",
        "code": "provider_timeout",
    }
    assert elapsed < 2.5


async def test_a_wrong_key_is_a_502_that_never_echoes_the_key(
    client_with: ClientFactory, gemini_settings: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "wrong-key-must-not-leak-123456"
    async with client_with(**{**gemini_settings, "gemini_api_key": wrong}) as http:
        response = await http.post(
            f"{AI}/ideas", json={"topic": "tea"}, headers=await signed_in(http)
        )
    assert response.status_code == 502
    assert response.json() == {
        "detail": "The AI provider refused our credentials",
        "code": "provider_error",
    }
    assert wrong not in response.text and wrong not in caplog.text


async def test_image_generation_stores_a_validated_image(
    gemini: ApiClient, fake_gemini: FakeGemini
) -> None:
    response = await gemini.post(
        f"{AI}/image-generate", json={"prompt": "a teapot"}, headers=await signed_in(gemini)
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["provider"] == "gemini" and body["model"] == "gemini-2.5-flash-image"
    assert (body["width"], body["height"]) == (96, 64)
    served = await gemini.get("/uploads/" + body["image_url"].rsplit("/", 1)[1])
    assert served.status_code == 200 and served.headers["content-type"] == "image/png"
    recorded = fake_gemini.requests[0]
    assert recorded.model == "gemini-2.5-flash-image"
    assert recorded.body["generationConfig"]["responseModalities"] == ["IMAGE"]
    assert "a teapot" in recorded.prompt


@pytest.mark.parametrize("behaviour", ["no-image", "bad-image", "429", "500", "safety"])
async def test_failed_image_generation_writes_nothing(
    client_with: ClientFactory,
    gemini_settings: dict[str, Any],
    fake_gemini: FakeGemini,
    tmp_path: Any,
    behaviour: str,
) -> None:
    fake_gemini.script(behaviour)
    upload_dir = tmp_path / "ai-uploads"
    async with client_with(**gemini_settings, upload_dir=upload_dir) as http:
        response = await http.post(
            f"{AI}/image-generate", json={"prompt": "x"}, headers=await signed_in(http)
        )
    assert response.status_code == (503 if behaviour == "429" else 502)
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []


async def test_blog_generation_returns_markdown_and_sanitised_html(
    gemini: ApiClient, fake_gemini: FakeGemini
) -> None:
    fake_gemini.script("xss")
    body = {"title": "T", "intro": "I", "outline": ["A", "B"], "tone": "friendly", "words": 300}
    response = await gemini.post(f"{AI}/blog-generate", json=body, headers=await signed_in(gemini))
    assert response.status_code == 200
    post = response.json()
    assert post["markdown"].startswith("# Generated title")
    assert "<h1>Generated title</h1>" in post["html"]
    assert "<script" not in post["html"] and "onerror" not in post["html"]
    prompt = fake_gemini.requests[0].prompt
    assert (
        "Title: T" in prompt
        and "- A" in prompt
        and "Tone: friendly" in prompt
        and "300 words" in prompt
    )


async def test_a_fenced_post_is_unwrapped(gemini: ApiClient, fake_gemini: FakeGemini) -> None:
    fake_gemini.script("fenced")
    body = {"title": "T", "intro": "I", "outline": ["A"]}
    post = (
        await gemini.post(f"{AI}/blog-generate", json=body, headers=await signed_in(gemini))
    ).json()
    assert post["markdown"].startswith("# Generated title") and "```" not in post["markdown"]


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


async def test_blog_generation_streams_server_sent_events(
    gemini: ApiClient, fake_gemini: FakeGemini
) -> None:
    fake_gemini.script("ok")
    headers = {**await signed_in(gemini), "Accept": "text/event-stream"}
    body = {"title": "T", "intro": "I", "outline": ["A"]}
    async with gemini.stream("POST", f"{AI}/blog-generate", json=body, headers=headers) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["cache-control"] == "no-store"
        text = "".join([chunk async for chunk in response.aiter_text()])
    events = parse_sse(text)
    deltas = [data["text"] for name, data in events if name == "delta"]
    assert len(deltas) == 4
    name, done = events[-1]
    assert name == "done"
    assert done["markdown"] == "".join(deltas).strip()
    assert "<h2>First section</h2>" in done["html"]
    assert done["provider"] == "gemini"
    assert fake_gemini.requests[0].method == "streamGenerateContent"
    assert "alt=sse" in fake_gemini.requests[0].path


async def test_a_stream_that_fails_at_once_is_an_http_error(
    gemini: ApiClient, fake_gemini: FakeGemini
) -> None:
    fake_gemini.script("429")
    headers = {**await signed_in(gemini), "Accept": "text/event-stream"}
    response = await gemini.post(
        f"{AI}/blog-generate", json={"title": "T", "intro": "I", "outline": ["A"]}, headers=headers
    )
    assert response.status_code == 503
    assert "retry-after" in response.headers


async def test_a_stream_that_fails_midway_ends_with_an_error_event(
    gemini: ApiClient, fake_gemini: FakeGemini
) -> None:
    fake_gemini.script("stream-fail-midway")
    headers = {**await signed_in(gemini), "Accept": "text/event-stream"}
    response = await gemini.post(
        f"{AI}/blog-generate", json={"title": "T", "intro": "I", "outline": ["A"]}, headers=headers
    )
    events = parse_sse(response.text)
    assert [name for name, _ in events] == ["delta", "delta", "error"]
    assert events[-1][1] == {
        "status": 502,
        "detail": "The AI provider declined this request (safety)",
    }
