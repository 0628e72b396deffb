"""A small Gemini-compatible HTTP server on 127.0.0.1, for the real SDK to talk to.

It speaks the REST wire format (`POST /{version}/models/{model}:generateContent` and
`:streamGenerateContent?alt=sse`, key in `x-goog-api-key`), builds JSON answers from the
schema in each request, returns PNG parts for IMAGE requests, and can be scripted to fail.
"""

import base64
import io
import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from PIL import Image

PATH = re.compile(
    r"^/(?P<version>v[0-9a-z]+)/models/(?P<model>[^:/]+):(?P<method>generateContent|streamGenerateContent)"
)


@dataclass
class Recorded:
    path: str
    model: str
    method: str
    api_key: str | None
    body: dict[str, Any]

    @property
    def schema(self) -> dict[str, Any]:
        """The response schema sent, or {} for a request without one."""
        config = self.body.get("generationConfig", {})
        schema: dict[str, Any] = (
            config.get("responseJsonSchema") or config.get("responseSchema") or {}
        )
        return schema

    @property
    def prompt(self) -> str:
        return " ".join(
            p.get("text", "") for c in self.body.get("contents", []) for p in c.get("parts", [])
        )

    @property
    def system(self) -> str:
        parts = self.body.get("systemInstruction", {}).get("parts", [])
        return " ".join(p.get("text", "") for p in parts)


@dataclass
class FakeGemini:
    """Behaviours queued with `script(...)` are used once each, in order; then `ok`.

    Behaviours: ok, wrong-count, malformed, duplicates, xss, 429, 500, 503, safety,
    prompt-blocked, slow:<seconds>, no-image, bad-image, stream-fail-midway, empty.
    """

    api_key: str
    port: int = 0
    requests: list[Recorded] = field(default_factory=list)
    _queue: deque[str] = field(default_factory=deque)

    def script(self, *behaviours: str) -> None:
        self._queue.extend(behaviours)

    def reset(self) -> None:
        self._queue.clear()
        self.requests.clear()

    def next_behaviour(self) -> str:
        return self._queue.popleft() if self._queue else "ok"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _sample(schema: dict[str, Any], hint: str, index: int) -> Any:
    """A value satisfying `schema`, distinct per index."""
    kind = schema.get("type")
    if kind == "object":
        return {
            name: _sample(sub, name, index) for name, sub in schema.get("properties", {}).items()
        }
    if kind == "array":
        size = schema.get("minItems", 3)
        return [
            _sample(schema.get("items", {"type": "string"}), hint, index * 100 + i)
            for i in range(size)
        ]
    return f"Fake {hint} {index}"


def png_bytes(colour: str = "orange") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (96, 64), colour).save(out, format="PNG")
    return out.getvalue()


# What every answer reports spending (the stream's last chunk: 8 output tokens).
USAGE = {"promptTokenCount": 11, "candidatesTokenCount": 7, "totalTokenCount": 18}
POST_CHUNKS = [
    "# Generated title\n\n",
    "An intro paragraph.\n\n",
    "## First section\n\n",
    "Body text.\n",
]


def _candidate_text(text: str, finish: str = "STOP") -> dict[str, Any]:
    return {
        "candidates": [
            {"content": {"parts": [{"text": text}], "role": "model"}, "finishReason": finish}
        ]
    }


def make_handler(fake: FakeGemini) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            return

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _error(self, code: int, status: str) -> None:
            payload: dict[str, Any] = {
                "error": {"code": code, "status": status, "message": f"fake {status}"}
            }
            if code == 429:
                payload["error"]["details"] = [
                    {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "17s"}
                ]
            self._json(code, payload)

        def do_POST(self) -> None:
            match = PATH.match(self.path)
            length = int(self.headers.get("content-length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            if not match:
                self._json(
                    404, {"error": {"code": 404, "status": "NOT_FOUND", "message": self.path}}
                )
                return
            recorded = Recorded(
                self.path, match["model"], match["method"], self.headers.get("x-goog-api-key"), body
            )
            fake.requests.append(recorded)
            if recorded.api_key != fake.api_key:
                self._error(403, "PERMISSION_DENIED")
                return
            behaviour = fake.next_behaviour()
            if behaviour.startswith("slow:"):
                time.sleep(float(behaviour.split(":", 1)[1]))
                behaviour = "ok"
            if behaviour in ("429", "500", "503"):
                self._error(
                    int(behaviour),
                    {"429": "RESOURCE_EXHAUSTED", "500": "INTERNAL", "503": "UNAVAILABLE"}[
                        behaviour
                    ],
                )
                return
            if match["method"] == "streamGenerateContent":
                self._stream(behaviour)
                return
            self._json(200, {**self._answer(recorded, behaviour), "usageMetadata": USAGE})

        def _answer(self, recorded: Recorded, behaviour: str) -> dict[str, Any]:
            if behaviour == "prompt-blocked":
                return {"promptFeedback": {"blockReason": "SAFETY"}}
            if behaviour == "safety":
                return {
                    "candidates": [
                        {"finishReason": "SAFETY", "content": {"parts": [], "role": "model"}}
                    ]
                }
            if behaviour == "empty":
                return _candidate_text("")
            modalities = recorded.body.get("generationConfig", {}).get("responseModalities", [])
            if "IMAGE" in modalities:
                if behaviour == "no-image":
                    return _candidate_text("I cannot draw that.")
                data = b"<svg/>" if behaviour == "bad-image" else png_bytes()
                part = {
                    "inlineData": {"mimeType": "image/png", "data": base64.b64encode(data).decode()}
                }
                return {
                    "candidates": [
                        {"content": {"parts": [part], "role": "model"}, "finishReason": "STOP"}
                    ]
                }
            schema = recorded.schema
            if not schema:
                text = "".join(POST_CHUNKS)
                if behaviour == "xss":
                    text += '\n<script>alert("x")</script><img src=x onerror=alert(1)>\n'
                return _candidate_text(f"```markdown\n{text}```" if behaviour == "fenced" else text)
            value = _sample(schema, "option", 0)
            options = value["options"]
            if behaviour == "wrong-count":
                options = options[:-1]
            elif behaviour == "duplicates":
                options = [options[0]] * len(options)
            elif behaviour == "xss":
                options = ['<script>alert("x")</script> idea', *options[1:]]
            value["options"] = options
            text = json.dumps(value)
            return _candidate_text(text[: len(text) // 2] if behaviour == "malformed" else text)

        def _stream(self, behaviour: str) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()
            for index, chunk in enumerate(POST_CHUNKS):
                event: dict[str, Any]
                if behaviour == "stream-fail-midway" and index == 2:
                    event = {
                        "candidates": [
                            {"finishReason": "SAFETY", "content": {"parts": [], "role": "model"}}
                        ]
                    }
                else:
                    # Each chunk carries the running usage; the last one is the call's total.
                    tokens = {**USAGE, "candidatesTokenCount": 2 * (index + 1)}
                    event = {**_candidate_text(chunk), "usageMetadata": tokens}
                self.wfile.write(f"data: {json.dumps(event)}\r\n\r\n".encode())
                self.wfile.flush()
                if behaviour == "stream-fail-midway" and index == 2:
                    return

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client that gave up (timeout tests) is expected, not an error


class FakeGeminiServer:
    def __init__(self, api_key: str) -> None:
        self.fake = FakeGemini(api_key=api_key)
        self._server = _QuietServer(("127.0.0.1", 0), make_handler(self.fake))
        self.fake.port = self._server.server_port
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeGemini:
        self._thread.start()
        return self.fake

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
