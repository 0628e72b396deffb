"""Passwords: change, forgot -> mail -> reset, no account enumeration, the policy."""

import statistics
import time
from datetime import timedelta
from typing import Any

import pytest

from app.models import MailJob, PasswordReset
from app.models.common import utcnow
from tests.conftest import ClientFactory
from tests.fixtures_mail import Mailbox, html_of, text_of, token_in
from tests.helpers import API, ApiClient, bearer

LOGIN = f"{API}/auth/login"
REFRESH = f"{API}/auth/refresh"
ME = f"{API}/auth/me"
CHANGE = f"{API}/auth/password"
RESET = f"{API}/auth/password-reset"
CONFIRM = f"{API}/auth/password-reset/confirm"


async def test_forgot_password_round_trip_ends_old_sessions(
    client_with: ClientFactory, mail_settings: dict[str, Any], mailbox: Mailbox
) -> None:
    async with client_with(**mail_settings) as http:
        await http.signup("w@example.com", "old-password-1")
        phone = await http.tokens("w@example.com", "old-password-1")
        laptop = await http.tokens("w@example.com", "old-password-1")

        asked = await http.post(RESET, json={"email": "W@example.com"})
        assert asked.status_code == 202
        [mail] = await mailbox.wait_for("w@example.com")
        assert "reset" in mail["Subject"].lower()
        assert mail["From"] == "Inkwell <no-reply@inkwell.test>"
        assert "http://studio.test/reset-password#token=" in text_of(mail)
        assert "http://studio.test/reset-password#token=" in html_of(mail)
        token = token_in(mail)
        # Only its hash is stored, and the outbox never held it.
        assert token not in str([r.model_dump() for r in await PasswordReset.find_all().to_list()])
        assert token not in str([j.model_dump() for j in await MailJob.find_all().to_list()])

        done = await http.post(CONFIRM, json={"token": token, "new_password": "new-password-2"})
        assert done.status_code == 204
        for old in (phone, laptop):  # refresh tokens and access tokens alike
            assert (await http.get(ME, headers=bearer(old))).status_code == 401
            refreshed = await http.post(REFRESH, json={"refresh_token": old["refresh_token"]})
            assert refreshed.json()["code"] == "refresh_token_revoked"
        old_login = {"email": "w@example.com", "password": "old-password-1"}
        assert (await http.post(LOGIN, json=old_login)).status_code == 401
        fresh = await http.tokens("w@example.com", "new-password-2")
        assert (await http.get(ME, headers=bearer(fresh))).status_code == 200

        again = await http.post(CONFIRM, json={"token": token, "new_password": "newer-password-3"})
    assert again.status_code == 400
    assert again.json() == {
        "detail": "This link is invalid or has expired; ask for a new one",
        "code": "link_invalid",
    }


async def test_reset_links_expire(
    client_with: ClientFactory, mail_settings: dict[str, Any], mailbox: Mailbox
) -> None:
    async with client_with(**mail_settings, password_reset_minutes=30) as http:
        await http.signup("w@example.com", "old-password-1")
        await http.post(RESET, json={"email": "w@example.com"})
        token = token_in((await mailbox.wait_for("w@example.com"))[0])
        record = await PasswordReset.find_one()
        assert record is not None
        assert record.expires_at - record.created_at == timedelta(minutes=30)
        await record.set({"expires_at": utcnow() - timedelta(seconds=1)})
        late = await http.post(CONFIRM, json={"token": token, "new_password": "new-password-2"})
    assert late.json()["code"] == "link_invalid"


async def test_reset_request_does_not_reveal_whether_an_account_exists(
    client_with: ClientFactory, mail_settings: dict[str, Any], mailbox: Mailbox
) -> None:
    async with client_with(**mail_settings, account_mail_rate_limit="1000/hour") as http:
        await http.signup("known@example.com", "password-1")

        async def ask(email: str) -> tuple[int, bytes, float]:
            started = time.perf_counter()
            response = await http.post(RESET, json={"email": email})
            return response.status_code, response.content, time.perf_counter() - started

        known = [await ask("known@example.com") for _ in range(7)]
        unknown = [await ask(f"ghost{i}@example.com") for i in range(7)]
        await mailbox.wait_for("known@example.com", count=7)
    # Same status and byte-identical body...
    assert {(s, b) for s, b, _ in known} == {(s, b) for s, b, _ in unknown}
    assert known[0][0] == 202
    # ...and about the same time: the request path does the same work either way (a
    # generous bound; the medians differ by well under a millisecond when measured).
    known_median = statistics.median(t for *_, t in known)
    unknown_median = statistics.median(t for *_, t in unknown)
    assert abs(known_median - unknown_median) < max(0.05, 0.5 * known_median)
    # Unknown addresses get no mail at all.
    assert not [m for m in mailbox.messages if m["To"].startswith("ghost")]


async def test_reset_requests_are_limited_per_address(
    client_with: ClientFactory, mail_settings: dict[str, Any]
) -> None:
    async with client_with(**mail_settings, account_mail_rate_limit="2/hour") as http:
        statuses = [
            (await http.post(RESET, json={"email": "victim@example.com"})).status_code
            for _ in range(3)
        ]
        other = await http.post(RESET, json={"email": "other@example.com"})
    assert statuses == [202, 202, 429]
    assert other.status_code == 202


async def test_reset_is_off_in_production_without_smtp(client_with: ClientFactory) -> None:
    async with client_with(env="production") as http:
        response = await http.post(RESET, json={"email": "w@example.com"})
    assert response.status_code == 404
    assert response.json()["code"] == "feature_disabled"


async def test_change_password_keeps_this_session_and_ends_the_others(client: ApiClient) -> None:
    await client.signup("w@example.com", "old-password-1")
    here = await client.tokens("w@example.com", "old-password-1")
    elsewhere = await client.tokens("w@example.com", "old-password-1")
    body = {"current_password": "old-password-1", "new_password": "new-password-2"}
    response = await client.post(CHANGE, json=body, headers=bearer(here))
    assert response.status_code == 200
    fresh_access = response.json()["access_token"]

    # Every access token issued before is dead, the new one works.
    assert (await client.get(ME, headers=bearer(here))).json()["code"] == "token_revoked"
    assert (await client.get(ME, headers=bearer(elsewhere))).status_code == 401
    assert (await client.get(ME, headers={"Authorization": f"Bearer {fresh_access}"})).is_success
    # This session's refresh token still works; the other session's does not.
    kept = await client.post(REFRESH, json={"refresh_token": here["refresh_token"]})
    assert kept.status_code == 200
    assert (await client.get(ME, headers=bearer(kept.json()))).status_code == 200
    ended = await client.post(REFRESH, json={"refresh_token": elsewhere["refresh_token"]})
    assert ended.json()["code"] == "refresh_token_revoked"
    await client.tokens("w@example.com", "new-password-2")


async def test_change_password_needs_the_current_one(client: ApiClient) -> None:
    headers = await client.signup_and_login("w@example.com", "old-password-1")
    body = {"current_password": "wrong-password", "new_password": "new-password-2"}
    response = await client.post(CHANGE, json=body, headers=headers)
    assert response.status_code == 403  # not 401: the session is fine
    assert response.json()["code"] == "current_password_invalid"
    assert (await client.get(ME, headers=headers)).status_code == 200


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("sunshine1", "too common"),
        ("Dragon2024!", "too common"),
        ("qwertyuiop", "too common"),
        ("w.riter@example.com", "e-mail"),
        ("W.Riter-x", "e-mail"),
    ],
)
async def test_signup_refuses_weak_passwords(client: ApiClient, password: str, reason: str) -> None:
    response = await client.signup("w.riter@example.com", password)
    assert response.status_code == 422
    assert response.json()["code"] == "password_rejected"
    assert reason in response.json()["detail"]
    assert password not in response.text


async def test_production_needs_twelve_characters(client_with: ClientFactory) -> None:
    async with client_with(env="production") as http:
        short = await http.signup("w@example.com", "eleven-char")
        long = await http.signup("w@example.com", "twelve-chars")
    assert short.status_code == 422
    assert "at least 12" in short.json()["detail"]
    assert long.status_code == 201
