"""The media library (/api/v1/assets) and responsive renditions (/uploads/<name>?w=&fm=)."""

import asyncio
import io
from typing import Any

import pytest
from fastapi import FastAPI
from PIL import Image

from core.config import Settings
from tests.helpers import API, ApiClient
from tests.test_uploads import image_bytes, upload

ASSETS = f"{API}/assets"


async def uploaded(
    client: ApiClient, headers: dict[str, str], size: tuple[int, int] = (1000, 500)
) -> dict[str, Any]:
    response = await upload(client, headers, image_bytes("JPEG", size), name="p.jpg")
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def name_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


async def test_upload_answer_has_id_alt_and_a_tiny_placeholder(
    client: ApiClient, writer: dict[str, str]
) -> None:
    body = await uploaded(client, writer)
    assert body["id"] and body["alt"] == ""
    assert body["placeholder"].startswith("data:image/webp;base64,")
    assert len(body["placeholder"]) < 1000
    asset = (await client.get(f"{ASSETS}/{body['id']}", headers=writer)).json()
    assert asset["url"] == body["url"] and asset["placeholder"] == body["placeholder"]
    assert (asset["width"], asset["height"], asset["bytes"]) == (1000, 500, body["size"])


async def test_list_is_own_and_admins_see_all(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str], admin: dict[str, str]
) -> None:
    mine = [await uploaded(client, writer, (20, 10)) for _ in range(3)]
    theirs = await uploaded(client, other_writer, (20, 10))
    page = (await client.get(ASSETS, params={"per_page": 2}, headers=writer)).json()
    assert page["total"] == 3 and page["total_pages"] == 2 and len(page["items"]) == 2
    assert page["items"][0]["id"] == mine[-1]["id"]  # newest first
    everyone = (await client.get(ASSETS, headers=admin)).json()
    assert everyone["total"] == 4
    assert (await client.get(f"{ASSETS}/{theirs['id']}", headers=writer)).status_code == 404
    assert (await client.get(f"{ASSETS}/{theirs['id']}", headers=admin)).status_code == 200
    assert (await client.get(ASSETS)).status_code == 401


async def test_alt_text_is_edited(client: ApiClient, writer: dict[str, str]) -> None:
    body = await uploaded(client, writer, (20, 10))
    url = f"{ASSETS}/{body['id']}"
    changed = await client.patch(url, json={"alt": "  A teal square "}, headers=writer)
    assert changed.status_code == 200 and changed.json()["alt"] == "A teal square"
    assert (await client.get(url, headers=writer)).json()["alt"] == "A teal square"
    too_long = await client.patch(url, json={"alt": "x" * 301}, headers=writer)
    assert too_long.status_code == 422


async def test_delete_in_use_is_409_unless_an_admin_forces(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str], settings: Settings
) -> None:
    body = await uploaded(client, writer)
    name = name_of(body["url"])
    await client.create_post(writer, featured_image_url=body["url"])
    assert (await client.get(f"/uploads/{name}?w=320&fm=webp")).status_code == 200
    refused = await client.delete(f"{ASSETS}/{body['id']}", headers=writer)
    assert refused.status_code == 409 and refused.json()["code"] == "asset_in_use"
    not_admin = await client.delete(f"{ASSETS}/{body['id']}?force=true", headers=writer)
    assert not_admin.status_code == 403
    forced = await client.delete(f"{ASSETS}/{body['id']}?force=true", headers=admin)
    assert forced.status_code == 204
    assert not any(p.name.startswith(name.split(".")[0]) for p in settings.upload_dir.iterdir())
    assert (await client.get(f"{ASSETS}/{body['id']}", headers=admin)).status_code == 404


async def test_unused_asset_is_deleted_by_its_owner(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str]
) -> None:
    body = await uploaded(client, writer, (20, 10))
    assert (await client.delete(f"{ASSETS}/{body['id']}", headers=other_writer)).status_code == 404
    assert (await client.delete(f"{ASSETS}/{body['id']}", headers=writer)).status_code == 204
    assert (await client.get(f"/uploads/{name_of(body['url'])}")).status_code == 404


@pytest.mark.parametrize(("fm", "pil", "ctype"), [
    ("webp", "WEBP", "image/webp"), ("avif", "AVIF", "image/avif"),
    ("jpeg", "JPEG", "image/jpeg"), ("png", "PNG", "image/png"),
])  # fmt: skip
async def test_rendition_has_the_width_and_format(
    client: ApiClient, writer: dict[str, str], fm: str, pil: str, ctype: str
) -> None:
    name = name_of((await uploaded(client, writer))["url"])
    response = await client.get(f"/uploads/{name}?w=640&fm={fm}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == ctype
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    image = Image.open(io.BytesIO(response.content))
    assert (image.format, image.size) == (pil, (640, 320))
    etag = response.headers["etag"]
    again = await client.get(f"/uploads/{name}?w=640&fm={fm}", headers={"If-None-Match": etag})
    assert again.status_code == 304
    head = await client.head(f"/uploads/{name}?w=640&fm={fm}")
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"] == etag


async def test_renditions_are_never_upscaled_and_default_to_the_original_format(
    client: ApiClient, writer: dict[str, str]
) -> None:
    name = name_of((await uploaded(client, writer, (500, 250)))["url"])
    response = await client.get(f"/uploads/{name}?w=1920")
    image = Image.open(io.BytesIO(response.content))
    assert (image.format, image.size) == ("JPEG", (500, 250))


@pytest.mark.parametrize("query", [
    "w=641", "w=640&fm=tiff", "w=abc", "fm=webp", "w=640&w=320", "w=640&q=90", "w=",
])  # fmt: skip
async def test_anything_outside_the_allow_lists_is_400(
    client: ApiClient, writer: dict[str, str], query: str
) -> None:
    name = name_of((await uploaded(client, writer, (20, 10)))["url"])
    response = await client.get(f"/uploads/{name}?{query}")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_rendition"
    assert response.headers["cache-control"] == "no-store"


async def test_renditions_of_missing_files_are_404(client: ApiClient) -> None:
    response = await client.get("/uploads/nothere.jpg?w=640")
    assert response.status_code == 404 and response.json()["code"] == "not_found"
    assert (await client.get("/uploads/..%2Fmain.py?w=640")).status_code == 404


async def test_concurrent_requests_render_once(
    client: ApiClient, app: FastAPI, writer: dict[str, str]
) -> None:
    name = name_of((await uploaded(client, writer, (1200, 800)))["url"])
    before = app.state.renditions.renders
    responses = await asyncio.gather(
        *(client.get(f"/uploads/{name}?w=960&fm=webp") for _ in range(20))
    )
    assert {r.status_code for r in responses} == {200}
    assert len({r.content for r in responses}) == 1
    assert app.state.renditions.renders == before + 1


async def test_originals_are_served_as_before(client: ApiClient, writer: dict[str, str]) -> None:
    body = await uploaded(client, writer, (20, 10))
    served = await client.get(f"/uploads/{name_of(body['url'])}")
    assert served.status_code == 200 and len(served.content) == body["size"]
    assert served.headers["x-content-type-options"] == "nosniff"


def test_image_widths_setting_is_validated(settings: Settings) -> None:
    assert settings.image_widths == [320, 640, 960, 1280, 1920]
    changed = Settings.model_validate({**settings.model_dump(), "image_widths": "800, 400"})
    assert changed.image_widths == [400, 800]
    with pytest.raises(ValueError, match="widths"):
        Settings.model_validate({**settings.model_dump(), "image_widths": "4"})


async def test_posts_answer_featured_image_with_srcset_and_alt(
    client: ApiClient, writer: dict[str, str]
) -> None:
    body = await uploaded(client, writer)  # 1000 x 500
    await client.patch(f"{ASSETS}/{body['id']}", json={"alt": "Teal"}, headers=writer)
    post = await client.create_post(writer, featured_image_url=body["url"])
    image = post["featured_image"]
    assert image["url"] == post["featured_image_url"] == body["url"]
    assert (image["width"], image["height"], image["alt"]) == (1000, 500, "Teal")
    assert image["placeholder"] == body["placeholder"]
    assert image["srcset"] == ", ".join(f"{body['url']}?w={w} {w}w" for w in (320, 640, 960))
    await client.patch(f"{ASSETS}/{body['id']}", json={"alt": "Sea"}, headers=writer)
    again = (await client.get(f"{API}/blogs/{post['id']}", headers=writer)).json()
    assert again["featured_image"]["alt"] == "Sea"  # the media library keeps posts in step
    other = await client.put(
        f"{API}/blogs/{post['id']}",
        json={"featured_image_url": "https://cdn.example.com/a.jpg"},
        headers=writer,
    )
    assert other.status_code == 200, other.text
    assert other.json()["featured_image"] is None


async def test_pages_and_settings_answer_og_image_and_logo(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    body = await uploaded(client, admin, (700, 350))
    await client.patch(f"{ASSETS}/{body['id']}", json={"alt": "Logo"}, headers=admin)
    page = await client.post(
        f"{API}/pages", json={"title": "About", "og_image_url": body["url"]}, headers=admin
    )
    assert page.status_code == 201, page.text
    og = page.json()["og_image"]
    assert (og["url"], og["width"], og["alt"]) == (body["url"], 700, "Logo")
    assert og["srcset"] == f"{body['url']}?w=320 320w, {body['url']}?w=640 640w"
    await client.put(f"{API}/settings", json={"logo_url": body["url"]}, headers=admin)
    assert (await client.get(f"{API}/settings")).json()["logo"]["alt"] == "Logo"  # now cached
    await client.patch(f"{ASSETS}/{body['id']}", json={"alt": "Our logo"}, headers=admin)
    logo = (await client.get(f"{API}/settings")).json()["logo"]
    assert (logo["url"], logo["height"], logo["alt"]) == (body["url"], 350, "Our logo")
