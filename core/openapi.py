"""The OpenAPI document, with the errors every operation of a kind can return declared once.

Routes declare their own domain errors (`responses=error_responses(...)`); what follows from
the framework itself is added here: malformed or oversized bodies (400, 413) wherever there
is a body, 401 wherever a token is required, 503 wherever the database is used.
"""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from core.errors import ErrorBody, error_responses

ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}


def _declared(code: int) -> dict[str, Any]:
    description = error_responses(code)[code]["description"]
    return {"description": description, "content": {"application/json": {"schema": ERROR_REF}}}


def install(app: FastAPI, *, database_prefix: str) -> None:
    def build() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            summary=app.summary,
            routes=app.routes,
            tags=app.openapi_tags,
        )
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        schemas.setdefault("ErrorBody", ErrorBody.model_json_schema())
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                codes = set()
                if "requestBody" in operation:
                    codes |= {400, 413}
                if operation.get("security"):
                    codes.add(401)
                if path.startswith(database_prefix):
                    codes.add(503)
                responses = operation.setdefault("responses", {})
                for code in sorted(codes):
                    responses.setdefault(str(code), _declared(code))
        app.openapi_schema = schema
        return schema

    app.openapi = build  # type: ignore[method-assign]
