"""Every AI provider passes the same tests: each real SDK (google-genai, openai) against its
fake server, through the stateless /ai/* endpoints."""

import json
import time
from pathlib import Path

import pytest

from tests.ai_helpers import AI, STEPS, Upstream, parse_sse, signed_in
from tests.conftest import ClientFactory
from tests.helpers import ApiClient

POST = {"title": "T", "intro": "I", "outline": ["A"]}


async def test_a_writer_walks_all_five_steps(ai: ApiClient, upstream: Upstream) -> None:
    headers = await signed_in(ai)
    answers = {}
    for step, body in STEPS:
        response = await ai.post(f"{AI}/{step}", json=body, headers=headers)
        assert response.status_code == 200, (step, response.text)
        answers[step] = response.json()
    for step, answer in answers.items():
        assert len(answer["options"]) == 5, step
        assert len({json.dumps(o) for o in answer["options"]}) == 5, step
        assert (answer["provider"], answer["model"]) == (upstream.name, upstream.text_model)
    assert all(isinstance(o, list) and len(o) >= 3 for o in answers["outlines"]["options"])
    assert all(isinstance(o, str) for o in answers["titles"]["options"])
    requests = upstream.fake.requests
    assert len(requests) == 5 and len({r.system for r in requests}) == 5  # one per step
    for recorded in requests:
        assert recorded.api_key == upstream.key and recorded.model == upstream.text_model
        options = recorded.schema["properties"]["options"]
        assert options["minItems"] == options["maxItems"] == 5
        assert "distinct" in recorded.prompt
    assert "Balcony Harvests" in requests[2].prompt
    assert "Small spaces, big yields." in requests[3].prompt
    assert "Soil; Light" in requests[4].prompt


# Several scripted cases share one app and one sign-in (argon2 is the slow part of a test).


async def test_ideas_honour_count(ai: ApiClient, upstream: Upstream) -> None:
    headers = await signed_in(ai)
    for count in (1, 10):
        upstream.fake.reset()
        response = await ai.post(
            f"{AI}/ideas", json={"topic": "tea", "count": count}, headers=headers
        )
        assert len(response.json()["options"]) == count
        assert upstream.fake.requests[0].schema["properties"]["options"]["maxItems"] == count


async def test_bad_output_gets_one_retry_then_is_a_502(ai: ApiClient, upstream: Upstream) -> None:
    headers = await signed_in(ai)
    for first in ("wrong-count", "malformed", "duplicates"):
        upstream.fake.reset()
        upstream.fake.script(first)
        response = await ai.post(f"{AI}/titles", json={"topic": "tea"}, headers=headers)
        assert response.status_code == 200, first
        assert len(response.json()["options"]) == 5
        assert len(upstream.fake.requests) == 2
    for twice in (
        ("wrong-count", "wrong-count"),
        ("malformed", "malformed"),
        ("duplicates", "wrong-count"),
    ):
        upstream.fake.reset()
        upstream.fake.script(*twice)
        response = await ai.post(f"{AI}/titles", json={"topic": "tea"}, headers=headers)
        assert response.status_code == 502, twice
        assert response.json() == {
            "detail": "The AI provider returned unusable options",
            "code": "provider_error",
        }
        assert len(upstream.fake.requests) == 2


async def test_provider_failures_map_to_gateway_errors(ai: ApiClient, upstream: Upstream) -> None:
    headers = await signed_in(ai)
    for behaviour, status in (("429", 503), ("503", 503), ("500", 502), ("safety", 502)):
        upstream.fake.reset()
        upstream.fake.script(behaviour)
        response = await ai.post(f"{AI}/ideas", json={"topic": "tea"}, headers=headers)
        assert response.status_code == status, behaviour
        assert len(upstream.fake.requests) == 1  # no retry for these
        assert upstream.key not in response.text and "fake " not in response.text
        assert "overloaded" not in response.text and "Rate limit" not in response.text
        if behaviour == "429":
            assert response.headers["retry-after"] == upstream.retry_after
        if behaviour == "safety":
            assert response.json()["detail"] == "The AI provider declined this request (safety)"


async def test_a_slow_provider_is_a_504_within_the_timeout(
    client_with: ClientFactory, upstream: Upstream
) -> None:
    upstream.fake.script("slow:4")
    async with client_with(**{**upstream.settings, "ai_timeout_seconds": 1}) as http:
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
    client_with: ClientFactory, upstream: Upstream, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "wrong-key-must-not-leak-123456"
    async with client_with(**{**upstream.settings, upstream.key_setting: wrong}) as http:
        response = await http.post(
            f"{AI}/ideas", json={"topic": "tea"}, headers=await signed_in(http)
        )
    assert response.status_code == 502
    assert response.json() == {
        "detail": "The AI provider refused our credentials",
        "code": "provider_error",
    }
    assert wrong[:8] not in response.text and wrong[:8] not in caplog.text


async def test_image_generation_stores_a_validated_image(ai: ApiClient, upstream: Upstream) -> None:
    response = await ai.post(
        f"{AI}/image-generate",
        json={"prompt": "a teapot on a windowsill, soft light"},
        headers=await signed_in(ai),
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["provider"], body["model"]) == (upstream.name, upstream.image_model)
    assert (body["width"], body["height"]) == (96, 64)
    assert body["alt_text"] == "A teapot on a windowsill, soft light."
    served = await ai.get("/uploads/" + body["image_url"].rsplit("/", 1)[1])
    assert served.status_code == 200 and served.headers["content-type"] == "image/png"
    recorded = upstream.fake.requests[0]
    assert recorded.model == upstream.image_model and "a teapot" in recorded.prompt


async def test_failed_image_generation_writes_nothing(
    client_with: ClientFactory, upstream: Upstream, tmp_path: Path
) -> None:
    upload_dir = tmp_path / "ai-uploads"
    async with client_with(**upstream.settings, upload_dir=upload_dir) as http:
        headers = await signed_in(http)
        for behaviour in ("no-image", "bad-image", "429", "500"):
            upstream.fake.script(behaviour)
            response = await http.post(
                f"{AI}/image-generate", json={"prompt": "x"}, headers=headers
            )
            assert response.status_code == (503 if behaviour == "429" else 502), behaviour
            assert not upload_dir.exists() or list(upload_dir.iterdir()) == []


async def test_blog_generation_returns_markdown_and_sanitised_html(
    ai: ApiClient, upstream: Upstream
) -> None:
    upstream.fake.script("xss")
    body = {"title": "T", "intro": "I", "outline": ["A", "B"], "tone": "friendly", "words": 300}
    response = await ai.post(f"{AI}/blog-generate", json=body, headers=await signed_in(ai))
    assert response.status_code == 200
    post = response.json()
    assert post["markdown"].startswith("# Generated title")
    assert '<h1 id="generated-title">Generated title</h1>' in post["html"]
    assert "<script" not in post["html"] and "onerror" not in post["html"]
    prompt = upstream.fake.requests[0].prompt
    assert "Title: T" in prompt and "- A" in prompt and "Tone: friendly" in prompt
    assert "300 words" in prompt


async def test_a_fenced_post_is_unwrapped(ai: ApiClient, upstream: Upstream) -> None:
    upstream.fake.script("fenced")
    response = await ai.post(f"{AI}/blog-generate", json=POST, headers=await signed_in(ai))
    post = response.json()
    assert post["markdown"].startswith("# Generated title") and "```" not in post["markdown"]


async def test_blog_generation_streams_server_sent_events(
    ai: ApiClient, upstream: Upstream
) -> None:
    headers = {**await signed_in(ai), "Accept": "text/event-stream"}
    async with ai.stream("POST", f"{AI}/blog-generate", json=POST, headers=headers) as response:
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
    assert '<h2 id="first-section">First section</h2>' in done["html"]
    assert (done["provider"], done["model"]) == (upstream.name, upstream.text_model)


async def test_a_stream_that_fails_at_once_or_midway(ai: ApiClient, upstream: Upstream) -> None:
    headers = {**await signed_in(ai), "Accept": "text/event-stream"}
    upstream.fake.script("429")  # before the first delta: an ordinary HTTP error
    response = await ai.post(f"{AI}/blog-generate", json=POST, headers=headers)
    assert response.status_code == 503
    assert response.headers["retry-after"] == upstream.retry_after
    upstream.fake.script("stream-fail-midway")  # after it: an `error` event ends the stream
    response = await ai.post(f"{AI}/blog-generate", json=POST, headers=headers)
    events = parse_sse(response.text)
    assert [name for name, _ in events] == ["delta", "delta", "error"]
    assert events[-1][1] == {
        "status": 502,
        "detail": "The AI provider declined this request (safety)",
    }


async def test_an_unreachable_provider_is_a_502(
    client_with: ClientFactory, upstream: Upstream
) -> None:
    setting, url = {
        "gemini": ("gemini_base_url", "http://127.0.0.1:9"),  # nothing listens on port 9
        "openai": ("openai_base_url", "http://127.0.0.1:9/v1"),
    }[upstream.name]
    async with client_with(**{**upstream.settings, setting: url}) as http:
        response = await http.post(
            f"{AI}/ideas", json={"topic": "tea"}, headers=await signed_in(http)
        )
    assert response.status_code == 502
    assert response.json() == {
        "detail": "The AI provider could not be reached",
        "code": "provider_error",
    }
