"""Steps shared by the accounts tests."""

from datetime import timedelta

from app.models import RefreshToken
from app.services import users
from tests.helpers import API, ApiClient

ADMIN_EMAIL = "admin@example.com"
ADMIN_PASSWORD = "admin-password-for-tests"  # as in conftest's settings_factory


async def admin_headers(http: ApiClient) -> dict[str, str]:
    await users.ensure_admin(email=ADMIN_EMAIL, password=ADMIN_PASSWORD)
    return await http.login(ADMIN_EMAIL, ADMIN_PASSWORD)


async def age_used_refresh_tokens(seconds: float) -> None:
    """Move every used refresh token's use `seconds` into the past (past the grace window)."""
    async for record in RefreshToken.find(RefreshToken.used_at != None):  # noqa: E711
        assert record.used_at is not None
        await record.set({"used_at": record.used_at - timedelta(seconds=seconds)})


async def audit_actions(http: ApiClient, admin: dict[str, str], **query: str) -> list[str]:
    response = await http.get(
        f"{API}/admin/audit", params={"per_page": 100, **query}, headers=admin
    )
    assert response.status_code == 200, response.text
    return [entry["action"] for entry in response.json()["items"]]
