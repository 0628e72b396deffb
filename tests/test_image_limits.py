"""Image decode limits from the headers, concurrency, rate limit, quota and asset records."""

import asyncio
import io
import random
import struct
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from PIL import Image

from app.models import Asset
from app.services.image_headers import Measure, measure
from core.config import Settings
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient
from tests.live_server import LiveServer

UPLOAD = f"{API}/uploads/images"


def sparse_gif(width: int, height: int, frames: int) -> bytes:
    """An animation of 1 x 1 frames at different spots on a big canvas: tiny on disk, and a
    full canvas per frame once decoded (the issue's memory bomb)."""
    out = bytearray(b"GIF89a")
    out += struct.pack("<HHBBB", width, height, 0x80, 0, 0)  # a 2-colour global palette
    out += b"\x00\x00\x00\xff\xff\xff"
    out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"  # loop forever
    for i in range(frames):
        x, y = (i * 997) % width, (i * 991) % height
        out += b"\x21\xf9\x04\x04\x0a\x00\x00\x00"  # graphic control: keep, 100 ms
        out += b"\x2c" + struct.pack("<HHHHB", x, y, 1, 1, 0)
        out += b"\x02\x02\x44\x01\x00"  # LZW: clear, pixel 0, end
    out += b"\x3b"
    return bytes(out)


def animation(fmt: str, size: tuple[int, int], frames: int) -> bytes:
    images = [Image.new("RGB", size, (i * 40 % 256, 0, 0)) for i in range(frames)]
    out = io.BytesIO()
    images[0].save(out, format=fmt, save_all=True, append_images=images[1:], duration=100)
    return out.getvalue()


def noise_png(side: int) -> bytes:
    """Uniform random pixels, seeded: incompressible, so the stored size is known (~3 bytes a
    pixel) whatever ran before. (Pillow's `effect_noise` is clipped Gaussian noise from an
    unseeded generator: its PNG was ~0.7 of that, and varied around the quota test's edge.)"""
    pixels = random.Random(side).randbytes(side * side * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(out, format="PNG")
    return out.getvalue()


async def upload(http: ApiClient, headers: dict[str, str], data: bytes) -> httpx.Response:
    return await http.post(UPLOAD, files={"file": ("x.bin", data, "image/gif")}, headers=headers)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_headers_give_canvas_and_frames_without_decoding() -> None:
    bomb = sparse_gif(6320, 6320, 25)
    assert len(bomb) < 1500
    assert measure(bomb, "GIF", stop_after_frames=300) == Measure(6320, 6320, 25)
    second = measure(sparse_gif(4000, 4000, 60), "GIF", stop_after_frames=300)
    assert second is not None and second.total_pixels == 4000 * 4000 * 60
    # Counting stops just past the limit, however many frames follow.
    many = measure(sparse_gif(8, 8, 5000), "GIF", stop_after_frames=10)
    assert many is not None and many.frames == 11
    assert measure(animation("PNG", (30, 20), 4), "PNG", stop_after_frames=300) == Measure(
        30, 20, 4
    )
    assert measure(animation("WEBP", (30, 20), 3), "WEBP", stop_after_frames=300) == Measure(
        30, 20, 3
    )


def test_a_frame_outside_the_canvas_counts_as_pixels() -> None:
    # Pillow widens the canvas to fit a frame: a 1 x 1 screen can hide an 8000 x 8000 frame.
    gif = bytearray(sparse_gif(1, 1, 1))
    gif[13 + 6 + 19 + 8 + 5 : 13 + 6 + 19 + 8 + 9] = struct.pack("<HH", 8000, 8000)
    assert measure(bytes(gif), "GIF", stop_after_frames=300) == Measure(8000, 8000, 1)


def test_sparse_gif_bombs_are_refused_fast_with_bounded_memory(
    live_server: Callable[..., LiveServer],
) -> None:
    """413 (like every other too-large decode here), before a single frame is decoded."""
    server = live_server()
    assert server.process is not None
    base = server.url
    with httpx.Client(base_url=base, timeout=30) as http:
        http.post(
            f"{API}/auth/signup",
            json={"email": "g@example.com", "password": "a-long-and-rare-passphrase-9"},
        )
        token = http.post(
            f"{API}/auth/login",
            json={"email": "g@example.com", "password": "a-long-and-rare-passphrase-9"},
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        before = rss_mb(server.process.pid)
        for width, height, frames in [(6320, 6320, 25), (4000, 4000, 60)]:
            started = time.perf_counter()
            response = http.post(
                UPLOAD,
                files={"file": ("bomb.gif", sparse_gif(width, height, frames), "image/gif")},
                headers=headers,
            )
            elapsed = time.perf_counter() - started
            print(f"GIF {width}x{height}x{frames}: {response.status_code} in {elapsed:.3f}s")
            assert response.status_code == 413, response.text
            assert response.json()["code"] == "payload_too_large"
            assert "width x height x frames" in response.json()["detail"]
            assert elapsed < 3
        after = rss_mb(server.process.pid)
        print(f"server RSS {before:.0f} MB -> {after:.0f} MB")
        assert after - before < 100


async def test_the_total_pixel_limit_is_a_setting(client_with: ClientFactory) -> None:
    small = animation("PNG", (100, 100), 5)  # 50,000 pixels in all
    async with client_with(max_image_total_pixels=40_000) as http:
        headers = await http.signup_and_login("apng@example.com", "password-1")
        refused = await upload(http, headers, small)
        accepted = await upload(http, headers, animation("PNG", (100, 100), 3))
    assert refused.status_code == 413 and refused.json()["code"] == "payload_too_large"
    assert accepted.status_code == 201, accepted.text


async def test_uploads_are_recorded_as_assets_of_their_owner(
    client: ApiClient, writer: dict[str, str], settings: Settings
) -> None:
    body = (await upload(client, writer, animation("GIF", (40, 30), 2))).json()
    me = (await client.get(f"{API}/auth/me", headers=writer)).json()
    name = body["url"].rsplit("/", 1)[1]
    asset = await Asset.find_one(Asset.filename == name)
    assert asset is not None
    assert (str(asset.owner), asset.content_type, asset.bytes) == (
        me["id"],
        "image/gif",
        body["size"],
    )
    assert (asset.width, asset.height, asset.alt) == (40, 30, "")
    assert (settings.upload_dir / name).is_file()


async def test_generated_images_are_recorded_too(client: ApiClient, writer: dict[str, str]) -> None:
    response = await client.post(
        f"{API}/ai/image-generate", json={"prompt": "a lighthouse"}, headers=writer
    )
    assert response.status_code == 201, response.text
    name = response.json()["image_url"].rsplit("/", 1)[1]
    assert await Asset.find_one(Asset.filename == name) is not None


async def test_the_quota_is_per_user_and_leaves_nothing_behind(
    client_with: ClientFactory, tmp_path: Path
) -> None:
    image = noise_png(400)  # ~480 KB, incompressible
    upload_dir = tmp_path / "quota"
    async with client_with(upload_quota_mb=1, upload_dir=upload_dir) as http:
        alice = await http.signup_and_login("alice@example.com", "password-1")
        bob = await http.signup_and_login("bob@example.com", "password-1")
        statuses = [(await upload(http, alice, image)).status_code for _ in range(3)]
        over = await upload(http, alice, image)
        other = await upload(http, bob, image)
        records = await Asset.find_all().to_list()
    assert statuses == [201, 201, 413]
    assert over.status_code == 413
    assert over.json() == {
        "detail": "Your storage quota is used up; delete some images first",
        "code": "quota_exceeded",
    }
    assert other.status_code == 201
    assert sorted(p.name for p in upload_dir.iterdir()) == sorted(a.filename for a in records)
    assert len(records) == 3


async def test_uploads_are_rate_limited_per_user(client_with: ClientFactory) -> None:
    image = animation("PNG", (8, 8), 1)
    async with client_with(upload_rate_limit="2/minute") as http:
        alice = await http.signup_and_login("alice@example.com", "password-1")
        bob = await http.signup_and_login("bob@example.com", "password-1")
        codes = [(await upload(http, alice, image)).status_code for _ in range(3)]
        bobs = (await upload(http, bob, image)).status_code
        limited = await upload(http, alice, image)
    assert codes == [201, 201, 429] and bobs == 201
    assert limited.json()["code"] == "rate_limited" and int(limited.headers["retry-after"]) >= 1


async def test_image_processing_is_limited_to_image_workers(client_with: ClientFactory) -> None:
    image = noise_png(1200)
    async with client_with(image_workers=1, upload_quota_mb=100) as http:
        headers = await http.signup_and_login("busy@example.com", "password-1")
        assert http.app is not None
        pipeline = http.app.state.images
        seen: list[tuple[float, int]] = []

        async def sample() -> None:
            while True:
                stats = pipeline.limiter.statistics()
                seen.append((stats.borrowed_tokens, stats.tasks_waiting))
                await asyncio.sleep(0.002)

        sampler = asyncio.create_task(sample())
        responses = await asyncio.gather(*(upload(http, headers, image) for _ in range(3)))
        sampler.cancel()
    assert [r.status_code for r in responses] == [201, 201, 201]
    assert max(borrowed for borrowed, _ in seen) == 1
    assert max(waiting for _, waiting in seen) >= 1  # the others queued behind the one worker


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "GIF"])
async def test_small_animations_are_accepted(
    client: ApiClient, writer: dict[str, str], fmt: str
) -> None:
    response = await upload(client, writer, animation(fmt, (8, 8), 2))
    assert response.status_code == 201, response.text
