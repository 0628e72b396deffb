"""A small OpenAI-compatible HTTP server on 127.0.0.1, for the real `openai` SDK to talk to.

It speaks the wire format of `POST /v1/chat/completions` (JSON, `response_format`
json_schema or json_object, and `stream: true` as `chat.completion.chunk` events ending in
`data: [DONE]`, with the usage chunk when `stream_options.include_usage` asks for it) and of
`POST /v1/images/generations` (`b64_json`), checks the bearer key, reports usage, answers
errors as `{"error": {...}}` with their real status codes, and can be scripted to misbehave
with the same behaviour names as tests/fake_gemini.py.
"""

import base64
import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.fake_gemini import POST_CHUNKS, _sample, png_bytes


@dataclass
class Recorded:
    path: str
    api_key: str | None
    body: dict[str, Any]
    usage: dict[str, int] = field(default_factory=dict)  # what the answer reported

    @property
    def method(self) -> str:
        return "images" if self.path.endswith("/images/generations") else "chat"

    @property
    def model(self) -> str:
        return str(self.body.get("model", ""))

    def _content(self, role: str) -> str:
        return " ".join(
            str(m.get("content", "")) for m in self.body.get("messages", []) if m["role"] == role
        )

    @property
    def prompt(self) -> str:
        return self._content("user") or str(self.body.get("prompt", ""))

    @property
    def system(self) -> str:
        return self._content("system")

    @property
    def schema(self) -> dict[str, Any]:
        response_format = self.body.get("response_format") or {}
        schema: dict[str, Any] = response_format.get("json_schema", {}).get("schema", {})
        return schema


@dataclass
class FakeOpenAI:
    """Behaviours queued with `script(...)` are used once each, in order; then `ok`.

    Behaviours: ok, wrong-count, malformed, duplicates, xss, fenced, 429, 500, 503, safety,
    refusal, slow:<seconds>, no-image, bad-image, stream-fail-midway, empty.
    `json_schema = False` makes the server refuse `response_format: json_schema` (400).
    """

    api_key: str
    port: int = 0
    json_schema: bool = True
    requests: list[Recorded] = field(default_factory=list)
    _queue: deque[str] = field(default_factory=deque)

    def script(self, *behaviours: str) -> None:
        self._queue.extend(behaviours)

    def reset(self) -> None:
        self._queue.clear()
        self.requests.clear()
        self.json_schema = True

    def next_behaviour(self) -> str:
        return self._queue.popleft() if self._queue else "ok"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


def _usage(recorded: Recorded, answer: str) -> dict[str, int]:
    prompt = max(1, len(recorded.system + recorded.prompt) // 4)
    completion = max(1, len(answer) // 4)
    recorded.usage = {"prompt_tokens": prompt, "completion_tokens": completion}
    return {**recorded.usage, "total_tokens": prompt + completion}


def _completion(
    recorded: Recorded, text: str | None, finish: str = "stop", **message: Any
) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": recorded.model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text, "refusal": None, **message},
                "finish_reason": finish,
                "logprobs": None,
            }
        ],
        "usage": _usage(recorded, text or ""),
    }


def _chunk(recorded: Recorded, content: str | None, finish: str | None = None) -> dict[str, Any]:
    delta = {"content": content} if content is not None else {}
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": recorded.model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _options_value(recorded: Recorded) -> dict[str, Any]:
    """Options shaped by the JSON schema, or in JSON mode by what the instruction says."""
    if recorded.schema:
        value: dict[str, Any] = _sample(recorded.schema, "option", 0)
        return value
    count = int(re.search(r"exactly (\d+) items", recorded.system)[1])  # type: ignore[index]
    outline = "heading" in recorded.system
    item = {"type": "array", "items": {"type": "string"}, "minItems": 3} if outline else {}
    return {"options": [_sample(item or {"type": "string"}, "option", i) for i in range(count)]}


def make_handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            return

        def _json(
            self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
        ) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def _error(
            self, status: int, message: str, kind: str, code: str | None, **headers: str
        ) -> None:
            body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
            self._json(status, body, headers)

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            auth = self.headers.get("authorization", "")
            recorded = Recorded(self.path, auth.removeprefix("Bearer ") or None, body)
            if self.path not in ("/v1/chat/completions", "/v1/images/generations"):
                self._error(404, f"Unknown path {self.path}", "invalid_request_error", None)
                return
            fake.requests.append(recorded)
            if recorded.api_key != fake.api_key:
                # Like the real service, the message shows part of the key: we must not echo it.
                shown = f"{(recorded.api_key or '')[:8]}***"
                self._error(
                    401,
                    f"Incorrect API key provided: {shown}",
                    "invalid_request_error",
                    "invalid_api_key",
                )
                return
            response_format = body.get("response_format")  # an object for chat, text for images
            wants_schema = (
                isinstance(response_format, dict) and response_format.get("type") == "json_schema"
            )
            if wants_schema and not fake.json_schema:
                self._error(
                    400,
                    "response_format json_schema is not supported",
                    "invalid_request_error",
                    None,
                )
                return
            behaviour = fake.next_behaviour()
            if behaviour.startswith("slow:"):
                time.sleep(float(behaviour.split(":", 1)[1]))
                behaviour = "ok"
            if behaviour == "429":
                self._error(
                    429,
                    "Rate limit reached",
                    "requests",
                    "rate_limit_exceeded",
                    **{"retry-after": "17"},
                )
                return
            if behaviour in ("500", "503"):
                message = "The server is overloaded" if behaviour == "503" else "Internal error"
                self._error(int(behaviour), message, "server_error", None)
                return
            if recorded.method == "images":
                self._image(recorded, behaviour)
            elif body.get("stream"):
                self._stream(recorded, behaviour)
            else:
                self._json(200, self._answer(recorded, behaviour))

        def _answer(self, recorded: Recorded, behaviour: str) -> dict[str, Any]:
            if behaviour == "safety":
                return _completion(recorded, None, finish="content_filter")
            if behaviour == "refusal":
                return _completion(recorded, None, refusal="I can't help with that.")
            if behaviour == "empty":
                return _completion(recorded, "")
            if not recorded.body.get("response_format"):  # a post, not a step
                text = "".join(POST_CHUNKS)
                if behaviour == "xss":
                    text += '\n<script>alert("x")</script><img src=x onerror=alert(1)>\n'
                return _completion(
                    recorded, f"```markdown\n{text}```" if behaviour == "fenced" else text
                )
            value = _options_value(recorded)
            options = value["options"]
            if behaviour == "wrong-count":
                options = options[:-1]
            elif behaviour == "duplicates":
                options = [options[0]] * len(options)
            elif behaviour == "xss":
                options = ['<script>alert("x")</script> idea', *options[1:]]
            text = json.dumps({**value, "options": options})
            return _completion(
                recorded, text[: len(text) // 2] if behaviour == "malformed" else text
            )

        def _image(self, recorded: Recorded, behaviour: str) -> None:
            data: list[dict[str, Any]] = []
            if behaviour != "no-image":
                image = b"<svg/>" if behaviour == "bad-image" else png_bytes()
                item: dict[str, Any] = {"b64_json": base64.b64encode(image).decode()}
                if not recorded.model.startswith("gpt-image"):
                    item["revised_prompt"] = f"A detailed picture of {recorded.prompt}"
                data.append(item)
            recorded.usage = {"input_tokens": 20, "output_tokens": 1056}
            usage = {
                **recorded.usage,
                "total_tokens": 1076,
                "input_tokens_details": {"image_tokens": 0, "text_tokens": 20},
            }
            self._json(200, {"created": int(time.time()), "data": data, "usage": usage})

        def _stream(self, recorded: Recorded, behaviour: str) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()

            def send(payload: dict[str, Any] | str) -> None:
                data = payload if isinstance(payload, str) else json.dumps(payload)
                self.wfile.write(f"data: {data}\n\n".encode())
                self.wfile.flush()

            for index, piece in enumerate(POST_CHUNKS):
                if behaviour == "stream-fail-midway" and index == 2:
                    send(_chunk(recorded, None, finish="content_filter"))
                    return
                send(_chunk(recorded, piece))
            send(_chunk(recorded, None, finish="stop"))
            if (recorded.body.get("stream_options") or {}).get("include_usage"):
                usage = _usage(recorded, "".join(POST_CHUNKS))
                send({**_chunk(recorded, None), "choices": [], "usage": usage})
            send("[DONE]")

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client that gave up (timeout tests) is expected, not an error


class FakeOpenAIServer:
    def __init__(self, api_key: str) -> None:
        self.fake = FakeOpenAI(api_key=api_key)
        self._server = _QuietServer(("127.0.0.1", 0), make_handler(self.fake))
        self.fake.port = self._server.server_port
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self.fake

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
