"""The framework-free ceiling: a bare ASGI callable returning pre-recorded bytes from memory.

No framework, no middleware, no routing beyond one dict lookup: what uvicorn itself can serve
on this machine. Same recorded bytes and headers as `bench/ceiling.py` (the bare FastAPI
ceiling), read from the JSON file named by `BENCH_CEILING_FILE`.
"""

import json
import os
from typing import Any

from starlette.types import Receive, Scope, Send

Headers = list[tuple[bytes, bytes]]


def _load() -> dict[str, tuple[bytes, bytes, Headers, Headers]]:
    with open(os.environ["BENCH_CEILING_FILE"], encoding="utf-8") as handle:
        recorded: dict[str, Any] = json.load(handle)
    routes = {}
    for path, entry in recorded.items():
        body, etag = entry["body"].encode(), entry["etag"].encode()
        not_modified = [(b"etag", etag), (b"cache-control", b"public, max-age=5")]
        ok = [
            *not_modified,
            (b"content-length", str(len(body)).encode()),
            (b"content-type", b"application/json"),
        ]
        routes[path] = (body, etag, ok, not_modified)
    return routes


ROUTES = _load()


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":  # lifespan: nothing to start
        message = await receive()
        while message["type"] != "lifespan.shutdown":
            await send({"type": message["type"] + ".complete"})
            message = await receive()
        await send({"type": "lifespan.shutdown.complete"})
        return
    body, etag, ok, not_modified = ROUTES[scope["path"]]
    for name, value in scope["headers"]:
        if name == b"if-none-match" and value == etag:
            await send({"type": "http.response.start", "status": 304, "headers": not_modified})
            await send({"type": "http.response.body", "body": b""})
            return
    await send({"type": "http.response.start", "status": 200, "headers": ok})
    await send({"type": "http.response.body", "body": body})
