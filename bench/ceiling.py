"""The ceiling: a bare FastAPI app returning pre-recorded bytes from memory, no middleware.

`BENCH_CEILING_FILE` names a JSON file {path: {"body": str, "etag": str}} recorded from the
real API, so both serve byte-identical responses.
"""

import json
import os

from fastapi import FastAPI, Request
from fastapi.responses import Response

with open(os.environ["BENCH_CEILING_FILE"], encoding="utf-8") as handle:
    RECORDED = {
        path: (entry["body"].encode(), entry["etag"]) for path, entry in json.load(handle).items()
    }

app = FastAPI()


@app.get("/{path:path}")
async def serve(path: str, request: Request) -> Response:
    body, etag = RECORDED["/" + path]
    headers = {"ETag": etag, "Cache-Control": "public, max-age=5"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(content=body, media_type="application/json", headers=headers)
