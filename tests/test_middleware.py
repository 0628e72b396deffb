"""Security headers on every response, errors included."""

import re

import httpx
import pytest

from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient


def assert_hardened(response: httpx.Response) -> None:
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "server" not in response.headers


@pytest.mark.parametrize(("method", "path"), [
    ("GET", f"{API}/posts"), ("GET", f"{API}/posts/missing"), ("GET", "/nowhere"),
    ("DELETE", f"{API}/settings"), ("GET", f"{API}/posts?page=0"), ("GET", f"{API}/auth/me"),
])  # fmt: skip
async def test_every_response_is_hardened(client: ApiClient, method: str, path: str) -> None:
    response = await client.request(method, path)
    assert_hardened(response)
    assert response.headers["content-security-policy"].startswith("default-src 'none'")


async def test_docs_are_served_offline_under_a_self_only_csp(client: ApiClient) -> None:
    response = await client.get("/docs")
    assert_hardened(response)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "http" not in csp
    assert "<script>" not in response.text  # no inline script: the CSP forbids it
    for asset in re.findall(r'(?:src|href)="(/docs/assets/[^"]+)"', response.text):
        loaded = await client.get(asset)
        assert loaded.status_code == 200, asset
        assert len(loaded.content) > 100
    redoc = await client.get("/redoc")
    assert redoc.status_code == 200 and "/docs/assets/redoc.standalone.js" in redoc.text


async def test_oversized_bodies_are_hardened_413s(client: ApiClient) -> None:
    response = await client.post(f"{API}/auth/login", content=b"x" * (3 * 1024 * 1024))
    assert response.status_code == 413
    assert_hardened(response)


async def test_cors_allows_only_configured_origins(client: ApiClient) -> None:
    preflight = {"Access-Control-Request-Method": "GET"}
    denied = await client.options(
        f"{API}/posts", headers={"Origin": "https://evil.example", **preflight}
    )
    assert "access-control-allow-origin" not in denied.headers


async def test_cors_answers_configured_origins(client_with: ClientFactory) -> None:
    origin = {"Origin": "https://site.example"}
    async with client_with(allowed_origins=["https://site.example"]) as http:
        preflight = await http.options(
            f"{API}/posts", headers={**origin, "Access-Control-Request-Method": "GET"}
        )
        simple = await http.get(f"{API}/posts", headers=origin)
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://site.example"
    assert simple.headers["access-control-allow-origin"] == "https://site.example"
    assert "etag" in simple.headers["access-control-expose-headers"].lower()
