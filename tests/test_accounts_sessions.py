"""Sessions: 401 reasons, token generations, the refresh reuse grace window, the sessions list."""

import asyncio
from datetime import timedelta

from app.models import RefreshToken, User
from app.models.common import utcnow
from core import security
from core.config import Settings
from tests.accounts_helpers import admin_headers, age_used_refresh_tokens
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient, bearer

REFRESH = f"{API}/auth/refresh"
ME = f"{API}/auth/me"
SESSIONS = f"{API}/auth/sessions"
LOGOUT = f"{API}/auth/logout"


async def _refresh(http: ApiClient, token: str) -> tuple[int, dict[str, str], str]:
    response = await http.post(REFRESH, json={"refresh_token": token})
    return response.status_code, response.json(), response.headers.get("www-authenticate", "")


async def test_each_refresh_failure_has_its_code(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    assert await _refresh(client, "made-up") == (
        401,
        {"detail": "Invalid refresh token; sign in again", "code": "refresh_token_invalid"},
        "Bearer",
    )
    expired = await client.tokens("w@example.com", "password-1")
    await RefreshToken.find_all().update({"$set": {"expires_at": utcnow() - timedelta(seconds=1)}})
    status, body, _ = await _refresh(client, expired["refresh_token"])
    assert (status, body["code"]) == (401, "refresh_token_expired")

    revoked = await client.tokens("w@example.com", "password-1")
    await client.post(LOGOUT, json={"refresh_token": revoked["refresh_token"]})
    status, body, _ = await _refresh(client, revoked["refresh_token"])
    assert (status, body["code"]) == (401, "refresh_token_revoked")

    reused = await client.tokens("w@example.com", "password-1")
    assert (await _refresh(client, reused["refresh_token"]))[0] == 200
    await age_used_refresh_tokens(60)
    status, body, _ = await _refresh(client, reused["refresh_token"])
    assert (status, body["code"]) == (401, "refresh_token_revoked")
    assert "already used" in body["detail"]


async def test_access_token_failures_have_their_codes(
    client: ApiClient, settings: Settings
) -> None:
    headers = await client.signup_and_login("w@example.com", "password-1")
    user = await User.find_one(User.email == "w@example.com")
    assert user is not None
    expired = security.create_access_token(
        subject=str(user.id), secret=settings.jwt_key, ttl=timedelta(minutes=-1)
    )
    cases = {
        "Bearer garbage": "token_invalid",
        f"Bearer {expired}": "token_expired",
    }
    for header, code in cases.items():
        response = await client.get(ME, headers={"Authorization": header})
        assert (response.status_code, response.json()["code"]) == (401, code)
        assert response.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
    await client.post(LOGOUT, headers=headers)  # log out everywhere
    revoked = await client.get(ME, headers=headers)
    assert (revoked.status_code, revoked.json()["code"]) == (401, "token_revoked")
    assert 'error="invalid_token"' in revoked.headers["www-authenticate"]


async def test_a_reactivated_users_old_access_tokens_stay_dead(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    user = await User.find_one(User.email == "writer@example.com")
    assert user is not None
    url = f"{API}/admin/users/{user.id}"
    assert (await client.patch(url, json={"is_active": False}, headers=admin)).status_code == 200
    assert (await client.patch(url, json={"is_active": True}, headers=admin)).status_code == 200
    response = await client.get(ME, headers=writer)
    assert (response.status_code, response.json()["code"]) == (401, "token_revoked")
    fresh = await client.login("writer@example.com", "writer-password")
    assert (await client.get(ME, headers=fresh)).status_code == 200


async def test_generation_tells_tokens_of_the_same_second_apart(
    client: ApiClient, settings: Settings
) -> None:
    """A token issued in the same second, just before the change, is refused; one issued just
    after it is accepted (an `iat` comparison could not tell them apart)."""
    await client.signup("w@example.com", "password-1")
    user = await User.find_one(User.email == "w@example.com")
    assert user is not None
    now = utcnow()

    def token(generation: int) -> dict[str, str]:
        access = security.create_access_token(
            subject=str(user.id), secret=settings.jwt_key, ttl=timedelta(minutes=5), now=now,
            generation=generation,
        )  # fmt: skip
        return {"Authorization": f"Bearer {access}"}

    before = token(0)
    assert (await client.get(ME, headers=before)).status_code == 200
    await user.set({"token_generation": 1})  # what a password change or logout-all does
    after = token(1)
    assert (await client.get(ME, headers=before)).status_code == 401
    assert (await client.get(ME, headers=after)).status_code == 200


async def test_concurrent_refreshes_get_the_same_pair_which_keeps_working(
    client: ApiClient,
) -> None:
    await client.signup("w@example.com", "password-1")
    first = await client.tokens("w@example.com", "password-1")
    responses = await asyncio.gather(
        *(client.post(REFRESH, json={"refresh_token": first["refresh_token"]}) for _ in range(5))
    )
    assert {r.status_code for r in responses} == {200}
    assert len({r.text for r in responses}) == 1
    pair = responses[0].json()
    # A late replay inside the window gets it too, and the pair is fully usable.
    assert (
        await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    ).json() == pair
    assert (await client.get(ME, headers=bearer(pair))).status_code == 200
    nxt = await client.post(REFRESH, json={"refresh_token": pair["refresh_token"]})
    assert nxt.status_code == 200


async def test_a_replay_after_the_grace_window_revokes_the_family(
    client_with: ClientFactory,
) -> None:
    async with client_with(refresh_reuse_grace_seconds=10) as http:
        await http.signup("w@example.com", "password-1")
        first = await http.tokens("w@example.com", "password-1")
        second = (await http.post(REFRESH, json={"refresh_token": first["refresh_token"]})).json()
        await age_used_refresh_tokens(11)
        replay = await http.post(REFRESH, json={"refresh_token": first["refresh_token"]})
        successor = await http.post(REFRESH, json={"refresh_token": second["refresh_token"]})
    assert replay.json()["code"] == "refresh_token_revoked"
    assert successor.json()["code"] == "refresh_token_revoked"


async def test_no_grace_window_when_set_to_zero(client_with: ClientFactory) -> None:
    async with client_with(refresh_reuse_grace_seconds=0) as http:
        await http.signup("w@example.com", "password-1")
        first = await http.tokens("w@example.com", "password-1")
        await http.post(REFRESH, json={"refresh_token": first["refresh_token"]})
        await age_used_refresh_tokens(0.01)
        replay = await http.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401


async def test_sessions_list_one_per_login_and_revoke(client_with: ClientFactory) -> None:
    async with client_with(client_ip="198.51.100.7") as http:
        await http.signup("w@example.com", "password-1")
        http.headers["User-Agent"] = "Phone/1.0"
        phone = await http.tokens("w@example.com", "password-1")
        http.headers["User-Agent"] = "Laptop/2.0"
        laptop = await http.tokens("w@example.com", "password-1")
        laptop = (await http.post(REFRESH, json={"refresh_token": laptop["refresh_token"]})).json()

        listed = (await http.get(SESSIONS, headers=bearer(laptop))).json()
        assert [s["user_agent"] for s in listed] == ["Laptop/2.0", "Phone/1.0"]
        assert [s["current"] for s in listed] == [True, False]
        assert {s["ip"] for s in listed} == {"198.51.100.7"}
        newest = listed[0]
        assert newest["created_at"] < newest["last_used_at"]  # logged in, then refreshed

        phone_id = listed[1]["id"]
        gone = await http.delete(f"{SESSIONS}/{phone_id}", headers=bearer(laptop))
        assert gone.status_code == 204
        ended = await http.post(REFRESH, json={"refresh_token": phone["refresh_token"]})
        assert ended.json()["code"] == "refresh_token_revoked"
        assert len((await http.get(SESSIONS, headers=bearer(laptop))).json()) == 1
        again = await http.delete(f"{SESSIONS}/{phone_id}", headers=bearer(laptop))
    assert again.status_code == 404


async def test_a_user_cannot_revoke_another_users_session(client: ApiClient) -> None:
    await client.signup("a@example.com", "password-1")
    victim = await client.tokens("a@example.com", "password-1")
    attacker = await client.signup_and_login("b@example.com", "password-1")
    victim_session = (await client.get(SESSIONS, headers=bearer(victim))).json()[0]["id"]
    response = await client.delete(f"{SESSIONS}/{victim_session}", headers=attacker)
    assert response.status_code == 404
    still = await client.post(REFRESH, json={"refresh_token": victim["refresh_token"]})
    assert still.status_code == 200


async def test_admin_revokes_every_session_of_a_user(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    tokens = await client.tokens("w@example.com", "password-1")
    admin = await admin_headers(client)
    user = await User.find_one(User.email == "w@example.com")
    assert user is not None
    url = f"{API}/admin/users/{user.id}/sessions/revoke"
    assert (await client.post(url, headers=bearer(tokens))).status_code == 403
    assert (await client.post(url, headers=admin)).status_code == 204
    assert (await client.get(ME, headers=bearer(tokens))).status_code == 401
    refreshed = await client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status_code == 401
    assert (
        await client.post(f"{API}/admin/users/{'0' * 24}/sessions/revoke", headers=admin)
    ).status_code == 404
