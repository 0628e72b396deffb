"""Request ids, the access log, hostile input, client addresses behind proxies."""

import io
import json

import pytest
from fastapi import FastAPI

from core.rate_limit import client_ip_resolver
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient


async def test_every_response_has_a_request_id(client: ApiClient) -> None:
    first = await client.get(f"{API}/posts")
    second = await client.get("/nowhere")
    assert len(first.headers["x-request-id"]) == 32
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("trace-123.abc:9", True),
        ("bad id with spaces", False),
        ("x" * 129, False),
        ("<script>", False),
    ],
)
async def test_a_well_formed_client_request_id_is_kept(
    client: ApiClient, sent: str, kept: bool
) -> None:
    response = await client.get(f"{API}/settings", headers={"X-Request-ID": sent})
    assert (response.headers["x-request-id"] == sent) is kept


async def test_one_access_log_line_per_request_without_secrets(
    client: ApiClient, app: FastAPI, writer: dict[str, str]
) -> None:
    sink = io.BytesIO()
    app.state.access_log.stream = sink
    app.state.access_log.flush()
    sink.seek(0)
    sink.truncate()
    token = writer["Authorization"].split()[1]
    response = await client.get(
        f"{API}/auth/me?access_token={token}", headers={**writer, "X-Request-ID": "req-1"}
    )
    await client.post(
        f"{API}/auth/login", json={"email": "writer@example.com", "password": "writer-password"}
    )
    app.state.access_log.flush()
    logged = sink.getvalue().decode()
    lines = [json.loads(line) for line in logged.splitlines()]
    assert len(lines) == 2
    me = lines[0]
    assert me["request_id"] == "req-1"
    assert (me["method"], me["path"], me["status"]) == ("GET", "/api/v1/auth/me", 200)
    assert me["user_id"] == response.json()["id"]
    assert isinstance(me["duration_ms"], float) and me["client"] == "127.0.0.1"
    assert lines[1]["user_id"] is None and lines[1]["status"] == 200
    assert token not in logged and "writer-password" not in logged and "access_token" not in logged


async def test_access_lines_are_batched_and_flushed_on_their_own() -> None:
    import asyncio

    from core.access_log import AccessLog

    async def lines_in(sink: io.BytesIO, count: int) -> bool:
        for _ in range(100):  # the writer thread writes soon after the hand-off
            if sink.getvalue().count(b"\n") >= count:
                return True
            await asyncio.sleep(0.01)
        return False

    sink = io.BytesIO()
    log = AccessLog(sink, flush_seconds=0.01, max_lines=3)
    log.write({"n": 1})
    assert sink.getvalue() == b""  # buffered
    assert await lines_in(sink, 1)
    assert sink.getvalue() == b'{"n":1}\n'  # flushed by the timer
    patient = AccessLog(sink, flush_seconds=60, max_lines=3)
    for n in range(2, 5):
        patient.write({"n": n})
    assert await lines_in(sink, 4)  # the next three at max_lines, without waiting a minute
    log.close()
    patient.close()


@pytest.mark.parametrize(
    "payload",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"email": ' + b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"}",
        b'{"email": "a@b.co", "password": 1e999999}',
        b'{"email": "a@b.co", "password": "' + b"\\ud800" * 10 + b'"}',
        b'{"email": "a@b.co", "email": "c@d.co", "password": "x"}',
        b"\x00\x01\x02",
        b'"' + b"a" * 100 + b'"',
        b"null",
    ],
    ids=[
        "deep-array",
        "deep-object",
        "huge-number",
        "lone-surrogates",
        "duplicate-keys",
        "binary",
        "string",
        "null",
    ],
)
async def test_hostile_json_is_4xx_never_500(client: ApiClient, payload: bytes) -> None:
    response = await client.post(
        f"{API}/auth/login", content=payload, headers={"content-type": "application/json"}
    )
    assert 400 <= response.status_code < 500, response.text
    assert "detail" in response.json()


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"],
)
async def test_wrong_content_types_are_4xx(client: ApiClient, content_type: str) -> None:
    response = await client.post(
        f"{API}/auth/login", content=b"email=a&password=b", headers={"content-type": content_type}
    )
    assert 400 <= response.status_code < 500


def scope(peer: str, *forwarded: str) -> dict[str, object]:
    return {
        "client": (peer, 1234),
        "headers": [(b"x-forwarded-for", f.encode()) for f in forwarded],
    }


@pytest.mark.parametrize(
    ("trusted", "peer", "forwarded", "expected"),
    [
        ([], "203.0.113.9", ["198.51.100.1"], "203.0.113.9"),  # no trusted proxies: the peer
        (["10.0.0.1"], "203.0.113.9", ["198.51.100.1"], "203.0.113.9"),  # untrusted peer
        (["10.0.0.1"], "10.0.0.1", ["198.51.100.1"], "198.51.100.1"),
        (["10.0.0.0/8"], "10.0.0.2", ["6.6.6.6, 198.51.100.1, 10.0.0.5"], "198.51.100.1"),
        (["10.0.0.0/8"], "10.0.0.2", ["6.6.6.6", "198.51.100.1"], "198.51.100.1"),  # two headers
        (["10.0.0.0/8"], "10.0.0.2", [], "10.0.0.2"),
        (["10.0.0.0/8", "::1"], "::1", ["2001:db8::7"], "2001:db8::7"),
        (["10.0.0.0/8"], "10.0.0.2", ["10.0.0.3, 10.0.0.4"], "10.0.0.3"),  # all trusted: left-most
    ],
)
def test_client_ip_is_the_rightmost_untrusted_forwarded_address(
    trusted: list[str], peer: str, forwarded: list[str], expected: str
) -> None:
    assert client_ip_resolver(trusted)(scope(peer, *forwarded)) == expected


async def test_rate_limits_follow_the_forwarded_client_behind_a_trusted_proxy(
    client_with: ClientFactory,
) -> None:
    body = {"email": "nobody@example.com", "password": "password-1"}
    async with client_with(
        client_ip="10.1.2.3", trusted_proxies=["10.0.0.0/8"], auth_rate_limit="2/minute"
    ) as http:
        first = [
            (
                await http.post(
                    f"{API}/auth/login", json=body, headers={"X-Forwarded-For": "198.51.100.7"}
                )
            ).status_code
            for _ in range(3)
        ]
        other = await http.post(
            f"{API}/auth/login", json=body, headers={"X-Forwarded-For": "198.51.100.8"}
        )
        spoofed = await http.post(
            f"{API}/auth/login", json=body, headers={"X-Forwarded-For": "1.2.3.4, 198.51.100.7"}
        )
    assert first == [401, 401, 429]
    assert other.status_code == 401  # another client behind the same proxy
    assert spoofed.status_code == 429  # a forged left-most entry changes nothing


async def test_a_bad_trusted_proxy_setting_is_refused(settings_factory: object) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        settings_factory(trusted_proxies=["not-an-ip"])  # type: ignore[operator]


async def test_docs_can_be_switched_off(client_with: ClientFactory) -> None:
    async with client_with(api_docs=False) as http:
        assert (await http.get("/docs")).status_code == 404
        assert (await http.get("/openapi.json")).status_code == 404
        assert (await http.get(f"{API}/settings")).status_code == 200


async def test_a_failing_log_stream_never_fails_a_request_and_counts_what_it_lost() -> None:
    from core.access_log import AccessLog

    closed = io.BytesIO()
    closed.close()
    log = AccessLog(closed, max_lines=2)
    log.write({"n": 1})
    log.write({"n": 2})  # reaches max_lines: the write fails quietly
    log.write({"n": 3})
    log.close()
    assert log.dropped == 3


async def test_a_stuck_log_stream_never_blocks_the_event_loop() -> None:
    import asyncio
    import threading

    from core.access_log import AccessLog

    entered, released = threading.Event(), threading.Event()

    class Stuck(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            entered.set()
            released.wait(5)
            return super().write(data)

    sink = Stuck()
    log = AccessLog(sink, max_lines=1, max_batches=1)
    log.write({"n": 0})  # the writer thread takes it and blocks
    assert await asyncio.to_thread(entered.wait, 5)
    started = asyncio.get_running_loop().time()
    for n in range(1, 4):  # one queued, two more dropped; none of it waits
        log.write({"n": n})
    assert asyncio.get_running_loop().time() - started < 0.5
    assert log.dropped == 2
    released.set()
    log.close()
    assert sink.getvalue().count(b"\n") == 2


async def test_the_access_log_can_be_switched_off(client_with: ClientFactory) -> None:
    async with client_with(access_log=False) as http:
        assert http.app is not None and http.app.state.access_log is None
        assert (await http.get(f"{API}/settings")).status_code == 200


async def test_the_json_body_cap_follows_max_body_mb(client_with: ClientFactory) -> None:
    body = b'{"markdown": "' + b"a" * (1024 * 1024 + 10) + b'"}'  # just over 1 MB
    async with client_with(max_body_mb=1) as http:
        headers = await http.signup_and_login("cap@example.com", "password-1")
        response = await http.post(
            f"{API}/markdown/preview",
            content=body,
            headers={**headers, "content-type": "application/json"},
        )
    assert response.status_code == 413
    assert response.json() == {"detail": "Request body too large", "code": "payload_too_large"}
