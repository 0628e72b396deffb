"""One SecantusDB server per test session; a fresh database and a fresh app per test."""

import os
import secrets
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from fastapi import FastAPI
from hypothesis import settings as hypothesis_settings
from pymongo import MongoClient
from starlette.types import ASGIApp

from core.config import Settings
from core.embedded_db import EmbeddedMongo
from main import create_app
from tests.ai_helpers import Upstream
from tests.fake_gemini import FakeGemini, FakeGeminiServer
from tests.fake_openai import FakeOpenAI, FakeOpenAIServer
from tests.fixtures_mail import mail_settings, mailbox, smtp_server  # noqa: F401 (fixtures)
from tests.helpers import ApiClient
from tests.live_server import LiveServer, RedisServer

# Tests may run against a real MongoDB instead (TEST_MONGODB_URI); by default they start
# the embedded server once for the whole session.
EXTERNAL_URI = os.environ.get("TEST_MONGODB_URI")


@pytest.fixture(scope="session")
def mongo_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if EXTERNAL_URI:
        yield EXTERNAL_URI
        return
    server = EmbeddedMongo(storage_path=tmp_path_factory.mktemp("secantus") / "db")
    server.start()
    yield server.uri
    server.stop()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A Redis server for the scale-out tests (scripts/test.sh installs redis-server)."""
    server = RedisServer()
    try:
        server.start()
    except FileNotFoundError:
        if os.environ.get("CI"):
            raise
        pytest.skip("redis-server is not installed (scripts/test.sh installs it)")
    yield server.url
    server.stop()


@pytest.fixture
def live_env(mongo_uri: str, settings: Settings) -> dict[str, str]:
    """Environment for a real `uvicorn --factory main:create_app` process on this test's database."""
    assert settings.admin_password is not None
    return {
        "ENV": "production",
        "MONGODB_URI": mongo_uri,
        "MONGODB_DB": settings.mongodb_db,
        "JWT_SECRET": settings.jwt_key,
        "ADMIN_EMAIL": settings.admin_email,
        "ADMIN_PASSWORD": settings.admin_password.get_secret_value(),
    }


@pytest.fixture
def live_server(live_env: dict[str, str]) -> Iterator[Callable[..., LiveServer]]:
    """Start `uvicorn --factory main:create_app` processes: `live_server(AUTH_RATE_LIMIT="3/minute")`."""
    started: list[LiveServer] = []

    def start(**env: str) -> LiveServer:
        server = LiveServer({**live_env, **env}).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def mongo_admin(mongo_uri: str) -> Iterator[MongoClient[dict[str, Any]]]:
    client: MongoClient[dict[str, Any]] = MongoClient(mongo_uri)
    yield client
    client.close()


SettingsFactory = Callable[..., Settings]


@pytest.fixture
def settings_factory(mongo_uri: str, tmp_path: Path) -> SettingsFactory:
    database = f"test_{uuid.uuid4().hex[:16]}"

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "env": "test",
            "mongodb_uri": mongo_uri,
            "mongodb_db": database,
            "jwt_secret": secrets.token_urlsafe(48),
            "auth_rate_limit": "1000/minute",
            "upload_dir": tmp_path / "uploads",
            "public_base_url": "http://testserver",
            "admin_email": "admin@example.com",
            "admin_password": "admin-password-for-tests",
            "ai_provider": "offline",  # never a real provider, whatever the environment says
            "gc_freeze": False,  # one process builds hundreds of apps: frozen, none would be freed
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)

    return make


@pytest.fixture
def settings(settings_factory: SettingsFactory) -> Settings:
    return settings_factory()


@pytest.fixture
async def running_app(
    settings: Settings, mongo_admin: MongoClient[dict[str, Any]]
) -> AsyncIterator[tuple[FastAPI, ASGIApp]]:
    """The app with its lifespan running: (the FastAPI object, the ASGI app to call)."""
    application = create_app(settings)
    async with LifespanManager(application) as manager:
        yield application, manager.app
    mongo_admin.drop_database(settings.mongodb_db)


@pytest.fixture
def app(running_app: tuple[FastAPI, ASGIApp]) -> FastAPI:
    return running_app[0]


@pytest.fixture
async def client(running_app: tuple[FastAPI, ASGIApp]) -> AsyncIterator[ApiClient]:
    transport = httpx.ASGITransport(app=running_app[1])
    async with ApiClient(transport=transport, base_url="http://testserver") as http:
        yield http


ClientFactory = Callable[..., AbstractAsyncContextManager[ApiClient]]


@pytest.fixture
def client_with(
    settings_factory: SettingsFactory, mongo_admin: MongoClient[dict[str, Any]]
) -> ClientFactory:
    """An app of its own with some settings changed, and a client for it:
    `async with client_with(allow_signup=False) as http: ...`"""

    @asynccontextmanager
    async def open_client(
        *, client_ip: str = "127.0.0.1", **overrides: Any
    ) -> AsyncIterator[ApiClient]:
        settings = settings_factory(**overrides)
        application = create_app(settings)
        async with LifespanManager(application) as manager:
            transport = httpx.ASGITransport(app=manager.app, client=(client_ip, 50000))
            async with ApiClient(transport=transport, base_url="http://testserver") as http:
                http.app = application
                yield http

    return open_client


GEMINI_KEY = "fake-gemini-key-0123456789abcdef"


@pytest.fixture(scope="session")
def fake_gemini_server() -> Iterator[FakeGemini]:
    with FakeGeminiServer(GEMINI_KEY) as fake:
        yield fake


@pytest.fixture
def fake_gemini(fake_gemini_server: FakeGemini) -> Iterator[FakeGemini]:
    fake_gemini_server.reset()
    yield fake_gemini_server
    fake_gemini_server.reset()


@pytest.fixture
def gemini_settings(fake_gemini: FakeGemini) -> dict[str, Any]:
    """Overrides that point the real SDK at the fake server."""
    return {
        "ai_provider": "gemini",
        "gemini_api_key": GEMINI_KEY,
        "gemini_base_url": fake_gemini.url,
        "ai_timeout_seconds": 5,
    }


@pytest.fixture
async def gemini(
    client_with: ClientFactory, gemini_settings: dict[str, Any]
) -> AsyncIterator[ApiClient]:
    """A client of an app whose AI provider is Gemini, served by the fake."""
    async with client_with(**gemini_settings) as http:
        yield http


OPENAI_KEY = "fake-openai-key-0123456789abcdef"


@pytest.fixture(scope="session")
def fake_openai_server() -> Iterator[FakeOpenAI]:
    with FakeOpenAIServer(OPENAI_KEY) as fake:
        yield fake


@pytest.fixture
def fake_openai(fake_openai_server: FakeOpenAI) -> Iterator[FakeOpenAI]:
    fake_openai_server.reset()
    yield fake_openai_server
    fake_openai_server.reset()


@pytest.fixture
def openai_settings(fake_openai: FakeOpenAI) -> dict[str, Any]:
    """Overrides that point the real openai SDK at the fake OpenAI-compatible server."""
    return {
        "ai_provider": "openai",
        "openai_api_key": OPENAI_KEY,
        "openai_base_url": fake_openai.url,
        "openai_text_model": "gpt-test-mini",
        "openai_image_model": "gpt-image-test",
        "ai_timeout_seconds": 5,
    }


@pytest.fixture(params=["gemini", "openai"])
def upstream(
    request: pytest.FixtureRequest,
    fake_gemini: FakeGemini,
    gemini_settings: dict[str, Any],
    fake_openai: FakeOpenAI,
    openai_settings: dict[str, Any],
) -> Upstream:
    """Each AI SDK in turn against its fake server (tests shared by every provider)."""
    if request.param == "gemini":
        return Upstream(
            "gemini",
            fake_gemini,
            gemini_settings,
            "gemini_api_key",
            GEMINI_KEY,
            "gemini-2.5-flash",
            "gemini-2.5-flash-image",
            retry_after="18",  # Google's RetryInfo said 17s (rounded up)
        )
    return Upstream(
        "openai",
        fake_openai,
        openai_settings,
        "openai_api_key",
        OPENAI_KEY,
        openai_settings["openai_text_model"],
        openai_settings["openai_image_model"],
        retry_after="17",  # the Retry-After header
    )


@pytest.fixture
async def ai(client_with: ClientFactory, upstream: Upstream) -> AsyncIterator[ApiClient]:
    """A client of an app whose AI provider is `upstream`, served by its fake."""
    async with client_with(**upstream.settings) as http:
        yield http


@pytest.fixture
async def writer(client: ApiClient) -> dict[str, str]:
    """Authorization headers of a signed-up writer."""
    return await client.signup_and_login("writer@example.com", "writer-password")


@pytest.fixture
async def other_writer(client: ApiClient) -> dict[str, str]:
    return await client.signup_and_login("other@example.com", "other-password")


@pytest.fixture
async def admin(client: ApiClient, settings: Settings) -> dict[str, str]:
    """Authorization headers of an admin; admins come only from the seed's service call."""
    from app.services import users

    assert settings.admin_password is not None
    password = settings.admin_password.get_secret_value()
    await users.ensure_admin(email=settings.admin_email, password=password)
    return await client.login(settings.admin_email, password)


# Property tests: bounded and reproducible (a fixed derivation instead of random seeds).
hypothesis_settings.register_profile(
    "inkwell", max_examples=150, derandomize=True, deadline=None, database=None
)
hypothesis_settings.load_profile("inkwell")
