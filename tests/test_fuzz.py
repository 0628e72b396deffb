"""Schemathesis against the OpenAPI document of a running server: every operation, anonymous
and as an admin, with bounded and reproducible examples. No 5xx; every response matches
what the spec declares (status code, content type, body schema)."""

import subprocess
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from core.config import Settings
from main import create_app
from tests.live_server import ROOT, LiveServer

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
ADMIN = {"email": "fuzz-admin@example.com", "password": "fuzz-admin-password"}


@pytest.fixture(scope="module")
def fuzz_server(mongo_uri: str) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    env = {
        "ENV": "production",
        "MONGODB_URI": mongo_uri,
        "MONGODB_DB": f"fuzz_{uuid.uuid4().hex[:12]}",
        "JWT_SECRET": uuid.uuid4().hex * 2,
        "ADMIN_EMAIL": ADMIN["email"],
        "ADMIN_PASSWORD": ADMIN["password"],
        "AUTH_RATE_LIMIT": "100000/minute",
        "AI_RATE_LIMIT": "100000/minute",
        "ACCESS_LOG": "false",
    }
    subprocess.run(
        [sys.executable, "seed.py"],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
    )
    server = LiveServer(env).start()
    token = httpx.post(f"{server.url}/api/v1/auth/login", json=ADMIN).json()["access_token"]
    yield server, {"Authorization": f"Bearer {token}"}
    server.stop()


# The document comes from the same code the server runs (building it needs no database);
# every generated case is then sent over the wire to the live server.
schema = schemathesis.openapi.from_dict(
    create_app(Settings(_env_file=None, env="test", ai_provider="offline")).openapi()
)


@schema.parametrize()
@settings(max_examples=25, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_operation_fails_or_breaks_its_contract(
    case: schemathesis.Case[Any], fuzz_server: tuple[LiveServer, dict[str, str]]
) -> None:
    server, admin = fuzz_server
    case.call_and_validate(base_url=server.url, checks=CHECKS, timeout=30)
    case.call_and_validate(base_url=server.url, headers=admin, checks=CHECKS, timeout=30)
