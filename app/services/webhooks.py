"""Webhook endpoints: create, change, rotate their secret, list their deliveries, redeliver.

Secrets follow Standard Webhooks (`whsec_` + base64 of 24 random bytes), are shown once, and
are stored sealed (core.secretbox) so that a database dump does not reveal them.
"""

import base64
import secrets
from datetime import datetime
from typing import Any

import orjson
from beanie import PydanticObjectId, SortDirection
from pymongo import ReturnDocument
from standardwebhooks import Webhook as Signer

from app.models.common import utcnow
from app.models.webhook import DeliveryStatus, Webhook, WebhookDelivery
from app.schemas.webhooks import DeliveryPublic, WebhookCreate, WebhookUpdate
from app.services import content, webhook_targets
from core.errors import NotFound
from core.secretbox import SecretBox

WEBHOOK_NOT_FOUND = "Webhook not found"
PURPOSE = "inkwell/webhook-secrets/v1"


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def signer(hook: Webhook, box: SecretBox) -> Signer:
    return Signer(box.open(hook.secret_sealed))


async def create(
    *, data: WebhookCreate, box: SecretBox, allow_private: bool
) -> tuple[Webhook, str]:
    await webhook_targets.resolve(data.url, allow_private=allow_private)
    secret = new_secret()
    hook = Webhook(
        url=data.url,
        events=[str(e) for e in data.events],
        description=data.description,
        active=data.active,
        secret_sealed=box.seal(secret),
    )
    await hook.insert()
    return hook, secret


async def get(webhook_id: str) -> Webhook:
    hook = await content.get_by_id(Webhook, webhook_id)
    if hook is None:
        raise NotFound(WEBHOOK_NOT_FOUND)
    return hook


async def list_all(*, page: int, per_page: int) -> tuple[list[Webhook], int]:
    query = Webhook.find({})
    items = (
        await query.sort([("created_at", SortDirection.DESCENDING)])
        .skip((page - 1) * per_page)
        .limit(per_page)
        .to_list()
    )
    return items, await Webhook.find({}).count()


async def update(*, hook: Webhook, data: WebhookUpdate, allow_private: bool) -> Webhook:
    changes: dict[str, Any] = data.model_dump(exclude_unset=True)
    if "url" in changes:
        await webhook_targets.resolve(changes["url"], allow_private=allow_private)
    if "events" in changes:
        changes["events"] = [str(e) for e in changes["events"]]
    if changes.get("active") is True:
        changes.update(disabled_reason=None, failing_since=None)
    updated = await content.update_fields(Webhook, hook.id, changes)
    if updated is None:
        raise NotFound(WEBHOOK_NOT_FOUND)
    return updated


async def rotate_secret(*, hook: Webhook, box: SecretBox) -> tuple[Webhook, str]:
    secret = new_secret()
    updated = await content.update_fields(Webhook, hook.id, {"secret_sealed": box.seal(secret)})
    if updated is None:
        raise NotFound(WEBHOOK_NOT_FOUND)
    return updated, secret


async def delete(*, hook: Webhook) -> None:
    result = await Webhook.get_pymongo_collection().delete_one({"_id": hook.id})
    if result.deleted_count != 1:
        raise NotFound(WEBHOOK_NOT_FOUND)
    await WebhookDelivery.get_pymongo_collection().delete_many(
        {"webhook_id": hook.id, "status": DeliveryStatus.PENDING.value}
    )


async def deliveries(
    *, hook: Webhook, page: int, per_page: int
) -> tuple[list[DeliveryPublic], int]:
    query = {"webhook_id": hook.id}
    found = (
        await WebhookDelivery.find(query)
        .sort([("created_at", SortDirection.DESCENDING)])
        .skip((page - 1) * per_page)
        .limit(per_page)
        .to_list()
    )
    return [public_delivery(d) for d in found], await WebhookDelivery.find(query).count()


def public_delivery(delivery: WebhookDelivery) -> DeliveryPublic:
    return DeliveryPublic.model_validate(
        {
            **delivery.model_dump(exclude={"payload"}),
            "webhook_id": str(delivery.webhook_id),
            "event_id": str(delivery.event_id),
            "next_attempt_at": delivery.next_attempt_at
            if delivery.status is DeliveryStatus.PENDING
            else None,
        }
    )


async def redeliver(*, hook: Webhook, delivery_id: str) -> WebhookDelivery:
    """Send a delivery again (same `webhook-id`, so receivers can still deduplicate)."""
    oid = content.parse_object_id(delivery_id)
    document = await WebhookDelivery.get_pymongo_collection().find_one_and_update(
        {"_id": oid, "webhook_id": hook.id},
        {"$set": {"status": DeliveryStatus.PENDING.value, "next_attempt_at": utcnow(),
                  "attempts": 0, "completed_at": None}},
        return_document=ReturnDocument.AFTER,
    )  # fmt: skip
    if document is None:
        raise NotFound("Delivery not found")
    redelivered: WebhookDelivery = WebhookDelivery.model_validate(document)
    return redelivered


async def ping(*, hook: Webhook) -> WebhookDelivery:
    """Queue a `webhook.ping` message to this endpoint, whatever its event filter."""
    now = utcnow()
    event_id = PydanticObjectId()
    delivery = WebhookDelivery(
        webhook_id=hook.id,
        event_id=event_id,
        event_type="webhook.ping",
        payload=message_body("webhook.ping", now, {"webhook_id": str(hook.id)}),
    )
    await delivery.insert()
    return delivery


def message_body(event_type: str, timestamp: datetime, data: dict[str, Any]) -> str:
    """The JSON every delivery sends (and signs): `{"type", "timestamp", "data"}`."""
    return orjson.dumps(
        {"type": event_type, "timestamp": timestamp.isoformat(), "data": data}
    ).decode()
