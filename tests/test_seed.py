import pytest
from pydantic import SecretStr

import seed
from app.models import Blog, BlogStatus, Page, SiteSettings, User
from core.config import Settings
from tests.conftest import SettingsFactory
from tests.helpers import API, ApiClient


async def test_seed_creates_admin_settings_and_sample_content_once(
    client: ApiClient, settings: Settings
) -> None:
    first = await seed.seed_database(settings)
    second = await seed.seed_database(settings)
    assert first.admin_created and first.settings_created and first.created
    assert not second.admin_created and not second.settings_created and second.created == []

    assert await User.find(User.role == "admin").count() == 1
    assert await SiteSettings.find_all().count() == 1
    assert await Page.find(Page.published == True).count() >= 2  # noqa: E712
    assert await Blog.find(Blog.status == BlogStatus.PUBLISHED).count() >= 3
    assert await Blog.find(Blog.status == BlogStatus.SAVED).count() >= 1

    assert settings.admin_password is not None
    tokens = await client.tokens(settings.admin_email, settings.admin_password.get_secret_value())
    me = (
        await client.get(
            f"{API}/auth/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
        )
    ).json()
    assert me["role"] == "admin"
    public = (await client.get(f"{API}/posts")).json()
    assert public["total"] >= 3
    assert (await client.get(f"{API}/settings")).json()["site_name"] == settings.app_name


async def test_seed_admin_only_creates_no_content(client: ApiClient, settings: Settings) -> None:
    report = await seed.seed_database(settings, samples=False)
    assert report.admin_created
    assert await Blog.find_all().count() == 0 and await Page.find_all().count() == 0


async def test_seed_keeps_an_existing_admins_password_and_restores_the_role(
    client: ApiClient, settings: Settings
) -> None:
    await client.signup(settings.admin_email, "chosen-password")
    await User.find_one(User.email == settings.admin_email).update({"$set": {"is_active": False}})
    await seed.seed_database(settings, samples=False)
    user = await User.find_one(User.email == settings.admin_email)
    assert user is not None and user.role == "admin" and user.is_active
    await client.login(settings.admin_email, "chosen-password")


@pytest.mark.parametrize(
    ("env", "password"),
    [
        ("dev", None),
        ("dev", "short"),
        ("production", "change-me-please"),
        ("production", "only-11-chr"),
    ],
)
def test_seed_refuses_a_missing_or_weak_admin_password(
    settings_factory: SettingsFactory, env: str, password: str | None
) -> None:
    settings = settings_factory(env=env, admin_password=SecretStr(password) if password else None)
    with pytest.raises(SystemExit):
        seed.admin_password(settings)
