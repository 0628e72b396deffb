"""What the AI tests share: the five stateless steps, an SSE parser, the upstream fakes."""

import json
from dataclasses import dataclass
from typing import Any

from tests.fake_gemini import FakeGemini
from tests.fake_openai import FakeOpenAI
from tests.helpers import API, ApiClient

AI = f"{API}/ai"
SESSIONS = f"{API}/studio/sessions"
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


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


@dataclass
class Upstream:
    """One real SDK and the fake server it talks to, seen the same way by shared tests."""

    name: str  # gemini | openai
    fake: FakeGemini | FakeOpenAI
    settings: dict[str, Any]
    key_setting: str
    key: str
    text_model: str
    image_model: str
    retry_after: str  # what the fake's scripted 429 must become


ORDER = ["ideas", "titles", "intros", "outlines", "image_prompts"]


async def new_session(http: ApiClient, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    response = await http.post(SESSIONS, json={"topic": "urban gardening", **body}, headers=headers)
    assert response.status_code == 201, response.text
    session: dict[str, Any] = response.json()
    return session


async def generate(http: ApiClient, headers: dict[str, str], sid: str, step: str) -> Any:
    response = await http.post(f"{SESSIONS}/{sid}/steps/{step}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


async def choose(http: ApiClient, headers: dict[str, str], sid: str, step: str, **body: Any) -> Any:
    response = await http.put(f"{SESSIONS}/{sid}/steps/{step}/choice", json=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


async def walk(http: ApiClient, headers: dict[str, str], sid: str, until: str) -> dict[str, Any]:
    """Generate and choose option 0 at every step up to and including `until`."""
    session: dict[str, Any] = {}
    for step in ORDER[: ORDER.index(until) + 1]:
        await generate(http, headers, sid, step)
        session = await choose(http, headers, sid, step, index=0)
    return session
