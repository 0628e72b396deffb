"""Webhook endpoints and their delivery log (admin)."""

from fastapi import APIRouter, Request, status

from app.background import WEBHOOK_LOOP
from app.deps import AdminUser, AdminWebhook, Pagination, SecretBoxDep, SettingsDep
from app.schemas.common import Paginated
from app.schemas.webhooks import (
    DeliveryPublic,
    WebhookCreate,
    WebhookPublic,
    WebhookUpdate,
    WebhookWithSecret,
)
from app.services import webhooks
from app.services.webhook_targets import UnsafeTarget
from core.errors import NotFound, error_responses

router = APIRouter(prefix="/admin/webhooks", tags=["webhooks"], responses=error_responses(401, 403))


def _wake(request: Request) -> None:
    request.app.state.supervisor.wake(WEBHOOK_LOOP)


@router.get("", response_model=Paginated[WebhookPublic])
async def list_webhooks(paging: Pagination, _admin: AdminUser) -> Paginated[WebhookPublic]:
    """Every webhook endpoint, newest first."""
    items, total = await webhooks.list_all(page=paging.page, per_page=paging.per_page)
    return Paginated[WebhookPublic].build(
        items=[WebhookPublic.model_validate(h) for h in items],
        total=total,
        page=paging.page,
        per_page=paging.per_page,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=WebhookWithSecret,
    responses=error_responses(UnsafeTarget),
)
async def create_webhook(
    body: WebhookCreate, _admin: AdminUser, box: SecretBoxDep, settings: SettingsDep
) -> WebhookWithSecret:
    """Add an endpoint; the answer carries its signing secret, shown only this once."""
    hook, secret = await webhooks.create(
        data=body, box=box, allow_private=settings.webhooks_may_target_private
    )
    return WebhookWithSecret.model_validate({**hook.model_dump(), "secret": secret})


@router.get("/{webhook_id}", response_model=WebhookPublic, responses=error_responses(NotFound))
async def get_webhook(hook: AdminWebhook) -> WebhookPublic:
    """One endpoint (never its secret)."""
    return WebhookPublic.model_validate(hook)


@router.patch(
    "/{webhook_id}", response_model=WebhookPublic, responses=error_responses(NotFound, UnsafeTarget)
)
async def update_webhook(
    hook: AdminWebhook, body: WebhookUpdate, settings: SettingsDep
) -> WebhookPublic:
    """Change an endpoint; `active: true` re-enables one that was disabled for failing."""
    updated = await webhooks.update(
        hook=hook, data=body, allow_private=settings.webhooks_may_target_private
    )
    return WebhookPublic.model_validate(updated)


@router.delete(
    "/{webhook_id}", status_code=status.HTTP_204_NO_CONTENT, responses=error_responses(NotFound)
)
async def delete_webhook(hook: AdminWebhook) -> None:
    """Remove an endpoint and its pending deliveries."""
    await webhooks.delete(hook=hook)


@router.post(
    "/{webhook_id}/rotate-secret",
    response_model=WebhookWithSecret,
    responses=error_responses(NotFound),
)
async def rotate_webhook_secret(hook: AdminWebhook, box: SecretBoxDep) -> WebhookWithSecret:
    """A new signing secret, shown only this once; the old one stops signing at once."""
    updated, secret = await webhooks.rotate_secret(hook=hook, box=box)
    return WebhookWithSecret.model_validate({**updated.model_dump(), "secret": secret})


@router.get(
    "/{webhook_id}/deliveries",
    response_model=Paginated[DeliveryPublic],
    responses=error_responses(NotFound),
)
async def list_webhook_deliveries(
    hook: AdminWebhook, paging: Pagination
) -> Paginated[DeliveryPublic]:
    """Deliveries to this endpoint, newest first: status, attempts, codes, latency, next retry."""
    items, total = await webhooks.deliveries(hook=hook, page=paging.page, per_page=paging.per_page)
    return Paginated[DeliveryPublic].build(
        items=items, total=total, page=paging.page, per_page=paging.per_page
    )


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/redeliver",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DeliveryPublic,
    responses=error_responses(NotFound),
)
async def redeliver_webhook_delivery(
    hook: AdminWebhook, delivery_id: str, request: Request
) -> DeliveryPublic:
    """Send a delivery again now, with the same `webhook-id`."""
    delivery = await webhooks.redeliver(hook=hook, delivery_id=delivery_id)
    _wake(request)
    return webhooks.public_delivery(delivery)


@router.post(
    "/{webhook_id}/ping",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DeliveryPublic,
    responses=error_responses(NotFound),
)
async def ping_webhook(hook: AdminWebhook, request: Request) -> DeliveryPublic:
    """Queue a `webhook.ping` test message to this endpoint."""
    delivery = await webhooks.ping(hook=hook)
    _wake(request)
    return webhooks.public_delivery(delivery)
