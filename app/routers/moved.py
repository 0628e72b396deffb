"""The answer for an old slug of a published post or page: a 301 a site can follow.

Redirects are not kept in the byte cache: old links are rare traffic, and every change that
could alter one (the target's slug, status or deletion, a new document taking the slug)
already invalidates the `post`/`page` namespace, so caching would be correct but saves little.
The response carries the public `Cache-Control`, so browsers and CDNs hold it no longer than
a public read (a 301 without one is cached indefinitely, and a slug can be taken back).
"""

from typing import Any

from fastapi.responses import JSONResponse

from app.schemas.redirects import Redirect
from core.http_cache import ResponseCache

MOVED_RESPONSE: dict[int | str, dict[str, Any]] = {
    301: {
        "model": Redirect,
        "description": "An old slug: the document lives at `Location` (and `redirect`) now",
        "headers": {
            "Location": {
                "description": "The API path of the document",
                "schema": {"type": "string"},
            },
            "Cache-Control": {"$ref": "#/components/headers/CacheControl"},
        },
    }
}


def moved_response(location: str, slug: str, cache: ResponseCache) -> JSONResponse:
    return JSONResponse(
        Redirect(redirect=slug).model_dump(),
        status_code=301,
        headers={"Location": location, "Cache-Control": cache.cache_control},
    )
