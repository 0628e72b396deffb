"""AI usage and quotas: every provider call is recorded with its tokens; a daily quota."""

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from app.models import AIUsage
from app.services.ai_usage import seconds_to_midnight
from tests.ai_helpers import AI, Upstream, signed_in
from tests.conftest import ClientFactory
from tests.fake_openai import FakeOpenAI
from tests.helpers import API, ApiClient

POST = {"title": "Kites", "intro": "Why kites?", "outline": ["History", "Building one"]}


async def usage_records() -> list[AIUsage]:
    return await AIUsage.find_all().sort("_id").to_list()  # ids grow in insertion order


async def test_every_call_is_recorded_with_its_tokens(
    client: ApiClient, writer: dict[str, str], settings: Any
) -> None:
    await client.post(f"{AI}/ideas", json={"topic": "kites"}, headers=writer)
    await client.post(f"{AI}/image-generate", json={"prompt": "a red kite"}, headers=writer)
    await client.post(f"{AI}/blog-generate", json=POST, headers=writer)
    stream = {**writer, "Accept": "text/event-stream"}
    await client.post(f"{AI}/blog-generate", json=POST, headers=stream)
    session = (
        await client.post(f"{API}/studio/sessions", json={"topic": "kites"}, headers=writer)
    ).json()
    await client.post(f"{API}/studio/sessions/{session['id']}/steps/ideas", headers=writer)

    records = await usage_records()
    assert [r.step for r in records] == ["ideas", "image", "post", "post", "ideas"]
    assert {(r.provider, r.outcome, r.estimated) for r in records} == {("offline", "ok", True)}
    assert all(r.input_tokens > 0 for r in records)
    assert all(r.output_tokens > 0 for r in records if r.step != "image")
    assert records[-1].session is not None and str(records[-1].session) == session["id"]
    assert records[0].session is None
    retention = timedelta(days=settings.ai_usage_retention_days)
    assert all(abs(r.expires_at - r.at - retention) < timedelta(seconds=1) for r in records)

    mine = (await client.get(f"{AI}/usage", headers=writer)).json()
    today = datetime.now(UTC).date().isoformat()
    assert [day["day"] for day in mine["days"]] == [today]
    assert mine["days"][0]["calls"] == 5 and mine["days"][0]["errors"] == 0
    assert (
        mine["used_today"] == sum(r.total_tokens for r in records) == mine["total"]["total_tokens"]
    )
    assert mine["daily_token_quota"] is None and mine["remaining_today"] is None


async def test_provider_usage_is_recorded_and_a_failed_answer_is_still_charged(
    ai: ApiClient, upstream: Upstream
) -> None:
    headers = await signed_in(ai)
    await ai.post(f"{AI}/titles", json={"topic": "tea"}, headers=headers)
    upstream.fake.script("malformed", "malformed")  # the provider answers twice, unusably
    failed = await ai.post(f"{AI}/titles", json={"topic": "tea"}, headers=headers)
    assert failed.status_code == 502
    upstream.fake.script("429")  # no answer: nothing to charge, but the call is recorded
    await ai.post(f"{AI}/titles", json={"topic": "tea"}, headers=headers)
    await ai.post(
        f"{AI}/blog-generate", json=POST, headers={**headers, "Accept": "text/event-stream"}
    )

    ok, bad, busy, streamed = await usage_records()
    reported = [_reported(upstream, r) for r in upstream.fake.requests]
    assert (ok.provider, ok.model, ok.estimated) == (upstream.name, upstream.text_model, False)
    assert (ok.input_tokens, ok.output_tokens) == reported[0]
    assert bad.outcome == "provider_error"
    assert (bad.input_tokens, bad.output_tokens) == (
        reported[1][0] + reported[2][0],
        reported[1][1] + reported[2][1],
    )
    assert (busy.outcome, busy.total_tokens) == ("provider_unavailable", 0)
    assert streamed.step == "post" and streamed.outcome == "ok"
    assert (streamed.input_tokens, streamed.output_tokens) == reported[-1]
    mine = (await ai.get(f"{AI}/usage", headers=headers)).json()
    assert (mine["days"][0]["calls"], mine["days"][0]["errors"]) == (4, 2)


def _reported(upstream: Upstream, recorded: Any) -> tuple[int, int]:
    """What the fake told the SDK this request cost."""
    if isinstance(upstream.fake, FakeOpenAI):
        return recorded.usage.get("prompt_tokens", 0), recorded.usage.get("completion_tokens", 0)
    streaming = recorded.method == "streamGenerateContent"
    return 11, 8 if streaming else 7  # tests/fake_gemini.py USAGE (last stream chunk: 8)


async def test_the_daily_quota_answers_429_until_midnight_utc(
    client_with: ClientFactory,
) -> None:
    async with client_with(ai_daily_tokens=200) as http:
        first = await http.signup_and_login("quota@example.com", "password-1")
        other = await http.signup_and_login("other@example.com", "password-1")
        statuses = []
        for _ in range(6):
            response = await http.post(f"{AI}/titles", json={"topic": "tea"}, headers=first)
            statuses.append(response.status_code)
            if response.status_code == 429:
                break
        assert statuses[0] == 200 and statuses[-1] == 429
        body = response.json()
        assert body["code"] == "ai_quota_exceeded" and "200 tokens" in body["detail"]
        expected = seconds_to_midnight(datetime.now(UTC))
        assert abs(int(response.headers["retry-after"]) - expected) <= 5
        session = (
            await http.post(f"{API}/studio/sessions", json={"topic": "t"}, headers=first)
        ).json()
        generate = await http.post(
            f"{API}/studio/sessions/{session['id']}/steps/ideas", headers=first
        )
        assert generate.status_code == 429  # the studio spends the same quota
        assert (
            await http.get(f"{API}/studio/sessions/{session['id']}", headers=first)
        ).status_code == 200
        assert (
            await http.post(f"{AI}/ideas", json={"topic": "x"}, headers=other)
        ).status_code == 200
        mine = (await http.get(f"{AI}/usage", headers=first)).json()
    assert mine["daily_token_quota"] == 200 and mine["remaining_today"] == 0
    assert mine["used_today"] >= 200
    assert mine["days"][0]["calls"] == len(statuses) - 1  # refused calls are not recorded


def test_retry_after_reaches_midnight_utc() -> None:
    assert seconds_to_midnight(datetime(2026, 3, 1, 23, 59, 30, tzinfo=UTC)) == 30
    assert seconds_to_midnight(datetime(2026, 3, 1, 0, 0, 0, tzinfo=UTC)) == 86400
    new_york = timezone(timedelta(hours=-5))
    assert seconds_to_midnight(datetime(2026, 3, 1, 15, 0, tzinfo=new_york)) == 4 * 3600


async def test_admins_see_usage_per_user_model_and_day(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str], admin: dict[str, str]
) -> None:
    for headers in (writer, other_writer, writer):
        await client.post(f"{AI}/ideas", json={"topic": "kites"}, headers=headers)
    await client.post(f"{AI}/image-generate", json={"prompt": "a kite"}, headers=writer)
    report = (await client.get(f"{API}/admin/ai/usage", headers=admin)).json()
    rows = {(r["user_email"], r["model"]): r for r in report["items"]}
    assert report["total"] == 3 == len(rows)
    assert rows[("writer@example.com", "offline-templates-2")]["calls"] == 2
    assert rows[("other@example.com", "offline-templates-2")]["calls"] == 1
    assert rows[("writer@example.com", "offline-pillow-cover-2")]["calls"] == 1
    assert all(r["day"] == datetime.now(UTC).date().isoformat() for r in report["items"])
    one_user = rows[("other@example.com", "offline-templates-2")]["user_id"]
    only = (
        await client.get(f"{API}/admin/ai/usage", params={"user": one_user}, headers=admin)
    ).json()
    assert [r["user_email"] for r in only["items"]] == ["other@example.com"]
    paged = (
        await client.get(f"{API}/admin/ai/usage", params={"per_page": 1}, headers=admin)
    ).json()
    assert (len(paged["items"]), paged["total_pages"]) == (1, 3)
    assert (await client.get(f"{API}/admin/ai/usage", headers=writer)).status_code == 403


@pytest.mark.parametrize("days", [0, 401, "x"])
async def test_usage_windows_are_bounded(
    client: ApiClient, writer: dict[str, str], days: int | str
) -> None:
    response = await client.get(f"{AI}/usage", params={"days": days}, headers=writer)
    assert response.status_code == 422
