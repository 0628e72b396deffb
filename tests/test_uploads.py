"""Image uploads: only real PNG/JPEG/WebP/GIF, re-encoded without metadata, stored atomically."""

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from core.config import Settings
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient

UPLOAD = f"{API}/uploads/images"


def image_bytes(
    fmt: str, size: tuple[int, int] = (64, 32), mode: str = "RGB", **save: Any
) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "teal").save(out, format=fmt, **save)
    return out.getvalue()


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "SpyCam Inc"  # camera maker
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS latitude
    return image_bytes("JPEG", exif=exif.tobytes())


async def upload(
    client: ApiClient,
    headers: dict[str, str],
    data: bytes,
    name: str = "x.bin",
    ctype: str = "application/octet-stream",
) -> Any:
    return await client.post(UPLOAD, files={"file": (name, data, ctype)}, headers=headers)


def stored_files(settings: Settings) -> list[Path]:
    return sorted(settings.upload_dir.iterdir()) if settings.upload_dir.exists() else []


@pytest.mark.parametrize(("fmt", "content_type", "suffix"), [
    ("PNG", "image/png", ".png"), ("JPEG", "image/jpeg", ".jpg"),
    ("WEBP", "image/webp", ".webp"), ("GIF", "image/gif", ".gif"),
])  # fmt: skip
async def test_real_images_are_accepted_and_served(
    client: ApiClient,
    writer: dict[str, str],
    settings: Settings,
    fmt: str,
    content_type: str,
    suffix: str,
) -> None:
    response = await upload(client, writer, image_bytes(fmt), name="photo.bin")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["content_type"] == content_type
    assert (body["width"], body["height"]) == (64, 32)
    assert body["url"].startswith(f"{settings.public_base_url}/uploads/") and body["url"].endswith(
        suffix
    )
    name = body["url"].rsplit("/", 1)[1]
    assert len(name) == 32 + len(suffix) and "photo" not in name  # random server-side name
    served = await client.get(f"/uploads/{name}")
    assert served.status_code == 200
    assert served.headers["content-type"] == content_type
    assert served.headers["x-content-type-options"] == "nosniff"
    assert len(served.content) == body["size"]
    assert Image.open(io.BytesIO(served.content)).format == fmt


async def test_metadata_is_stripped(client: ApiClient, writer: dict[str, str]) -> None:
    original = jpeg_with_gps()
    assert b"SpyCam" in original
    body = (await upload(client, writer, original, name="me.jpg", ctype="image/jpeg")).json()
    served = (await client.get(f"/uploads/{body['url'].rsplit('/', 1)[1]}")).content
    assert b"SpyCam" not in served
    assert not Image.open(io.BytesIO(served)).getexif()


async def test_the_type_comes_from_the_bytes_not_the_name(
    client: ApiClient, writer: dict[str, str]
) -> None:
    response = await upload(client, writer, image_bytes("PNG"), name="cat.jpg", ctype="image/jpeg")
    assert response.status_code == 201
    assert response.json()["content_type"] == "image/png"


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
BAD_FILES = {
    "svg": (SVG, "logo.svg", "image/svg+xml"),
    "html-named-png": (b"<html><script>alert(1)</script></html>", "x.png", "image/png"),
    "pdf": (b"%PDF-1.7\n1 0 obj<<>>endobj\n", "doc.pdf", "application/pdf"),
    "bmp": (image_bytes("BMP"), "x.bmp", "image/bmp"),
    "tiff": (image_bytes("TIFF"), "x.tiff", "image/tiff"),
    "empty": (b"", "empty.png", "image/png"),
    "truncated-png": (image_bytes("PNG")[:40], "cut.png", "image/png"),
    "png-header-then-garbage": (b"\x89PNG\r\n\x1a\n" + b"garbage" * 50, "bad.png", "image/png"),
    "jpeg-magic-only": (b"\xff\xd8\xff\xe0" + b"\x00" * 100, "bad.jpg", "image/jpeg"),
    "polyglot-gif-js": (b"GIF89a/*" + b"\x00" * 20 + b"*/=alert(1)", "x.gif", "image/gif"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
async def test_everything_else_is_415_and_leaves_nothing_behind(
    client: ApiClient, writer: dict[str, str], settings: Settings, case: str
) -> None:
    data, name, ctype = BAD_FILES[case]
    response = await upload(client, writer, data, name=name, ctype=ctype)
    assert response.status_code == 415, response.text
    assert "detail" in response.json()
    assert stored_files(settings) == []


async def test_decompression_bombs_are_refused(
    client: ApiClient, writer: dict[str, str], settings: Settings
) -> None:
    bomb = image_bytes("PNG", size=(20_000, 20_000), mode="1")  # 400 megapixels, a few KB
    assert len(bomb) < 200_000
    response = await upload(client, writer, bomb, name="bomb.png", ctype="image/png")
    assert response.status_code == 413
    assert stored_files(settings) == []


async def test_oversized_uploads_are_413(client_with: ClientFactory, tmp_path: Path) -> None:
    noise = Image.effect_noise((1200, 1200), 100).convert("RGB")  # incompressible: > 1 MB as PNG
    out = io.BytesIO()
    noise.save(out, format="PNG")
    assert len(out.getvalue()) > 1024 * 1024
    upload_dir = tmp_path / "small-uploads"
    async with client_with(max_upload_mb=1, upload_dir=upload_dir) as http:
        headers = await http.signup_and_login("big@example.com", "password-1")
        response = await upload(http, headers, out.getvalue(), name="big.png", ctype="image/png")
    assert response.status_code == 413
    assert list(upload_dir.iterdir()) == []


async def test_uploads_need_a_token_and_a_file(client: ApiClient, writer: dict[str, str]) -> None:
    assert (await upload(client, {}, image_bytes("PNG"))).status_code == 401
    missing = await client.post(UPLOAD, data={"other": "x"}, headers=writer)
    assert missing.status_code == 422


@pytest.mark.parametrize("path", [
    "/uploads/../main.py", "/uploads/..%2Fmain.py", "/uploads/%2e%2e/%2e%2e/etc/passwd",
    "/uploads/..%2F..%2Fetc%2Fpasswd", "/uploads/", "/uploads/missing.png",
])  # fmt: skip
async def test_path_tricks_are_404(client: ApiClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text


async def test_a_post_takes_an_uploaded_image_url(
    client: ApiClient, writer: dict[str, str]
) -> None:
    url = (await upload(client, writer, image_bytes("PNG"))).json()["url"]
    post = await client.create_post(writer, featured_image_url=url)
    assert post["featured_image_url"] == url


async def test_a_failed_write_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.storage import LocalImageStorage

    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.services.storage.os.replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        await LocalImageStorage(tmp_path).save(b"image", suffix=".png")
    assert list(tmp_path.iterdir()) == []
