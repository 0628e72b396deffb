"""One JSON error shape everywhere, and an honest OpenAPI document."""

import httpx
import pytest
from fastapi import FastAPI
from starlette.types import ASGIApp

from tests.helpers import API, ApiClient
from tests.test_middleware import assert_hardened


async def test_unknown_routes_are_json_404(client: ApiClient) -> None:
    response = await client.get("/api/v1/does-not-exist")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"detail": "Not Found", "code": "not_found"}


async def test_wrong_method_is_json_405_with_allow(client: ApiClient) -> None:
    response = await client.delete(f"{API}/settings")
    assert response.status_code == 405
    assert response.json() == {"detail": "Method Not Allowed", "code": "method_not_allowed"}
    assert "GET" in response.headers["allow"]


@pytest.mark.parametrize("payload", [b"{bad json", b'{"email": "a@b.co", ', b"\xff\xfe"])
async def test_malformed_json_is_400(client: ApiClient, payload: bytes) -> None:
    response = await client.post(
        f"{API}/auth/login", content=payload, headers={"content-type": "application/json"}
    )
    assert response.status_code in (400, 422)
    assert "detail" in response.json()


async def test_invalid_json_syntax_is_400_not_422(client: ApiClient) -> None:
    response = await client.post(
        f"{API}/auth/login", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "Request body is not valid JSON", "code": "bad_request"}


@pytest.mark.parametrize("body", [[], "a string", 42, None])
async def test_wrong_json_types_are_422(client: ApiClient, body: object) -> None:
    response = await client.post(f"{API}/auth/login", json=body)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)


async def test_unexpected_errors_are_a_plain_json_500(running_app: tuple[FastAPI, ASGIApp]) -> None:
    app, asgi = running_app

    async def explode() -> None:
        raise RuntimeError("secret internals: /etc/passwd")

    app.add_api_route("/boom", explode)
    transport = httpx.ASGITransport(app=asgi, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        response = await http.get("/boom")
    assert response.status_code == 500
    assert response.json() == {"detail": "Internal server error", "code": "internal_error"}
    assert "secret internals" not in response.text and "Traceback" not in response.text
    assert_hardened(response)  # rendered outside our middleware, yet with its headers


async def test_openapi_documents_every_operation(client: ApiClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    tag_names = {tag["name"] for tag in spec["tags"]}
    assert all(tag.get("description") for tag in spec["tags"])
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method} {path} has no summary"
            assert operation.get("description"), f"{method} {path} has no description"
            assert set(operation["tags"]) <= tag_names, f"{method} {path} has an undeclared tag"


async def test_openapi_declares_errors_and_bearer_auth(client: ApiClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    schemes = spec["components"]["securitySchemes"]
    assert any(s["type"] == "http" and s["scheme"] == "bearer" for s in schemes.values())
    create_post = spec["paths"]["/api/v1/posts"]["post"]
    assert {"401", "403", "409", "422"} <= set(create_post["responses"])
    assert create_post["security"]
    login = spec["paths"]["/api/v1/auth/login"]["post"]
    assert {"401", "429"} <= set(login["responses"])


async def test_swagger_ui_is_served(client: ApiClient) -> None:
    response = await client.get("/docs")
    assert response.status_code == 200
    assert "swagger-ui" in response.text


async def test_validation_errors_never_echo_long_inputs(
    client: ApiClient, writer: dict[str, str]
) -> None:
    blob = "A" * 10_240  # 10 KB in fields that want an int and a bool
    in_query = await client.get(f"{API}/posts", params={"page": blob})
    in_body = await client.post(
        f"{API}/posts", json={"title": "t", "markdown": "x", "published": blob}, headers=writer
    )
    for response in (in_query, in_body):
        assert response.status_code == 422
        assert response.json()["code"] == "validation_error"
        assert "AAAAAAAA" not in response.text and len(response.content) < 1024
        assert all("input" not in issue for issue in response.json()["detail"])
    short = await client.get(f"{API}/posts", params={"page": "abc"})
    assert short.json()["detail"][0]["input"] == "abc"  # short scalars still help the client
