"""The webhook dispatcher: a background loop in every API process.

1. Fan-out: each content event not yet fanned out becomes one delivery per matching active
   endpoint (a unique index on (event, endpoint) makes this idempotent across processes). An
   event waits until every live process has applied it (acked it), so a site that re-fetches
   on arrival gets fresh content from any process; a process that does not ack within
   `freshness_wait` is not waited for any longer.
2. Delivery: due deliveries are claimed one at a time with a conditional update that pushes
   their `next_attempt_at` past the attempt's timeout (the lease: a process that dies
   mid-attempt leaves it to be retried), then POSTed, signed per Standard Webhooks, without
   following redirects, reading at most `RESPONSE_CAP` bytes of the answer. Failures retry
   with exponential backoff and jitter up to `max_attempts`; an endpoint that has failed
   every attempt for `DISABLE_AFTER` is disabled with the reason.
"""

import asyncio
import contextlib
import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError

from app.models.common import utcnow
from app.models.event import ContentEvent
from app.models.webhook import DeliveryAttempt, DeliveryStatus, Webhook, WebhookDelivery
from app.services import event_tail, webhook_targets, webhooks
from core.secretbox import SecretBox

logger = logging.getLogger(__name__)
RESPONSE_CAP = 4096
DISABLE_AFTER = timedelta(days=1)
MAX_BACKOFF_SECONDS = 6 * 3600.0
PARALLEL_DELIVERIES = 8
USER_AGENT = "Inkwell-Webhooks/2"


@dataclass(frozen=True, slots=True)
class DispatchSettings:
    timeout: float
    max_attempts: int
    retry_base: float
    freshness_wait: float
    allow_private: bool


def payload_of(event: ContentEvent) -> str:
    return webhooks.message_body(event.type.value, event.created_at, event.data)


def backoff(attempts: int, base: float) -> float:
    """Seconds before attempt `attempts + 1`: base * 4^(n-1), capped, with 25 % jitter."""
    delay = min(base * 4.0 ** max(0, attempts - 1), MAX_BACKOFF_SECONDS)
    jitter: float = random.uniform(0.75, 1.25)  # noqa: S311 - spreading retries, not secrecy
    return delay * jitter


class Dispatcher:
    def __init__(self, settings: DispatchSettings, box: SecretBox) -> None:
        self.settings = settings
        self.box = box
        self._client: httpx.AsyncClient | None = None

    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=self.settings.timeout, follow_redirects=False, trust_env=False
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def run_once(self) -> None:
        await self.fan_out()
        await self.deliver_due()

    async def fan_out(self) -> None:
        collection = ContentEvent.get_pymongo_collection()
        waiting = [
            ContentEvent.model_validate(d)
            async for d in collection.find({"fanned_out": False}).sort("_id", 1).limit(200)
        ]
        if not waiting:
            return
        live = await event_tail.live_processes()
        hooks = await Webhook.find({"active": True}).to_list()
        now = utcnow()
        for event in waiting:
            fresh_everywhere = live.issubset(event.acked_by)
            waited = (now - event.created_at).total_seconds()
            if not fresh_everywhere and waited < self.settings.freshness_wait:
                continue
            payload = payload_of(event)
            for hook in hooks:
                if hook.wants(event.type.value):
                    await _create_delivery(hook, event, payload)
            await collection.update_one({"_id": event.id}, {"$set": {"fanned_out": True}})

    async def deliver_due(self) -> None:
        while True:
            claimed = [d for d in [await self._claim() for _ in range(PARALLEL_DELIVERIES)] if d]
            if not claimed:
                return
            await asyncio.gather(*(self._attempt(d) for d in claimed))

    async def _claim(self) -> WebhookDelivery | None:
        now = utcnow()
        lease = now + timedelta(seconds=self.settings.timeout + 5)
        document = await WebhookDelivery.get_pymongo_collection().find_one_and_update(
            {"status": DeliveryStatus.PENDING.value, "next_attempt_at": {"$lte": now}},
            {"$set": {"next_attempt_at": lease}, "$inc": {"attempts": 1}},
            sort=[("next_attempt_at", 1)],
            return_document=ReturnDocument.AFTER,
        )
        return WebhookDelivery.model_validate(document) if document else None

    async def _attempt(self, delivery: WebhookDelivery) -> None:
        hook = await Webhook.get(delivery.webhook_id)
        started = time.perf_counter()
        status_code: int | None = None
        error: str | None = None
        if hook is None or not hook.active:
            error = "the endpoint was deleted or disabled"
        else:
            try:
                status_code = await self._send(hook, delivery)
                if not 200 <= status_code < 300:
                    error = f"answered {status_code}"
            except webhook_targets.UnsafeTarget as exc:
                error = exc.detail
            except httpx.TimeoutException:
                error = f"no answer within {self.settings.timeout:g}s"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: connection failed"
        latency = round((time.perf_counter() - started) * 1000, 1)
        await self._record(hook, delivery, status_code=status_code, error=error, latency=latency)

    async def _send(self, hook: Webhook, delivery: WebhookDelivery) -> int:
        target = await webhook_targets.resolve(hook.url, allow_private=self.settings.allow_private)
        sent_at = utcnow()
        signature = webhooks.signer(hook, self.box).sign(
            delivery.message_id, sent_at, delivery.payload
        )
        headers = {
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "host": target.host_header,
            "webhook-id": delivery.message_id,
            "webhook-timestamp": str(int(sent_at.timestamp())),
            "webhook-signature": signature,
        }
        extensions: dict[str, Any] = {}
        if target.sni_hostname:
            extensions["sni_hostname"] = target.sni_hostname
        request = self.client().build_request(
            "POST", target.url, content=delivery.payload.encode(), headers=headers,
            extensions=extensions,
        )  # fmt: skip
        response = await self.client().send(request, stream=True)
        try:
            read = 0
            async for chunk in response.aiter_raw():  # the answer is not used: read a little
                read += len(chunk)
                if read >= RESPONSE_CAP:
                    break
        finally:
            await response.aclose()
        return response.status_code

    async def _record(
        self,
        hook: Webhook | None,
        delivery: WebhookDelivery,
        *,
        status_code: int | None,
        error: str | None,
        latency: float,
    ) -> None:
        now = utcnow()
        attempt = DeliveryAttempt(at=now, status_code=status_code, error=error, latency_ms=latency)
        changes: dict[str, Any] = {
            "last_status_code": status_code,
            "last_error": error,
            "last_latency_ms": latency,
        }
        if error is None:
            changes.update(status=DeliveryStatus.SUCCEEDED.value, completed_at=now)
        elif delivery.attempts >= self.settings.max_attempts or hook is None or not hook.active:
            changes.update(status=DeliveryStatus.FAILED.value, completed_at=now)
        else:
            delay = backoff(delivery.attempts, self.settings.retry_base)
            changes["next_attempt_at"] = now + timedelta(seconds=delay)
        await WebhookDelivery.get_pymongo_collection().update_one(
            {"_id": delivery.id},
            {
                "$set": changes,
                "$push": {"history": {"$each": [attempt.model_dump()], "$slice": -50}},
            },
        )
        if hook is not None:
            await _track_health(hook, failed=error is not None, now=now)


async def _create_delivery(hook: Webhook, event: ContentEvent, payload: str) -> None:
    assert hook.id is not None
    assert event.id is not None
    delivery = WebhookDelivery(
        webhook_id=hook.id, event_id=event.id, event_type=event.type.value, payload=payload
    )
    with contextlib.suppress(DuplicateKeyError):  # another process fanned it out first
        await delivery.insert()


async def _track_health(hook: Webhook, *, failed: bool, now: datetime) -> None:
    collection = Webhook.get_pymongo_collection()
    if not failed:
        if hook.failing_since is not None:
            await collection.update_one({"_id": hook.id}, {"$set": {"failing_since": None}})
        return
    if hook.failing_since is None:
        await collection.update_one(
            {"_id": hook.id, "failing_since": None}, {"$set": {"failing_since": now}}
        )
    elif now - hook.failing_since >= DISABLE_AFTER:
        reason = f"Disabled: every delivery failed since {hook.failing_since.isoformat()}"
        await collection.update_one(
            {"_id": hook.id, "active": True},
            {"$set": {"active": False, "disabled_reason": reason, "updated_at": now}},
        )
        logger.warning("webhook %s disabled: failing for over a day", hook.id)
