"""Login is limited per IP and per account; the per-account limit holds across IPs."""

from asgi_lifespan import LifespanManager
from httpx import ASGITransport

from main import create_app
from tests.conftest import SettingsFactory
from tests.helpers import API, ApiClient

LOGIN = f"{API}/auth/login"
PROXY = "10.0.0.5"


async def _client_behind_proxy(app: object) -> ApiClient:
    transport = ASGITransport(app=app, client=(PROXY, 40000))  # type: ignore[arg-type]
    return ApiClient(transport=transport, base_url="http://t")


async def test_per_account_login_limit_holds_across_ips(settings_factory: SettingsFactory) -> None:
    settings = settings_factory(
        trusted_proxies=["10.0.0.0/8"],
        auth_rate_limit="100/minute",
        login_account_rate_limit="3/15minutes",
    )
    app = create_app(settings)
    async with LifespanManager(app) as manager:
        http = await _client_behind_proxy(manager.app)
        async with http:
            await http.signup("victim@example.com", "password-1")
            await http.signup("bystander@example.com", "password-1")
            wrong = {"email": "victim@example.com", "password": "guess-guess"}
            statuses = [
                (
                    await http.post(
                        LOGIN, json=wrong, headers={"X-Forwarded-For": f"203.0.113.{i}"}
                    )
                ).status_code
                for i in range(1, 6)
            ]
            right = {"email": "victim@example.com", "password": "password-1"}
            locked = await http.post(LOGIN, json=right, headers={"X-Forwarded-For": "203.0.113.99"})
            other = await http.post(
                LOGIN,
                json={"email": "bystander@example.com", "password": "password-1"},
                headers={"X-Forwarded-For": "203.0.113.1"},
            )
    # Three failures from three addresses use up the account's budget; the fourth and fifth
    # address are refused before any password check, and so is the right password for now.
    assert statuses == [401, 401, 401, 429, 429]
    assert locked.status_code == 429
    assert 1 <= int(locked.headers["retry-after"]) <= 15 * 60
    assert other.status_code == 200  # other accounts, even from a used IP, are unaffected


async def test_successful_logins_do_not_use_the_account_budget(
    settings_factory: SettingsFactory,
) -> None:
    app = create_app(settings_factory(login_account_rate_limit="2/15minutes"))
    async with LifespanManager(app) as manager:
        transport = ASGITransport(app=manager.app)
        async with ApiClient(transport=transport, base_url="http://t") as http:
            await http.signup("w@example.com", "password-1")
            for _ in range(4):  # a front end signing in again and again: each one a 200
                await http.tokens("w@example.com", "password-1")


async def test_per_ip_limit_counts_the_forwarded_client(settings_factory: SettingsFactory) -> None:
    settings = settings_factory(trusted_proxies=["10.0.0.0/8"], auth_rate_limit="2/minute")
    app = create_app(settings)
    body = {"email": "nobody@example.com", "password": "password-1"}
    async with LifespanManager(app) as manager, await _client_behind_proxy(manager.app) as http:
        same = [
            (
                await http.post(LOGIN, json=body, headers={"X-Forwarded-For": "198.51.100.1"})
            ).status_code
            for _ in range(3)
        ]
        fresh = await http.post(LOGIN, json=body, headers={"X-Forwarded-For": "198.51.100.2"})
    assert same == [401, 401, 429]
    assert fresh.status_code == 401  # another client behind the same proxy
