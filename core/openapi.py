"""The OpenAPI document as a contract for generated clients.

- operation ids are the route functions' names in camelCase (`list_posts` -> `listPosts`),
  so they are explicit, stable and readable; `create_app` passes `operation_id` to FastAPI;
- every error, 422 included, is the one `ErrorBody` schema; framework-level errors are
  declared here once: 413 everywhere (the body cap applies to every route, even to a GET
  with a body), 400 wherever there is a body, 401 wherever a token is required, 503 wherever
  the database is used;
- public operations say `security: []`; every response declares `X-Request-ID`; cached public
  reads declare `ETag`, `Cache-Control` and their 304;
- FastAPI's generated `Body_*` schemas get real names and uploads are `format: binary`.
"""

import re
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from core.errors import ErrorBody, ValidationIssue, error_responses

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}
REQUEST_ID_REF = {"$ref": "#/components/headers/XRequestId"}
HEADERS: dict[str, dict[str, Any]] = {
    "XRequestId": {
        "description": "The request id: the client's X-Request-ID if well-formed, else a new one",
        "schema": {"type": "string"},
    },
    "ETag": {"description": "Strong validator of the body", "schema": {"type": "string"}},
    "CacheControl": {"description": "Caching policy", "schema": {"type": "string"}},
}
# Marker put on cached public routes by `cached_responses()`; read back in `_finish`.
CACHED_MARK = "x-inkwell-cached"


def operation_id(route: APIRoute) -> str:
    head, *rest = route.name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def cached_responses(*errors: Any) -> dict[int | str, dict[str, Any]]:
    """`responses=` of a public read served from the byte cache: its 304 and its errors."""
    return {
        200: {CACHED_MARK: True},
        304: {"description": "Not modified: If-None-Match matched the current ETag"},
        **error_responses(*errors),
    }


def _declared(code: int) -> dict[str, Any]:
    description = error_responses(code)[code]["description"]
    entry: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": ERROR_REF}},
    }
    headers = error_responses(code)[code].get("headers")
    if headers:
        entry["headers"] = headers
    return entry


def _rename_body_schemas(schema: dict[str, Any]) -> None:
    """`Body_uploadImage` -> `UploadImageForm`, references included."""
    schemas = schema.get("components", {}).get("schemas", {})
    renames = {
        name: name.removeprefix("Body_")[:1].upper() + name.removeprefix("Body_")[1:] + "Form"
        for name in schemas
        if name.startswith("Body_")
    }
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
        schemas[new]["title"] = new
    if not renames:
        return
    pattern = re.compile(r"#/components/schemas/(Body_[A-Za-z0-9_]+)")

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: rewrite(v) for k, v in node.items()}
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        if isinstance(node, str) and node.startswith("#/components/schemas/Body_"):
            return pattern.sub(lambda m: "#/components/schemas/" + renames[m.group(1)], node)
        return node

    schema["paths"] = rewrite(schema["paths"])


def _binary_uploads(schema: dict[str, Any]) -> None:
    for definition in schema.get("components", {}).get("schemas", {}).values():
        for prop in definition.get("properties", {}).values():
            if prop.get("contentMediaType") == "application/octet-stream":
                prop.pop("contentMediaType")
                prop["format"] = "binary"


def _finish_operation(
    path: str, operation: dict[str, Any], database_prefixes: tuple[str, ...]
) -> None:
    codes = {413}
    if "requestBody" in operation:
        codes.add(400)
    if operation.get("security"):
        codes.add(401)
    else:
        operation["security"] = []  # public, said explicitly
    if path.startswith(database_prefixes):
        codes.add(503)
    responses = operation.setdefault("responses", {})
    if "422" in responses:
        responses["422"] = _declared(422)
    for code in sorted(codes):
        responses.setdefault(str(code), _declared(code))
    for status, response in responses.items():
        cached = response.pop(CACHED_MARK, False)
        # A copy: routes share their `responses=` header dicts (error_responses' constants).
        headers = response["headers"] = dict(response.get("headers", {}))
        headers["X-Request-ID"] = REQUEST_ID_REF
        if cached or status == "304":
            headers["ETag"] = {"$ref": "#/components/headers/ETag"}
            headers["Cache-Control"] = {"$ref": "#/components/headers/CacheControl"}


def install(app: FastAPI, *, database_prefixes: tuple[str, ...], server_url: str) -> None:
    def build() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            summary=app.summary,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
            servers=[{"url": server_url, "description": "This API"}],
            license_info={"name": "Proprietary", "identifier": "LicenseRef-Inkwell"},
        )
        components = schema.setdefault("components", {})
        schemas = components.setdefault("schemas", {})
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        schemas["ErrorBody"] = ErrorBody.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        schemas["ErrorBody"].pop("$defs", None)
        schemas["ValidationIssue"] = ValidationIssue.model_json_schema()
        components["headers"] = HEADERS
        _rename_body_schemas(schema)
        _binary_uploads(schema)
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                _finish_operation(path, operation, database_prefixes)
        app.openapi_schema = schema
        return schema

    app.openapi = build  # type: ignore[method-assign]
