"""Webhooks through the HTTP API, delivered by the real dispatcher to a real HTTP receiver."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from standardwebhooks import Webhook as Verifier
from standardwebhooks import WebhookVerificationError

from app.models import ContentEvent, Webhook
from app.services import users, webhook_targets
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient
from tests.receivers import Receiver

HOOKS = f"{API}/admin/webhooks"
FAST = {
    "event_poll_seconds": 0.05,
    "webhook_dispatch_interval_seconds": 0.05,
    "webhook_retry_base_seconds": 0.05,
}


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver().start()
    yield server
    server.stop()


@pytest.fixture
async def fast(client_with: ClientFactory) -> AsyncIterator[tuple[ApiClient, dict[str, str]]]:
    """An app whose dispatcher and retries run every 50 ms, and its admin's headers."""
    async with client_with(**FAST) as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        yield http, await http.login("boss@example.com", "boss-password")


async def until(check: Callable[[], Awaitable[bool] | bool], within: float = 10) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        result = check()
        if await result if asyncio.iscoroutine(result) else result:
            return
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def add_hook(
    http: ApiClient, admin: dict[str, str], url: str, **extra: Any
) -> dict[str, Any]:
    response = await http.post(HOOKS, json={"url": url, "events": ["*"], **extra}, headers=admin)
    assert response.status_code == 201, response.text
    hook: dict[str, Any] = response.json()
    return hook


async def test_the_secret_is_shown_once_and_stored_sealed(fast: Any, receiver: Receiver) -> None:
    http, admin = fast
    hook = await add_hook(http, admin, receiver.url, description="site")
    assert hook["secret"].startswith("whsec_")
    shown = await http.get(f"{HOOKS}/{hook['id']}", headers=admin)
    assert shown.status_code == 200 and "secret" not in shown.json()
    stored = await Webhook.get_pymongo_collection().find_one({})
    assert stored is not None and hook["secret"] not in str(stored)
    assert hook["secret"].removeprefix("whsec_") not in str(stored)


async def test_webhooks_are_admin_only(fast: Any, receiver: Receiver) -> None:
    http, _ = fast
    writer = await http.signup_and_login("w@example.com", "writer-password")
    response = await http.post(HOOKS, json={"url": receiver.url, "events": ["*"]}, headers=writer)
    assert response.status_code == 403
    assert (await http.get(HOOKS)).status_code == 401


async def test_content_events_arrive_signed_per_standard_webhooks(
    fast: Any, receiver: Receiver
) -> None:
    http, admin = fast
    hook = await add_hook(http, admin, receiver.url)
    post = await http.create_post(admin, title="Hello hooks", published=True)
    await http.put(f"{API}/blogs/{post['id']}", json={"title": "Hello again"}, headers=admin)
    await http.post(f"{API}/admin/blogs/{post['id']}/unpublish", headers=admin)
    await http.delete(f"{API}/blogs/{post['id']}", headers=admin)  # a draft: no event
    await http.put(f"{API}/settings", json={"site_name": "Hooked"}, headers=admin)
    await until(lambda: len(receiver.received) == 4)
    await asyncio.sleep(0.3)  # nothing else arrives
    verifier = Verifier(hook["secret"])
    bodies = [verifier.verify(m.body, m.headers) for m in receiver.received]
    by_type = {b["type"]: b for b in bodies}
    assert set(by_type) == {
        "post.published",
        "post.updated",
        "post.unpublished",
        "settings.updated",
    }
    assert by_type["post.published"]["data"]["slug"] == "hello-hooks"
    assert "body" in by_type["post.published"]["data"]  # the public representation
    assert by_type["post.updated"]["data"]["title"] == "Hello again"
    assert by_type["post.unpublished"]["data"] == {
        "id": post["id"], "slug": "hello-hooks", "path": "/blog/hello-hooks"
    }  # fmt: skip
    assert by_type["settings.updated"]["data"]["site_name"] == "Hooked"
    assert len(set(receiver.ids())) == 4
    tampered = dict(receiver.received[0].headers, **{"webhook-signature": "v1,AAAA"})
    with pytest.raises(WebhookVerificationError):
        verifier.verify(receiver.received[0].body, tampered)


async def test_deleting_a_published_post_or_page_sends_its_id_slug_and_path(
    fast: Any, receiver: Receiver
) -> None:
    http, admin = fast
    await add_hook(http, admin, receiver.url, events=["post.deleted", "page.deleted"])
    post = await http.create_post(admin, title="Gone soon", published=True)
    page = (await http.post(f"{API}/pages", json={"title": "About", "body": "<p>x</p>",
                                                   "published": True}, headers=admin)).json()  # fmt: skip
    await http.delete(f"{API}/blogs/{post['id']}", headers=admin)
    await http.delete(f"{API}/admin/pages/{page['id']}", headers=admin)
    await until(lambda: len(receiver.received) == 2)
    datas = {m.json["type"]: m.json["data"] for m in receiver.received}
    assert datas["post.deleted"] == {
        "id": post["id"],
        "slug": "gone-soon",
        "path": "/blog/gone-soon",
    }
    assert datas["page.deleted"] == {"id": page["id"], "slug": "about", "path": "/about"}


async def test_a_failed_write_emits_nothing(fast: Any, receiver: Receiver) -> None:
    http, admin = fast
    await add_hook(http, admin, receiver.url)
    await http.create_post(admin, title="Taken", slug="taken", published=True)
    await until(lambda: len(receiver.received) == 1)
    events_before = await ContentEvent.count()
    duplicate = await http.post(
        f"{API}/posts", json={"title": "Again", "slug": "taken", "published": True}, headers=admin
    )
    assert duplicate.status_code == 409
    bad = await http.put(f"{API}/settings", json={"site_name": ""}, headers=admin)
    assert bad.status_code == 422
    await asyncio.sleep(0.3)
    assert await ContentEvent.count() == events_before
    assert len(receiver.received) == 1


async def test_a_receiver_down_then_up_gets_every_event_once(fast: Any, receiver: Receiver) -> None:
    http, admin = fast
    hook = await add_hook(http, admin, receiver.url)
    receiver.status = 503
    for n in range(3):
        await http.create_post(admin, title=f"Post {n}", published=True)

    async def each_failed_twice() -> bool:
        log = (await http.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin)).json()
        return log["total"] == 3 and all(len(d["history"]) >= 2 for d in log["items"])

    await until(each_failed_twice)
    receiver.status = 200
    await until(lambda: len(receiver.received) == 3)
    await asyncio.sleep(0.3)
    assert len(receiver.received) == 3 and len(set(receiver.ids())) == 3
    log = (await http.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin)).json()
    assert log["total"] == 3
    for delivery in log["items"]:
        assert delivery["status"] == "succeeded" and delivery["attempts"] >= 2
        assert delivery["history"][0]["status_code"] == 503
        assert delivery["history"][-1]["status_code"] == 200
        assert delivery["last_latency_ms"] is not None and delivery["next_attempt_at"] is None
    assert f"msg_{log['items'][0]['id']}" in receiver.ids()  # webhook-id = the delivery's id


async def test_failing_every_attempt_ends_failed_and_a_day_of_it_disables(
    client_with: ClientFactory, receiver: Receiver
) -> None:
    receiver.status = 500
    async with client_with(**FAST, webhook_max_attempts=2) as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        admin = await http.login("boss@example.com", "boss-password")
        hook = await add_hook(http, admin, receiver.url)
        await http.create_post(admin, title="Never arrives", published=True)

        async def failed() -> bool:
            log = (await http.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin)).json()
            return bool(log["items"]) and log["items"][0]["status"] == "failed"

        await until(failed)
        assert receiver.attempts == 2
        shown = (await http.get(f"{HOOKS}/{hook['id']}", headers=admin)).json()
        assert shown["active"] is True and shown["failing_since"] is not None
        # A day of failures: the next failed attempt disables the endpoint and says why.
        await Webhook.get_pymongo_collection().update_many(
            {}, {"$set": {"failing_since": datetime.now(UTC) - timedelta(hours=25)}}
        )
        await http.create_post(admin, title="Still failing", published=True)

        async def disabled() -> bool:
            shown = (await http.get(f"{HOOKS}/{hook['id']}", headers=admin)).json()
            return shown["active"] is False

        await until(disabled)
        shown = (await http.get(f"{HOOKS}/{hook['id']}", headers=admin)).json()
        assert "failed since" in shown["disabled_reason"]
        enabled = await http.patch(f"{HOOKS}/{hook['id']}", json={"active": True}, headers=admin)
        assert enabled.json()["disabled_reason"] is None and enabled.json()["active"] is True


async def test_rotating_the_secret_signs_with_the_new_one(fast: Any, receiver: Receiver) -> None:
    http, admin = fast
    hook = await add_hook(http, admin, receiver.url)
    rotated = (await http.post(f"{HOOKS}/{hook['id']}/rotate-secret", headers=admin)).json()
    assert rotated["secret"] != hook["secret"]
    await http.create_post(admin, title="After rotation", published=True)
    await until(lambda: len(receiver.received) == 1)
    message = receiver.received[0]
    Verifier(rotated["secret"]).verify(message.body, message.headers)
    with pytest.raises(WebhookVerificationError):
        Verifier(hook["secret"]).verify(message.body, message.headers)


async def test_ping_and_redeliver_keep_the_webhook_id(fast: Any, receiver: Receiver) -> None:
    http, admin = fast
    hook = await add_hook(http, admin, receiver.url, events=["page.published"])
    ping = await http.post(f"{HOOKS}/{hook['id']}/ping", headers=admin)
    assert ping.status_code == 202
    await until(lambda: len(receiver.received) == 1)
    assert receiver.received[0].json["type"] == "webhook.ping"
    again = await http.post(
        f"{HOOKS}/{hook['id']}/deliveries/{ping.json()['id']}/redeliver", headers=admin
    )
    assert again.status_code == 202
    await until(lambda: len(receiver.received) == 2)
    assert receiver.ids()[0] == receiver.ids()[1] == f"msg_{ping.json()['id']}"
    missing = await http.post(f"{HOOKS}/{hook['id']}/deliveries/nope/redeliver", headers=admin)
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://100.64.0.1/hook",
        "http://0.0.0.0/hook",
    ],
)
async def test_private_targets_are_refused_in_production(
    client_with: ClientFactory, url: str
) -> None:
    async with client_with(env="production") as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        admin = await http.login("boss@example.com", "boss-password")
        response = await http.post(HOOKS, json={"url": url, "events": ["*"]}, headers=admin)
    assert response.status_code == 422
    assert response.json()["code"] == "webhook_target_forbidden"


async def test_private_targets_can_be_allowed_explicitly(
    client_with: ClientFactory, receiver: Receiver
) -> None:
    async with client_with(env="production", webhook_allow_private_networks=True) as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        admin = await http.login("boss@example.com", "boss-password")
        response = await http.post(
            HOOKS, json={"url": receiver.url, "events": ["*"]}, headers=admin
        )
    assert response.status_code == 201


@pytest.mark.parametrize(
    "url", ["ftp://example.com/x", "http://user:pw@example.com/x", "https:///nohost"]
)
async def test_webhook_urls_must_be_plain_http_urls(fast: Any, url: str) -> None:
    http, admin = fast
    response = await http.post(HOOKS, json={"url": url, "events": ["*"]}, headers=admin)
    assert response.status_code == 422


async def test_the_target_is_the_checked_address_with_the_original_host() -> None:
    target = await webhook_targets.resolve("https://localhost:8443/a?b=1", allow_private=True)
    assert target.url in ("https://127.0.0.1:8443/a?b=1", "https://[::1]:8443/a?b=1")
    assert target.host_header == "localhost:8443" and target.sni_hostname == "localhost"


async def test_a_new_event_wakes_the_dispatcher_without_waiting_for_its_tick(
    client_with: ClientFactory, receiver: Receiver
) -> None:
    # A 30 s idle tick: the delivery comes at once only because the stored ack wakes it.
    slow_tick = {**FAST, "webhook_dispatch_interval_seconds": 30}
    async with client_with(**slow_tick) as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        admin = await http.login("boss@example.com", "boss-password")
        await add_hook(http, admin, receiver.url)
        await asyncio.sleep(0.2)  # the dispatcher's first (start-up) run is over
        await http.create_post(admin, title="Woken", published=True)
        await until(lambda: len(receiver.received) == 1, within=5)
