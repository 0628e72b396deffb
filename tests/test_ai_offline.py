"""The AI studio without a key: the offline provider, and the rules every provider shares."""

import io
from typing import Any

import pytest
from PIL import Image

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
    assert "<h2>History</h2>" in post["html"] and "<h2>Building one</h2>" in post["html"]
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
