"""Issue #15, hardening round two: hostile JSON and tokens, logs, redirects, HEAD, URL fields
and booleans. (Markdown, images, uploads and the JWT secret have their own test files.)"""

import time
import uuid
from typing import Any

import httpx
import jwt
import pytest

from app.schemas.common import InputModel
from core.config import Settings
from tests.helpers import API, ApiClient
from tests.live_server import ROOT, LiveServer

LOGIN = f"{API}/auth/login"


# --- already fixed on main; these keep it fixed ------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [b'{"email": 1e999, "password": "x"}', b'{"email": "\\ud800", "password": "x"}'],
    ids=["infinite-number", "lone-surrogate"],
)
async def test_unserialisable_inputs_are_a_422_that_echoes_nothing_unsafe(
    client: ApiClient, raw: bytes
) -> None:
    response = await client.post(LOGIN, content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "validation_error"
    issue = next(i for i in body["detail"] if i["loc"][-1] == "email")
    assert "input" not in issue or issue["input"] in ("\ufffd", "?")
    assert "Infinity" not in response.text and "inf" not in str(issue.get("input", ""))


def forged(settings: Settings, user_id: str, **claims: Any) -> dict[str, str]:
    now = int(time.time())
    payload = {"sub": user_id, "iat": now, "exp": now + 600, "type": "access", "jti": "j"}
    token = jwt.encode({**payload, **claims}, settings.jwt_key, algorithm="HS256")
    return {"Authorization": f"Bearer {token}"}


async def test_tokens_with_malformed_times_are_401_token_invalid(
    client: ApiClient, writer: dict[str, str], settings: Settings
) -> None:
    me = (await client.get(f"{API}/auth/me", headers=writer)).json()
    assert (
        await client.get(f"{API}/auth/me", headers=forged(settings, me["id"]))
    ).status_code == 200
    bad: list[dict[str, Any]] = [{"exp": "9999999999"}, {"iat": "1"}, {"exp": 1e20}, {"iat": 1e20}]
    for claims in bad:
        response = await client.get(f"{API}/auth/me", headers=forged(settings, me["id"], **claims))
        assert response.status_code == 401, claims
        assert response.json()["code"] == "token_invalid", claims


def test_uvicorn_never_logs_request_lines_with_their_query(live_env: dict[str, str]) -> None:
    """Every launcher turns uvicorn's access log off: its lines carry the query string."""
    for launcher in ("Dockerfile", "docker-compose.yml"):
        commands = [c for c in (ROOT / launcher).read_text().splitlines() if "uvicorn" in c]
        assert commands and all("--no-access-log" in c for c in commands if "exec uvicorn" in c)
    assert "access_log=False" in (ROOT / "scripts" / "serve.py").read_text()

    server = LiveServer(live_env, log_level="info").start()  # uvicorn.access would print at info
    try:
        secret = uuid.uuid4().hex
        response = httpx.get(f"{server.url}{API}/posts?access_token={secret}&page=1", timeout=10)
        assert response.status_code == 200
        time.sleep(0.2)  # our access log flushes within 50 ms
        log = server.log.read_text()
    finally:
        server.stop()
    assert '"path":"/api/v1/posts"' in log  # our own line, without the query
    assert secret not in log and "GET /api/v1/posts?" not in log


# --- trailing slashes: no redirect built from the Host header ---------------------------


@pytest.mark.parametrize(
    "path",
    [f"{API}/posts/", f"{API}/pages/", f"{API}/settings/", "/health/live/", f"{API}/auth/me/"],
)
async def test_trailing_slashes_are_404_without_a_host_derived_redirect(
    client: ApiClient, path: str
) -> None:
    response = await client.get(path, headers={"Host": "evil.example"})
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert "location" not in response.headers
    assert "evil.example" not in str(response.headers)


# --- HEAD answers like GET without a body ------------------------------------------------


async def test_head_matches_get_on_cache_miss_and_hit(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(admin, title="Head", published=True)
    page = await client.post(
        f"{API}/pages",
        json={"title": "About", "body": "<p>x</p>", "published": True},
        headers=admin,
    )
    assert page.status_code == 201
    paths = [
        f"{API}/posts", f"{API}/posts/{post['slug']}", f"{API}/pages",
        f"{API}/pages/{page.json()['slug']}", f"{API}/settings",
    ]  # fmt: skip
    for path in paths:
        miss = await client.head(path)  # first request: built by the route, then cached
        hit = await client.head(path)  # answered by the fast path
        get = await client.get(path)
        for head in (miss, hit):
            assert head.status_code == 200, path
            assert head.content == b""
            for name in ("etag", "cache-control", "content-length", "content-type"):
                assert head.headers[name] == get.headers[name], (path, name)
        assert int(hit.headers["content-length"]) == len(get.content)
        not_modified = await client.head(path, headers={"If-None-Match": get.headers["etag"]})
        assert not_modified.status_code == 304 and not_modified.content == b""


async def test_head_on_health_uploads_and_a_missing_post(
    client: ApiClient, writer: dict[str, str]
) -> None:
    live = await client.head("/health/live")
    assert live.status_code == 200 and live.content == b""
    assert live.headers["content-length"] == str(len((await client.get("/health/live")).content))
    assert (await client.head(f"{API}/posts/no-such-post")).status_code == 404
    from tests.test_image_limits import animation, upload

    url = (await upload(client, writer, animation("PNG", (4, 4), 1))).json()["url"]
    name = url.rsplit("/", 1)[1]
    head, get = await client.head(f"/uploads/{name}"), await client.get(f"/uploads/{name}")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == get.headers["content-length"]


# --- URL fields ---------------------------------------------------------------------------

BAD_URLS = [
    'https://x.example/a"onerror="alert(1)', "https://x.example/<script>", "https://x.example/a b",
    "https://x.example/\x00", "https://x.example/\n", "javascript:alert(1)", "//evil.example/x.png",
    "/uploads/../main.py", "/uploads/x", "/other/x.png", "https://x.example/a>b", "https:///x",
    "data:image/png;base64,AA", " https://x.example/a.png", "https://x.example/\u2028",
]  # fmt: skip
GOOD_URLS = ["https://cdn.example.com/a.png?w=1&h=2#x", "http://x.example", "/uploads/ab12.png"]


async def test_url_fields_refuse_what_could_break_out_of_an_attribute(
    client: ApiClient, admin: dict[str, str]
) -> None:
    for url in BAD_URLS:
        attempts = [
            ("post", f"{API}/posts", {"title": "x", "featured_image_url": url}),
            ("put", f"{API}/settings", {"logo_url": url}),
            ("put", f"{API}/settings", {"social_links": {"x": url}}),
            ("post", f"{API}/pages", {"title": "x", "og_image_url": url}),
        ]
        for method, path, body in attempts:
            response = await client.request(method, path, json=body, headers=admin)
            assert response.status_code == 422, (path, url, response.text)


@pytest.mark.parametrize("url", GOOD_URLS)
async def test_url_fields_take_http_urls_and_our_upload_paths(
    client: ApiClient, admin: dict[str, str], url: str, settings: Settings
) -> None:
    post = await client.create_post(admin, featured_image_url=url)
    # Our /uploads/ paths are answered as absolute URLs on PUBLIC_BASE_URL (#11).
    answered = settings.public_base_url + url if url.startswith("/uploads/") else url
    assert post["featured_image_url"] == answered
    saved = await client.put(
        f"{API}/settings", json={"logo_url": url, "social_links": {"site": url}}, headers=admin
    )
    assert saved.status_code == 200 and saved.json()["logo_url"] == answered


# --- strict booleans ----------------------------------------------------------------------


async def test_booleans_must_be_json_booleans(
    client: ApiClient, admin: dict[str, str], writer: dict[str, str]
) -> None:
    me = (await client.get(f"{API}/auth/me", headers=writer)).json()
    for value in [0, 1, "true", "false", "yes", 1.0]:
        patch = await client.patch(
            f"{API}/admin/users/{me['id']}", json={"is_active": value}, headers=admin
        )
        assert patch.status_code == 422, (value, patch.text)
        assert patch.json()["detail"][0]["type"] == "bool_type"
        post = await client.post(
            f"{API}/posts", json={"title": "x", "published": value}, headers=admin
        )
        page = await client.post(
            f"{API}/pages", json={"title": "x", "published": value}, headers=admin
        )
        assert post.status_code == page.status_code == 422, value
    assert (await client.get(f"{API}/auth/me", headers=writer)).status_code == 200  # still active


def bool_schemas(node: Any) -> list[dict[str, Any]]:
    """Every `bool` validator in a pydantic core schema."""
    found = []
    if isinstance(node, dict):
        if node.get("type") == "bool":
            found.append(node)
        for value in node.values():
            found += bool_schemas(value)
    elif isinstance(node, list):
        for value in node:
            found += bool_schemas(value)
    return found


def test_no_input_schema_takes_a_lax_boolean() -> None:
    from app import api  # noqa: F401  (imports every router, so every input schema)
    from app.routers import legacy  # noqa: F401  (mounted outside api_router)

    def subclasses(cls: type[InputModel]) -> list[type[InputModel]]:
        found = [cls]
        for sub in cls.__subclasses__():
            found += subclasses(sub)
        return found

    validators = [
        (model.__name__, schema)
        for model in subclasses(InputModel)
        for schema in bool_schemas(model.__pydantic_core_schema__)
    ]
    assert len(validators) >= 5
    assert all(schema.get("strict") is True for _, schema in validators), validators
