"""The OpenAPI document as a contract for generated clients: it validates
(openapi-spec-validator), lints clean with Redocly's recommended rules, and keeps the promises
a typed client relies on (names, one error type, declared headers, public operations)."""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from core.config import Settings
from main import create_app

ROOT = Path(__file__).resolve().parent.parent
LINT_DIR = ROOT / "tools" / "openapi-lint"
REDOCLY = LINT_DIR / "node_modules" / ".bin" / "redocly"
ERROR_BODY = {"$ref": "#/components/schemas/ErrorBody"}
CACHED_READS = {
    "listPosts", "getPost", "listPages", "getPage", "getSiteSettings", "getAuthor",
    "getRssFeed", "getAtomFeed", "getJsonFeed", "getSitemap", "listTags", "listRelatedPosts",
}  # fmt: skip
PUBLIC = CACHED_READS | {
    "signup", "login", "refreshTokens", "getLiveness", "getReadiness", "legacySignup",
    "legacyLogin", "confirmSignup", "requestPasswordReset", "confirmPasswordReset",
    "acceptInvitation", "confirmEmailChange", "getPreview", "searchContent",
}  # fmt: skip
Spec = dict[str, Any]


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Spec:
    """The document exactly as `create_app` serves it at /openapi.json (no lifespan needed)."""
    settings = Settings(
        _env_file=None,
        env="test",
        upload_dir=tmp_path_factory.mktemp("uploads"),
    )
    document: Spec = create_app(settings).openapi()
    return document


def operations(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    ]


def test_the_document_validates(spec: Spec) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_redocly_recommended_rules_pass_without_a_warning(spec: Spec, tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None or not REDOCLY.exists():
        message = (
            "node is not on PATH"
            if node is None
            else f"Redocly CLI is not in {LINT_DIR} (scripts/test.sh runs npm ci there)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(spec))
    result = subprocess.run(
        [node, str(REDOCLY), "lint", str(document), "--config", str(LINT_DIR / "redocly.yaml"),
         "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        # No telemetry, no update check: the lint talks to nothing.
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
        check=False,
    )  # fmt: skip
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"redocly failed (exit {result.returncode}): {result.stderr[-2000:]}")
    problems = [
        f"{p['severity']} {p['ruleId']}: {p['message']} at {p['location'][0]['pointer']}"
        for p in report["problems"]
    ]
    assert problems == [], "\n".join(problems)
    assert report["totals"]["errors"] == report["totals"]["warnings"] == 0
    assert result.returncode == 0


def test_operation_ids_are_unique_camel_case(spec: Spec) -> None:
    ids = [operation["operationId"] for _, _, operation in operations(spec)]
    assert len(ids) == len(set(ids))
    bad = [i for i in ids if not re.fullmatch(r"[a-z][a-zA-Z0-9]*", i)]
    assert bad == []
    assert {"listPosts", "getPost", "approveBlog", "uploadImage"} <= set(ids)


def test_no_two_paths_differ_only_by_parameter_names(spec: Spec) -> None:
    shapes = [re.sub(r"\{[^}]+\}", "{}", path) for path in spec["paths"]]
    assert len(shapes) == len(set(shapes))
    assert "/api/v1/posts/{slug}" in spec["paths"] and "/api/v1/pages/{slug}" in spec["paths"]


def test_every_schema_is_named(spec: Spec) -> None:
    names = set(spec["components"]["schemas"])
    assert not [name for name in names if name.startswith("Body_")]
    assert "Body_" not in json.dumps(spec)
    assert {"UploadImageForm", "LegacyUploadImageForm", "ErrorBody"} <= names


def test_every_error_response_is_the_one_error_body(spec: Spec) -> None:
    errors = 0
    for path, method, operation in operations(spec):
        for status, response in operation["responses"].items():
            if int(status) >= 400:
                errors += 1
                assert response["content"] == {"application/json": {"schema": ERROR_BODY}}, (
                    f"{method} {path} {status}"
                )
    assert errors > 100
    body = spec["components"]["schemas"]["ErrorBody"]
    assert {"detail", "code", "current_status", "missing_step"} == set(body["properties"])
    assert {"HTTPValidationError", "ValidationError"}.isdisjoint(spec["components"]["schemas"])


def test_cached_public_reads_declare_their_validators(spec: Spec) -> None:
    with_304 = set()
    for path, _method, operation in operations(spec):
        responses = operation["responses"]
        if "304" in responses:
            with_304.add(operation["operationId"])
            for status in ("200", "304"):
                headers = responses[status]["headers"]
                assert {"ETag", "Cache-Control", "X-Request-ID"} <= set(headers), (path, status)
        else:
            assert not any("ETag" in r.get("headers", {}) for r in responses.values()), path
    assert with_304 == CACHED_READS


def test_every_response_declares_the_request_id(spec: Spec) -> None:
    for path, method, operation in operations(spec):
        for status, response in operation["responses"].items():
            assert "X-Request-ID" in response["headers"], f"{method} {path} {status}"


def test_uploads_are_binary(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    multipart = [
        operation["requestBody"]["content"]["multipart/form-data"]["schema"]["$ref"]
        for _, _, operation in operations(spec)
        if "multipart/form-data" in operation.get("requestBody", {}).get("content", {})
    ]
    assert len(multipart) == 2  # /api/v1/uploads/images and the legacy /blogs/uploads/images
    for ref in multipart:
        file = schemas[ref.rsplit("/", 1)[1]]["properties"]["file"]
        assert file["type"] == "string" and file["format"] == "binary"
        assert "contentMediaType" not in file


def test_public_operations_say_so(spec: Spec) -> None:
    public = set()
    for path, _method, operation in operations(spec):
        assert "security" in operation, path
        if operation["security"] == []:
            public.add(operation["operationId"])
    assert public == PUBLIC


def test_rate_limits_and_outages_declare_retry_after(spec: Spec) -> None:
    seen = 0
    for path, method, operation in operations(spec):
        for status in ("429", "503"):
            if status in operation["responses"]:
                seen += 1
                headers = operation["responses"][status]["headers"]
                assert headers["Retry-After"]["schema"] == {"type": "integer"}, (method, path)
    assert seen > 50


def test_the_document_names_its_server_license_and_tags(spec: Spec) -> None:
    assert spec["servers"] and spec["info"]["license"]["name"]
    declared = {tag["name"] for tag in spec["tags"]}
    used = {tag for _, _, operation in operations(spec) for tag in operation["tags"]}
    assert used == declared


def test_building_the_document_changes_no_shared_declaration(spec: Spec) -> None:
    from core.errors import error_responses

    assert spec["paths"]  # built by the fixture, on every route's `responses=`
    assert set(error_responses(429)[429]["headers"]) == {"Retry-After"}
    assert set(error_responses(401)[401]["headers"]) == {"WWW-Authenticate"}
