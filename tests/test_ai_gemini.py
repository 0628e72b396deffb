"""Gemini's wire format: the real google-genai SDK against a fake Gemini server. What every
provider must do is tested for Gemini too, in test_ai_providers.py."""

from pathlib import Path
from typing import Any

from tests.ai_helpers import AI, STEPS, parse_sse, signed_in
from tests.conftest import ClientFactory
from tests.fake_gemini import FakeGemini
from tests.helpers import ApiClient


async def test_requests_carry_a_system_instruction_json_mode_and_the_schema(
    gemini: ApiClient, fake_gemini: FakeGemini
) -> None:
    headers = await signed_in(gemini)
    for step, body in STEPS:
        await gemini.post(f"{AI}/{step}", json=body, headers=headers)
    assert [r.method for r in fake_gemini.requests] == ["generateContent"] * 5
    for recorded in fake_gemini.requests:
        assert recorded.system
        assert recorded.body["generationConfig"]["responseMimeType"] == "application/json"
        assert recorded.schema["properties"]["options"]["type"] == "array"


async def test_a_blocked_prompt_is_a_502(gemini: ApiClient, fake_gemini: FakeGemini) -> None:
    fake_gemini.script("prompt-blocked")
    response = await gemini.post(
        f"{AI}/ideas", json={"topic": "tea"}, headers=await signed_in(gemini)
    )
    assert response.status_code == 502
    assert response.json()["detail"] == "The AI provider declined this request (safety)"


async def test_images_ask_for_the_image_modality(
    gemini: ApiClient, fake_gemini: FakeGemini
) -> None:
    response = await gemini.post(
        f"{AI}/image-generate", json={"prompt": "a teapot"}, headers=await signed_in(gemini)
    )
    assert response.status_code == 201
    assert fake_gemini.requests[0].body["generationConfig"]["responseModalities"] == ["IMAGE"]


async def test_a_blocked_image_writes_nothing(
    client_with: ClientFactory,
    gemini_settings: dict[str, Any],
    fake_gemini: FakeGemini,
    tmp_path: Path,
) -> None:
    fake_gemini.script("safety")
    upload_dir = tmp_path / "ai-uploads"
    async with client_with(**gemini_settings, upload_dir=upload_dir) as http:
        response = await http.post(
            f"{AI}/image-generate", json={"prompt": "x"}, headers=await signed_in(http)
        )
    assert response.status_code == 502
    assert not upload_dir.exists() or list(upload_dir.iterdir()) == []


async def test_posts_stream_through_stream_generate_content(
    gemini: ApiClient, fake_gemini: FakeGemini
) -> None:
    headers = {**await signed_in(gemini), "Accept": "text/event-stream"}
    body = {"title": "T", "intro": "I", "outline": ["A"]}
    response = await gemini.post(f"{AI}/blog-generate", json=body, headers=headers)
    assert parse_sse(response.text)[-1][0] == "done"
    assert fake_gemini.requests[0].method == "streamGenerateContent"
    assert "alt=sse" in fake_gemini.requests[0].path
