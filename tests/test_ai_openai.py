"""The OpenAI wire format: the real openai SDK against tests/fake_openai.py. What every
provider must do is tested for OpenAI too, in test_ai_providers.py."""

from typing import Any

import pytest

from app.models import AIUsage
from core.config import Settings
from tests.ai_helpers import AI, signed_in
from tests.conftest import OPENAI_KEY, ClientFactory
from tests.fake_openai import FakeOpenAI
from tests.helpers import ApiClient

POST = {"title": "T", "intro": "I", "outline": ["A"]}


@pytest.fixture
async def openai(client_with: ClientFactory, openai_settings: dict[str, Any]) -> Any:
    async with client_with(**openai_settings) as http:
        yield http


async def test_steps_ask_for_a_strict_json_schema_of_exactly_n_items(
    openai: ApiClient, fake_openai: FakeOpenAI
) -> None:
    response = await openai.post(
        f"{AI}/outlines",
        json={"topic": "tea", "title": "Green Tea", "intro": "Calm."},
        headers=await signed_in(openai),
    )
    assert response.status_code == 200
    body = fake_openai.requests[0].body
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert body["response_format"]["type"] == "json_schema"
    spec = body["response_format"]["json_schema"]
    assert spec["strict"] is True and spec["name"] == "options"
    assert spec["schema"]["additionalProperties"] is False
    options = spec["schema"]["properties"]["options"]
    assert options["minItems"] == options["maxItems"] == 5
    assert options["items"]["type"] == "array"  # outlines: lists of headings
    assert fake_openai.requests[0].api_key == OPENAI_KEY


async def test_a_server_without_json_schema_gets_json_mode_and_the_client_remembers(
    openai: ApiClient, fake_openai: FakeOpenAI
) -> None:
    fake_openai.json_schema = False
    headers = await signed_in(openai)
    first = await openai.post(f"{AI}/titles", json={"topic": "tea"}, headers=headers)
    assert first.status_code == 200 and len(first.json()["options"]) == 5
    kinds = [r.body["response_format"]["type"] for r in fake_openai.requests]
    assert kinds == ["json_schema", "json_object"]
    assert "exactly 5 items" in fake_openai.requests[1].system
    outline = {"topic": "t", "title": "T", "intro": "I"}
    second = await openai.post(f"{AI}/outlines", json=outline, headers=headers)
    assert second.status_code == 200
    assert all(isinstance(o, list) for o in second.json()["options"])
    assert [r.body["response_format"]["type"] for r in fake_openai.requests[2:]] == ["json_object"]
    fake_openai.script("malformed", "malformed")  # JSON mode output is validated the same way
    third = await openai.post(f"{AI}/titles", json={"topic": "tea"}, headers=headers)
    assert third.status_code == 502


async def test_posts_stream_and_ask_for_the_usage_chunk(
    openai: ApiClient, fake_openai: FakeOpenAI
) -> None:
    headers = {**await signed_in(openai), "Accept": "text/event-stream"}
    response = await openai.post(f"{AI}/blog-generate", json=POST, headers=headers)
    assert response.status_code == 200
    body = fake_openai.requests[0].body
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


async def test_a_refusal_or_an_empty_post_is_a_502(
    openai: ApiClient, fake_openai: FakeOpenAI
) -> None:
    headers = await signed_in(openai)
    fake_openai.script("refusal")
    refused = await openai.post(f"{AI}/ideas", json={"topic": "tea"}, headers=headers)
    assert refused.status_code == 502
    assert refused.json()["detail"] == "The AI provider declined this request (safety)"
    fake_openai.script("empty")
    empty = await openai.post(f"{AI}/blog-generate", json=POST, headers=headers)
    assert empty.status_code == 502
    assert empty.json()["detail"] == "The AI provider returned an empty answer"


async def test_older_image_models_are_asked_for_base64_and_describe_the_image(
    client_with: ClientFactory, openai_settings: dict[str, Any], fake_openai: FakeOpenAI
) -> None:
    async with client_with(**{**openai_settings, "openai_image_model": "dall-e-3"}) as http:
        response = await http.post(
            f"{AI}/image-generate", json={"prompt": "a teapot"}, headers=await signed_in(http)
        )
    assert response.status_code == 201
    assert response.json()["alt_text"] == "A detailed picture of a teapot."  # revised_prompt
    assert fake_openai.requests[0].body["response_format"] == "b64_json"


async def test_gpt_image_models_are_not_sent_the_legacy_format(
    openai: ApiClient, fake_openai: FakeOpenAI
) -> None:
    response = await openai.post(
        f"{AI}/image-generate", json={"prompt": "a teapot"}, headers=await signed_in(openai)
    )
    assert response.status_code == 201
    assert "response_format" not in fake_openai.requests[0].body
    usage = await AIUsage.find_one()
    assert usage is not None and (usage.input_tokens, usage.output_tokens) == (20, 1056)


async def test_without_an_image_model_covers_are_drawn_offline(
    client_with: ClientFactory, openai_settings: dict[str, Any], fake_openai: FakeOpenAI
) -> None:
    async with client_with(**{**openai_settings, "openai_image_model": None}) as http:
        response = await http.post(
            f"{AI}/image-generate", json={"prompt": "a teapot"}, headers=await signed_in(http)
        )
        usage = await AIUsage.find_one()
    body = response.json()
    assert response.status_code == 201
    assert (body["provider"], body["model"]) == ("offline", "offline-pillow-cover-2")
    assert (body["width"], body["height"]) == (1200, 630)
    assert fake_openai.requests == []
    assert usage is not None and (usage.provider, usage.estimated) == ("offline", True)


def test_the_openai_provider_is_chosen_explicitly_and_needs_a_key() -> None:
    def make(**values: Any) -> Settings:
        return Settings(_env_file=None, **values)

    assert make(openai_api_key="k").effective_ai_provider == "offline"  # never implicit
    chosen = make(ai_provider="openai", openai_api_key="ollama", openai_base_url=" ")
    assert chosen.effective_ai_provider == "openai" and chosen.openai_base_url is None
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        make(ai_provider="openai")
