import asyncio
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from asgi_lifespan import LifespanManager
from httpx import ASGITransport

from app.models import RefreshToken, User
from app.models.common import utcnow
from core.config import Settings
from main import create_app
from tests.accounts_helpers import age_used_refresh_tokens
from tests.conftest import ClientFactory, SettingsFactory
from tests.helpers import API, ApiClient, bearer

SIGNUP = f"{API}/auth/signup"
LOGIN = f"{API}/auth/login"
REFRESH = f"{API}/auth/refresh"
LOGOUT = f"{API}/auth/logout"
ME = f"{API}/auth/me"


async def test_signup_creates_a_writer(client: ApiClient) -> None:
    response = await client.signup("New.Writer@Example.COM", "correct horse", display_name="Ann")
    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "new.writer@example.com"
    assert body["role"] == "user"
    assert body["display_name"] == "Ann"
    assert body["is_active"] is True
    assert "password" not in response.text and "hash" not in response.text
    assert body["created_at"].endswith(("Z", "+00:00"))


async def test_signup_duplicate_email_is_409_whatever_the_case(client: ApiClient) -> None:
    assert (await client.signup("dup@example.com", "password-1")).status_code == 201
    response = await client.signup("DUP@Example.com", "password-2")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "An account with this email already exists",
        "code": "conflict",
    }


async def test_signup_cannot_choose_a_role(client: ApiClient) -> None:
    response = await client.signup("sneaky@example.com", "password-1", role="admin")
    assert response.status_code == 422
    assert await User.find_one(User.email == "sneaky@example.com") is None


@pytest.mark.parametrize(
    ("password", "status"), [("x" * 7, 422), ("x" * 8, 201), ("x" * 128, 201), ("x" * 129, 422)]
)
async def test_signup_password_length_bounds(client: ApiClient, password: str, status: int) -> None:
    response = await client.signup(f"len{len(password)}@example.com", password)
    assert response.status_code == status


@pytest.mark.parametrize(
    "body",
    [
        {"email": "not-an-email", "password": "hunter2-secret-pw"},
        {"email": "a@example.com", "password": "hunter2"},
        {"email": "a@example.com", "password": "hunter2-secret-pw", "role": "admin"},
        {"password": "hunter2-secret-pw"},
        {"email": "a@example.com", "password": ["hunter2-secret-pw"]},
    ],
)
async def test_signup_validation_errors_never_echo_the_password(
    client: ApiClient, body: dict[str, object]
) -> None:
    response = await client.post(SIGNUP, json=body)
    assert response.status_code == 422
    assert "hunter2" not in response.text
    assert isinstance(response.json()["detail"], list)


@pytest.mark.parametrize(
    "email", ["plain", "a@b", "a b@example.com", "a@@example.com", "a..b@example.com", ""]
)
async def test_signup_rejects_malformed_emails(client: ApiClient, email: str) -> None:
    assert (await client.signup(email, "password-1")).status_code == 422


async def test_signup_can_be_disabled(client_with: ClientFactory) -> None:
    async with client_with(allow_signup=False) as http:
        response = await http.signup("late@example.com", "password-1")
    assert response.status_code == 403


async def test_login_returns_a_bearer_pair(client: ApiClient, settings: Settings) -> None:
    await client.signup("w@example.com", "password-1")
    tokens = await client.tokens("W@example.com", "password-1")
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == settings.access_token_minutes * 60
    assert tokens["access_token"] and tokens["refresh_token"]
    me = await client.get(ME, headers=bearer(tokens))
    assert me.status_code == 200
    assert me.json()["email"] == "w@example.com"


async def test_login_failures_share_one_generic_401(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    wrong_password = await client.post(
        LOGIN, json={"email": "w@example.com", "password": "nope-nope"}
    )
    unknown_email = await client.post(
        LOGIN, json={"email": "ghost@example.com", "password": "password-1"}
    )
    assert wrong_password.status_code == unknown_email.status_code == 401
    assert (
        wrong_password.json()
        == unknown_email.json()
        == {"detail": "Incorrect email or password", "code": "credentials_invalid"}
    )


async def test_login_refused_for_a_deactivated_account(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    await User.find_one(User.email == "w@example.com").update({"$set": {"is_active": False}})
    response = await client.post(LOGIN, json={"email": "w@example.com", "password": "password-1"})
    assert response.status_code == 401


async def test_login_rehashes_a_password_made_with_old_parameters(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash("password-1")
    await User.find_one(User.email == "w@example.com").update({"$set": {"password_hash": weak}})
    await client.login("w@example.com", "password-1")
    user = await User.find_one(User.email == "w@example.com")
    assert user is not None
    assert user.password_hash != weak
    assert user.password_hash.startswith("$argon2id$")
    assert not PasswordHasher().check_needs_rehash(user.password_hash)


async def test_me_without_a_token_is_401_with_a_bearer_challenge(client: ApiClient) -> None:
    response = await client.get(ME)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json() == {"detail": "Not authenticated", "code": "not_authenticated"}


@pytest.mark.parametrize(
    "header", ["Bearer garbage", "Bearer a.b.c", "Basic dXNlcjpwYXNz", "Bearer "]
)
async def test_me_with_a_bad_token_is_401(client: ApiClient, header: str) -> None:
    response = await client.get(ME, headers={"Authorization": header})
    assert response.status_code == 401


async def test_a_deleted_users_token_stops_working_at_once(
    client: ApiClient, writer: dict[str, str]
) -> None:
    assert (await client.get(ME, headers=writer)).status_code == 200
    await User.find_one(User.email == "writer@example.com").delete()
    assert (await client.get(ME, headers=writer)).status_code == 401


async def test_a_deactivated_users_token_stops_working_at_once(
    client: ApiClient, writer: dict[str, str]
) -> None:
    await User.find_one(User.email == "writer@example.com").update({"$set": {"is_active": False}})
    assert (await client.get(ME, headers=writer)).status_code == 401


async def test_refresh_rotates_and_the_old_token_dies(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    first = await client.tokens("w@example.com", "password-1")
    response = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert response.status_code == 200
    second = response.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert (await client.get(ME, headers=bearer(second))).status_code == 200
    await age_used_refresh_tokens(60)  # past the reuse grace window
    again = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert again.status_code == 401


async def test_reusing_a_refresh_token_revokes_its_whole_family(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    stolen = await client.tokens("w@example.com", "password-1")
    rotated = (await client.post(REFRESH, json={"refresh_token": stolen["refresh_token"]})).json()
    other_session = await client.tokens("w@example.com", "password-1")

    await age_used_refresh_tokens(60)  # past the reuse grace window
    reuse = await client.post(REFRESH, json={"refresh_token": stolen["refresh_token"]})
    assert reuse.status_code == 401
    # The legitimate successor is dead too; another login's session is untouched.
    assert (
        await client.post(REFRESH, json={"refresh_token": rotated["refresh_token"]})
    ).status_code == 401
    assert (
        await client.post(REFRESH, json={"refresh_token": other_session["refresh_token"]})
    ).status_code == 200


async def test_refresh_tokens_are_stored_only_as_hashes(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    tokens = await client.tokens("w@example.com", "password-1")
    records = await RefreshToken.find_all().to_list()
    assert len(records) == 1
    assert tokens["refresh_token"] not in records[0].model_dump_json()


async def test_refresh_tokens_expire_after_refresh_token_days(client_with: ClientFactory) -> None:
    async with client_with(refresh_token_days=3) as http:
        await http.signup("w@example.com", "password-1")
        await http.tokens("w@example.com", "password-1")
        record = await RefreshToken.find_one()
    assert record is not None
    lifetime = record.expires_at - record.created_at
    assert lifetime == timedelta(days=3)


async def test_concurrent_refreshes_with_one_token_share_one_successor(
    client: ApiClient,
) -> None:
    await client.signup("w@example.com", "password-1")
    tokens = await client.tokens("w@example.com", "password-1")
    responses = await asyncio.gather(
        *(client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]}) for _ in range(5))
    )
    assert [r.status_code for r in responses] == [200] * 5
    pairs = {(r.json()["access_token"], r.json()["refresh_token"]) for r in responses}
    assert len(pairs) == 1  # the very same pair, so no client is logged out
    # One successor was stored: the family has one live head.
    heads = await RefreshToken.find(RefreshToken.used_at == None).to_list()  # noqa: E711
    assert len(heads) == 1


async def test_refresh_with_an_unknown_or_expired_token_is_401(client: ApiClient) -> None:
    assert (await client.post(REFRESH, json={"refresh_token": "made-up"})).status_code == 401
    await client.signup("w@example.com", "password-1")
    tokens = await client.tokens("w@example.com", "password-1")
    await RefreshToken.find_all().update({"$set": {"expires_at": utcnow() - timedelta(seconds=1)}})
    assert (
        await client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]})
    ).status_code == 401


async def test_refresh_for_a_deactivated_user_is_401(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    tokens = await client.tokens("w@example.com", "password-1")
    await User.find_one(User.email == "w@example.com").update({"$set": {"is_active": False}})
    assert (
        await client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]})
    ).status_code == 401


async def test_logout_revokes_the_refresh_token(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    tokens = await client.tokens("w@example.com", "password-1")
    response = await client.post(LOGOUT, json={"refresh_token": tokens["refresh_token"]})
    assert response.status_code == 204
    assert response.content == b""
    assert (
        await client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]})
    ).status_code == 401


async def test_logout_with_only_a_bearer_token_ends_every_session(client: ApiClient) -> None:
    await client.signup("w@example.com", "password-1")
    one = await client.tokens("w@example.com", "password-1")
    two = await client.tokens("w@example.com", "password-1")
    assert (await client.post(LOGOUT, headers=bearer(one))).status_code == 204
    for tokens in (one, two):
        assert (
            await client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]})
        ).status_code == 401


async def test_logout_cannot_revoke_another_users_session(client: ApiClient) -> None:
    await client.signup("a@example.com", "password-1")
    await client.signup("b@example.com", "password-1")
    victim = await client.tokens("a@example.com", "password-1")
    attacker = await client.login("b@example.com", "password-1")
    await client.post(LOGOUT, json={"refresh_token": victim["refresh_token"]}, headers=attacker)
    assert (
        await client.post(REFRESH, json={"refresh_token": victim["refresh_token"]})
    ).status_code == 200


async def test_logout_with_nothing_is_401(client: ApiClient) -> None:
    assert (await client.post(LOGOUT)).status_code == 401


async def test_auth_endpoints_are_rate_limited_per_client_ip(
    settings_factory: SettingsFactory,
) -> None:
    app = create_app(settings_factory(auth_rate_limit="3/minute"))
    body = {"email": "nobody@example.com", "password": "password-1"}
    async with LifespanManager(app):
        first_ip = ASGITransport(app=app, client=("203.0.113.1", 1000))
        async with ApiClient(transport=first_ip, base_url="http://t") as http:
            statuses = [(await http.post(LOGIN, json=body)).status_code for _ in range(4)]
            limited = await http.post(LOGIN, json=body)
            me = await http.get(ME)  # another endpoint has its own budget
        second_ip = ASGITransport(app=app, client=("203.0.113.2", 1000))
        async with ApiClient(transport=second_ip, base_url="http://t") as http:
            other_ip = await http.post(LOGIN, json=body)
    assert statuses == [401, 401, 401, 429]
    assert limited.status_code == 429
    assert limited.json() == {"detail": "Too many requests", "code": "rate_limited"}
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    assert me.status_code == 401
    assert other_ip.status_code == 401
