from tests.helpers import API, ApiClient

SETTINGS = f"{API}/settings"


async def test_defaults_before_anything_is_saved(client: ApiClient) -> None:
    response = await client.get(SETTINGS)
    assert response.status_code == 200
    body = response.json()
    assert body["site_name"] == "Inkwell CMS API"
    assert body["social_links"] == {} and body["logo_url"] is None
    assert (await client.get(SETTINGS)).json() == body  # stable, so it can be cached


async def test_admin_updates_settings_partially(client: ApiClient, admin: dict[str, str]) -> None:
    first = await client.put(
        SETTINGS,
        json={"site_name": "Inkwell", "social_links": {"github": "https://github.com/inkwell"},
              "logo_url": "https://cdn.example.com/logo.png"},
        headers=admin,
    )  # fmt: skip
    assert first.status_code == 200
    second = (
        await client.put(SETTINGS, json={"tagline": "Words", "logo_url": None}, headers=admin)
    ).json()
    assert second["site_name"] == "Inkwell"
    assert second["tagline"] == "Words"
    assert second["logo_url"] is None
    assert second["social_links"] == {"github": "https://github.com/inkwell"}
    assert (await client.get(SETTINGS)).json() == second


async def test_only_admins_change_settings(client: ApiClient, writer: dict[str, str]) -> None:
    assert (await client.put(SETTINGS, json={"tagline": "x"}, headers=writer)).status_code == 403
    assert (await client.put(SETTINGS, json={"tagline": "x"})).status_code == 401


async def test_bad_settings_are_422(client: ApiClient, admin: dict[str, str]) -> None:
    for body in (
        {"social_links": {"x": "javascript:alert(1)"}},
        {"site_name": ""},
        {"site_name": None},
        {"logo_url": "not a url"},
        {"theme": "dark"},
    ):
        assert (await client.put(SETTINGS, json=body, headers=admin)).status_code == 422, body
