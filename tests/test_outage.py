"""A database that hangs (SIGSTOP) and comes back (SIGCONT), while requests run."""

import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from app.services import users
from core.embedded_db import EmbeddedMongo
from tests.conftest import EXTERNAL_URI, ClientFactory
from tests.helpers import API, ApiClient

pytestmark = pytest.mark.skipif(bool(EXTERNAL_URI), reason="needs the embedded server to pause")


@pytest.fixture
def own_database(tmp_path: Path) -> Iterator[EmbeddedMongo]:
    """A server of this test's own, so pausing it touches nothing else."""
    server = EmbeddedMongo(storage_path=tmp_path / "outage-db")
    server.start()
    yield server
    server.stop()


async def timed(call: object) -> tuple[float, object]:
    started = time.monotonic()
    result = await call  # type: ignore[misc]
    return time.monotonic() - started, result


async def test_a_hung_database_is_a_quick_503_and_the_service_recovers(
    client_with: ClientFactory, own_database: EmbeddedMongo, tmp_path: Path
) -> None:
    upload_dir = tmp_path / "up"
    async with client_with(
        mongodb_uri=own_database.uri,
        mongodb_timeout_ms=800,
        mongodb_operation_timeout_ms=1500,
        upload_dir=upload_dir,
    ) as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        admin = await http.login("boss@example.com", "boss-password")
        tokens = await http.tokens("boss@example.com", "boss-password")
        await http.create_post(admin, title="Still here", published=True)
        assert (await http.get(f"{API}/posts")).status_code == 200  # now cached

        own_database.pause()
        try:
            assert (await http.get("/health/live")).status_code == 200
            elapsed, ready = await timed(http.get("/health/ready"))
            assert ready.status_code == 503 and elapsed < 2  # type: ignore[attr-defined]

            # The public site keeps serving what it has cached.
            assert (await http.get(f"{API}/posts")).status_code == 200

            image = io.BytesIO()
            Image.new("RGB", (8, 8)).save(image, format="PNG")
            for call in (
                http.get(f"{API}/posts/not-cached"),
                http.post(
                    f"{API}/auth/login",
                    json={"email": "boss@example.com", "password": "boss-password"},
                ),
                http.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]}),
                http.post(
                    f"{API}/uploads/images",
                    files={"file": ("a.png", image.getvalue(), "image/png")},
                    headers=admin,
                ),
                http.get(f"{API}/auth/me", headers=admin),
            ):
                elapsed, response = await timed(call)
                assert response.status_code == 503, response.text  # type: ignore[attr-defined]
                assert response.json() == {  # type: ignore[attr-defined]
                    "detail": "Database temporarily unavailable",
                    "code": "database_unavailable",
                }
                assert response.headers["retry-after"] == "5"  # type: ignore[attr-defined]
                assert elapsed < 5
        finally:
            own_database.resume()

        await wait_until_ready(http)
        # Nothing was half-written: the refresh token tried during the outage still works,
        # and the failed upload left no file.
        refreshed = await http.post(
            f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
        assert refreshed.status_code == 200
        assert not upload_dir.exists() or list(upload_dir.iterdir()) == []
        assert (await http.get(f"{API}/posts/still-here")).status_code == 200


async def wait_until_ready(http: ApiClient, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (await http.get("/health/ready")).status_code == 200:
            return
    raise AssertionError("the service did not recover")


async def test_health_endpoints(client: ApiClient) -> None:
    live = await client.get("/health/live")
    ready = await client.get("/health/ready")
    assert live.status_code == ready.status_code == 200
    assert live.json() == ready.json() == {"status": "ok"}
    assert live.headers["cache-control"] == "no-store"
