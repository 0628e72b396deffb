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


async def test_social_links_merge_and_null_removes(
    client: ApiClient, admin: dict[str, str]
) -> None:
    links = {"github": "https://github.com/inkwell", "dev.to": "https://dev.to/inkwell"}
    first = await client.put(SETTINGS, json={"social_links": links}, headers=admin)
    assert first.status_code == 200, first.text
    assert first.json()["social_links"] == links
    merged = await client.put(
        SETTINGS,
        json={"social_links": {"mastodon": "https://mastodon.social/@ink", "github": None,
                               "dev.to": "https://dev.to/ink2"}},
        headers=admin,
    )  # fmt: skip
    assert merged.status_code == 200, merged.text
    expected = {"dev.to": "https://dev.to/ink2", "mastodon": "https://mastodon.social/@ink"}
    assert merged.json()["social_links"] == expected
    # Other fields leave the links alone; removing a name that is not there is a no-op.
    untouched = await client.put(
        SETTINGS, json={"tagline": "x", "social_links": {"nope": None}}, headers=admin
    )
    assert untouched.json()["social_links"] == expected
    assert (await client.get(SETTINGS)).json()["social_links"] == expected


async def test_social_links_merge_on_first_save(client: ApiClient, admin: dict[str, str]) -> None:
    response = await client.put(
        SETTINGS, json={"social_links": {"a": "https://a.example", "b": None}}, headers=admin
    )
    assert response.status_code == 200, response.text
    assert response.json()["social_links"] == {"a": "https://a.example"}


async def test_social_links_are_capped_after_merging(
    client: ApiClient, admin: dict[str, str]
) -> None:
    first = {f"site{i}": f"https://{i}.example" for i in range(15)}
    assert (
        await client.put(SETTINGS, json={"social_links": first}, headers=admin)
    ).status_code == 200
    more = {f"more{i}": f"https://m{i}.example" for i in range(6)}
    response = await client.put(SETTINGS, json={"social_links": more}, headers=admin)
    assert response.status_code == 422
    assert response.json()["code"] == "unprocessable"
    assert len((await client.get(SETTINGS)).json()["social_links"]) == 15  # nothing written


async def test_concurrent_link_merges_lose_nothing(
    client: ApiClient, admin: dict[str, str]
) -> None:
    import asyncio

    await client.put(SETTINGS, json={"tagline": "start"}, headers=admin)
    names = [f"n{i}" for i in range(8)]
    responses = await asyncio.gather(
        *(
            client.put(SETTINGS, json={"social_links": {n: f"https://{n}.example"}}, headers=admin)
            for n in names
        )
    )
    assert all(r.status_code in (200, 409) for r in responses)
    stored = (await client.get(SETTINGS)).json()["social_links"]
    saved = {n for n, r in zip(names, responses, strict=True) if r.status_code == 200}
    assert set(stored) == saved and saved
