"""A real HTTP webhook receiver for the tests: records what arrives, can be made to fail."""

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    extra: Any = None

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """`status` is what it answers; `on_receive` runs in the handler before it answers."""

    status: int = 200
    on_receive: Callable[[Received], Any] | None = None
    received: list[Received] = field(default_factory=list)
    attempts: int = 0
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/hooks"

    def start(self) -> "Receiver":
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = self.rfile.read(length)
                receiver.attempts += 1
                status = receiver.status
                if status < 300:
                    message = Received(headers=dict(self.headers.items()), body=body)
                    if receiver.on_receive is not None:
                        message.extra = receiver.on_receive(message)
                    receiver.received.append(message)
                self.send_response(status)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                return  # keep test output clean

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def ids(self) -> list[str]:
        return [m.headers["webhook-id"] for m in self.received]

    def of_type(self, event_type: str) -> list[Received]:
        return [m for m in self.received if m.json["type"] == event_type]
