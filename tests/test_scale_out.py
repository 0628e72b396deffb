"""More than one process: real `uvicorn main:app` processes on one database and one Redis."""

import asyncio
import subprocess
import sys
import time
from collections.abc import Callable

import httpx

from tests.fake_gemini import FakeGemini
from tests.helpers import API
from tests.live_server import ROOT, LiveServer


def seed_admin(env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "seed.py", "--admin-only"], cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)},
                   check=True, capture_output=True)  # fmt: skip


async def test_two_processes_share_content_and_rate_limits(
    live_server: Callable[..., LiveServer], live_env: dict[str, str], redis_url: str
) -> None:
    seed_admin(live_env)
    shared = {
        "RATE_LIMIT_STORAGE_URI": redis_url,
        "AUTH_RATE_LIMIT": "4/minute",
        "EVENT_POLL_SECONDS": "0.1",
    }
    one, two = live_server(**shared), live_server(**shared)
    credentials = {"email": live_env["ADMIN_EMAIL"], "password": live_env["ADMIN_PASSWORD"]}
    async with httpx.AsyncClient(base_url=one.url) as a, httpx.AsyncClient(base_url=two.url) as b:
        login = await a.post(f"{API}/auth/login", json=credentials)  # 1st auth hit
        admin = {"Authorization": f"Bearer {login.json()['access_token']}"}
        assert (await b.get(f"{API}/auth/me", headers=admin)).status_code == 200  # same secret

        created = await a.post(
            f"{API}/posts", json={"title": "Shared", "published": True}, headers=admin
        )
        assert (await b.get(f"{API}/posts/shared")).json()["title"] == "Shared"  # B caches it

        edited_at = time.monotonic()
        await a.put(f"{API}/posts/{created.json()['id']}", json={"title": "Edited"}, headers=admin)
        assert (await a.get(f"{API}/posts/shared")).json()[
            "title"
        ] == "Edited"  # the writer: at once
        while (await b.get(f"{API}/posts/shared")).json()["title"] != "Edited":
            assert time.monotonic() - edited_at < 3, "B never converged"
            await asyncio.sleep(0.05)
        assert time.monotonic() - edited_at <= 2  # one 0.1 s event-log poll, slack for a busy box

        wrong = {"email": "nobody@example.com", "password": "password-1"}
        statuses = [
            (await b.post(f"{API}/auth/login", json=wrong)).status_code,  # 2nd
            (await a.post(f"{API}/auth/login", json=wrong)).status_code,  # 3rd
            (await b.post(f"{API}/auth/login", json=wrong)).status_code,  # 4th
            (await a.post(f"{API}/auth/login", json=wrong)).status_code,  # over the shared limit
        ]
        limited = await b.post(f"{API}/auth/login", json=wrong)
    assert statuses == [401, 401, 401, 429]
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
    assert "server" not in limited.headers


async def test_sigterm_drains_in_flight_requests(
    live_server: Callable[..., LiveServer], live_env: dict[str, str], fake_gemini: FakeGemini
) -> None:
    seed_admin(live_env)
    server = live_server(
        AI_PROVIDER="gemini", GEMINI_API_KEY=fake_gemini.api_key, GEMINI_BASE_URL=fake_gemini.url
    )
    credentials = {"email": live_env["ADMIN_EMAIL"], "password": live_env["ADMIN_PASSWORD"]}
    fake_gemini.script("slow:2")
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        token = (await http.post(f"{API}/auth/login", json=credentials)).json()["access_token"]
        slow = asyncio.create_task(
            http.post(
                f"{API}/ai/titles",
                json={"topic": "tea"},
                headers={"Authorization": f"Bearer {token}"},
            )
        )
        await asyncio.sleep(0.7)  # the request is in flight, waiting on the provider
        server.terminate()
        response = await slow
    assert response.status_code == 200
    assert len(response.json()["options"]) == 5
    assert server.process is not None
    # uvicorn re-raises SIGTERM once it has drained and shut down: death by signal 15.
    assert await asyncio.to_thread(server.process.wait, 20) in (0, -15)
    assert (
        "shutdown complete: background loops, database and AI clients closed"
        in server.log.read_text()
    )
