"""The `site_url` site setting: an http(s) origin, normalised, admin-edited, public to read."""

from tests.helpers import API, ApiClient

SETTINGS = f"{API}/settings"


async def test_site_url_is_normalised_public_and_clearable(
    client: ApiClient, admin: dict[str, str]
) -> None:
    assert (await client.get(SETTINGS)).json()["site_url"] is None
    response = await client.put(
        SETTINGS, json={"site_url": " HTTPS://WWW.Example.com/ "}, headers=admin
    )
    assert response.status_code == 200
    assert response.json()["site_url"] == "https://www.example.com"
    assert (await client.get(SETTINGS)).json()["site_url"] == "https://www.example.com"
    await client.put(SETTINGS, json={"site_url": "http://localhost:5173"}, headers=admin)
    assert (await client.get(SETTINGS)).json()["site_url"] == "http://localhost:5173"
    cleared = await client.put(SETTINGS, json={"site_url": None}, headers=admin)
    assert cleared.json()["site_url"] is None


NOT_ORIGINS = [
    "www.example.com",
    "ftp://example.com",
    "javascript:alert(1)",
    "https://example.com/blog",
    "https://example.com?x=1",
    "https://example.com#top",
    "https://user:pass@example.com",
    "https://example.com:99999",
    "https://",
    "https://exa mple.com",
    "https://example.com\x00",
    "https://" + "a" * 200 + ".com",
    "",
]


async def test_site_url_must_be_an_origin(client: ApiClient, admin: dict[str, str]) -> None:
    for value in NOT_ORIGINS:
        response = await client.put(SETTINGS, json={"site_url": value}, headers=admin)
        assert response.status_code == 422, value
        assert response.json()["code"] == "validation_error"
