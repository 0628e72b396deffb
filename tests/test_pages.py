from typing import Any

import pytest

from tests.helpers import API, ApiClient

PAGES = f"{API}/pages"


async def create_page(client: ApiClient, admin: dict[str, str], **fields: Any) -> dict[str, Any]:
    defaults = (
        {"title": "About us"}
        if "body" in fields
        else {"title": "About us", "markdown": "We *write*."}
    )
    response = await client.post(PAGES, json={**defaults, **fields}, headers=admin)
    assert response.status_code == 201, response.text
    page: dict[str, Any] = response.json()
    return page


async def test_admin_creates_a_page(client: ApiClient, admin: dict[str, str]) -> None:
    page = await create_page(
        client, admin, meta_title="About", og_image_url="https://cdn.example.com/a.png"
    )
    assert page["slug"] == "about-us"
    assert page["body"] == "<p>We <em>write</em>.</p>"
    assert page["published"] is False
    assert page["meta_title"] == "About"


async def test_writers_and_anonymous_users_cannot_write_pages(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    assert (await client.post(PAGES, json={"title": "x"}, headers=writer)).status_code == 403
    assert (await client.post(PAGES, json={"title": "x"})).status_code == 401
    page = await create_page(client, admin)
    assert (
        await client.put(f"{PAGES}/{page['id']}", json={"title": "y"}, headers=writer)
    ).status_code == 403
    assert (await client.delete(f"{PAGES}/{page['id']}", headers=writer)).status_code == 403


async def test_public_sees_only_published_pages(client: ApiClient, admin: dict[str, str]) -> None:
    await create_page(client, admin, title="Home", published=True, body="<p>Welcome</p>")
    await create_page(client, admin, title="Draft page")
    listing = (await client.get(PAGES)).json()
    assert [p["slug"] for p in listing["items"]] == ["home"]
    assert listing["total"] == 1 and "body" not in listing["items"][0]
    home = await client.get(f"{PAGES}/home")
    assert home.status_code == 200 and home.json()["body"] == "<p>Welcome</p>"
    assert "markdown" not in home.json()
    assert (await client.get(f"{PAGES}/draft-page")).status_code == 404
    assert (await client.get(f"{PAGES}/draft-page", headers=admin)).status_code == 404


async def test_admin_lists_and_reads_drafts(client: ApiClient, admin: dict[str, str]) -> None:
    page = await create_page(client, admin, title="Draft page")
    listing = (await client.get(f"{API}/admin/pages", headers=admin)).json()
    assert [p["slug"] for p in listing["items"]] == ["draft-page"]
    one = await client.get(f"{API}/admin/pages/{page['id']}", headers=admin)
    assert one.status_code == 200 and one.json()["markdown"] == "We *write*."


async def test_admin_updates_publishes_and_deletes_a_page(
    client: ApiClient, admin: dict[str, str]
) -> None:
    page = await create_page(client, admin, meta_description="Old")
    url = f"{PAGES}/{page['id']}"
    updated = (
        await client.put(url, json={"published": True, "meta_description": None}, headers=admin)
    ).json()
    assert updated["published"] is True and updated["meta_description"] is None
    assert updated["title"] == "About us"
    assert (await client.get(f"{PAGES}/about-us")).status_code == 200
    assert (await client.delete(url, headers=admin)).status_code == 204
    assert (await client.get(f"{PAGES}/about-us")).status_code == 404
    assert (await client.delete(url, headers=admin)).status_code == 404


async def test_page_slugs_are_unique(client: ApiClient, admin: dict[str, str]) -> None:
    await create_page(client, admin, slug="about")
    response = await client.post(PAGES, json={"title": "Again", "slug": "about"}, headers=admin)
    assert response.status_code == 409
    other = await create_page(client, admin, title="Other")
    assert (
        await client.put(f"{PAGES}/{other['id']}", json={"slug": "about"}, headers=admin)
    ).status_code == 409


async def test_page_html_is_sanitised(client: ApiClient, admin: dict[str, str]) -> None:
    page = await create_page(client, admin, body='<a href="javascript:x()">x</a><script>1</script>')
    assert page["body"] == "<a>x</a>"


@pytest.mark.parametrize(
    "fields",
    [{"title": ""}, {"title": "x", "slug": "UPPER"}, {"title": "x", "og_image_url": "ftp://x/y"},
     {"title": "x", "meta_description": "d" * 501}, {"title": "x", "unknown": 1}],
)  # fmt: skip
async def test_bad_page_input_is_422(
    client: ApiClient, admin: dict[str, str], fields: dict[str, Any]
) -> None:
    assert (await client.post(PAGES, json=fields, headers=admin)).status_code == 422


async def test_malformed_page_ids_are_404(client: ApiClient, admin: dict[str, str]) -> None:
    assert (
        await client.put(f"{PAGES}/nope", json={"title": "x"}, headers=admin)
    ).status_code == 404
    assert (await client.get(f"{API}/admin/pages/nope", headers=admin)).status_code == 404
