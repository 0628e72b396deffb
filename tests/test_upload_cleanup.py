"""Unreferenced uploads are removed after the grace period, once, whoever runs the loop."""

import asyncio
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI

from app.models import Asset
from app.services import assets
from app.services.storage import LocalImageStorage
from core.config import Settings
from tests.helpers import API, ApiClient
from tests.test_image_limits import animation, upload

GRACE = timedelta(hours=24)


async def stored_name(client: ApiClient, headers: dict[str, str]) -> str:
    response = await upload(client, headers, animation("PNG", (4, 4), 1))
    assert response.status_code == 201, response.text
    return str(response.json()["url"]).rsplit("/", 1)[1]


async def test_only_old_unreferenced_files_are_removed(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str], settings: Settings
) -> None:
    featured, in_body, in_page, logo, orphan = [await stored_name(client, writer) for _ in range(5)]
    base = settings.public_base_url
    await client.create_post(writer, featured_image_url=f"{base}/uploads/{featured}")
    await client.create_post(writer, markdown=f"Look: ![x](/uploads/{in_body})")
    page = await client.post(
        f"{API}/pages",
        json={"title": "P", "body": f'<img src="/uploads/{in_page}">'},
        headers=admin,
    )
    assert page.status_code == 201
    settings_update = await client.put(
        f"{API}/settings", json={"logo_url": f"/uploads/{logo}"}, headers=admin
    )
    assert settings_update.status_code == 200, settings_update.text
    storage = LocalImageStorage(settings.upload_dir)
    now = datetime.now(UTC)

    assert await assets.cleanup_orphans(storage=storage, grace=GRACE, now=now) == 0  # all young
    later = now + GRACE + timedelta(minutes=1)
    assert await assets.cleanup_orphans(storage=storage, grace=GRACE, now=later) == 1
    assert await assets.cleanup_orphans(storage=storage, grace=GRACE, now=later) == 0

    left = {asset.filename for asset in await Asset.find_all().to_list()}
    assert left == {featured, in_body, in_page, logo}
    assert not (settings.upload_dir / orphan).exists()
    assert all((settings.upload_dir / name).is_file() for name in left)
    assert (await client.get(f"/uploads/{orphan}")).status_code == 404


async def test_two_cleaners_remove_each_file_once(
    client: ApiClient, writer: dict[str, str], settings: Settings
) -> None:
    names = {await stored_name(client, writer) for _ in range(4)}
    storage = LocalImageStorage(settings.upload_dir)
    later = datetime.now(UTC) + GRACE * 2
    counts = await asyncio.gather(
        *(assets.cleanup_orphans(storage=storage, grace=GRACE, now=later) for _ in range(2))
    )
    assert sum(counts) == len(names)
    assert await Asset.find_all().count() == 0
    assert not any((settings.upload_dir / name).exists() for name in names)


async def test_the_cleanup_loop_is_registered(app: FastAPI, settings: Settings) -> None:
    supervisor = app.state.supervisor
    assert "upload-cleanup" in supervisor.stats()
    for _ in range(100):  # its first run happens at start-up
        if supervisor.stats()["upload-cleanup"]["runs"]:
            break
        await asyncio.sleep(0.02)
    assert supervisor.stats()["upload-cleanup"] == {"runs": 1, "failures": 0}
    assert settings.upload_orphan_grace_hours == 24


async def test_avatars_and_old_revisions_keep_their_files(
    client: ApiClient, writer: dict[str, str], settings: Settings
) -> None:
    avatar, old_cover, orphan = [await stored_name(client, writer) for _ in range(3)]
    profile = await client.patch(
        f"{API}/auth/me", json={"avatar": f"/uploads/{avatar}"}, headers=writer
    )
    assert profile.status_code == 200, profile.text
    post = await client.create_post(writer, featured_image_url=f"/uploads/{old_cover}")
    # The post moves on to another cover: only its first revision still names the old one.
    edit = await client.put(
        f"{API}/blogs/{post['id']}", json={"featured_image_url": None}, headers=writer
    )
    assert edit.status_code == 200, edit.text
    storage = LocalImageStorage(settings.upload_dir)
    later = datetime.now(UTC) + GRACE + timedelta(minutes=1)
    assert await assets.cleanup_orphans(storage=storage, grace=GRACE, now=later) == 1
    left = {asset.filename for asset in await Asset.find_all().to_list()}
    assert left == {avatar, old_cover}
    assert orphan not in left
