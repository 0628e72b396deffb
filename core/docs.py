"""API docs that work offline: Swagger UI and ReDoc served from this process.

The assets come from `fastapi-offline` (a maintained package that ships them); the pages load
only scripts from this origin, no inline script, so the docs CSP can stay `'self'`.
"""

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

VENDOR = Path(fastapi_offline.__file__).parent / "static"
OWN = Path(__file__).parent / "docs_assets"
ASSETS = "/docs/assets"

_SWAGGER = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Swagger UI</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="{assets}/favicon.png">
<link rel="stylesheet" href="{assets}/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="{assets}/swagger-ui-bundle.js"></script>
<script src="{assets}/own/swagger-init.js" data-openapi-url="{openapi}"></script>
</body></html>"""

_REDOC = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - ReDoc</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="{assets}/favicon.png"></head>
<body><redoc spec-url="{openapi}"></redoc>
<script src="{assets}/redoc.standalone.js"></script>
</body></html>"""


def install(app: FastAPI, *, openapi_url: str) -> None:
    swagger = _SWAGGER.format(title=app.title, assets=ASSETS, openapi=openapi_url)
    redoc = _REDOC.format(title=app.title, assets=ASSETS, openapi=openapi_url)

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return HTMLResponse(swagger)

    @app.get("/redoc", include_in_schema=False)
    async def redoc_ui() -> HTMLResponse:
        return HTMLResponse(redoc)

    app.mount(f"{ASSETS}/own", StaticFiles(directory=OWN), name="docs-own")
    app.mount(ASSETS, StaticFiles(directory=VENDOR), name="docs-assets")
