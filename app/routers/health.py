"""Liveness and readiness, for load balancers and orchestrators (outside /api/v1)."""

from fastapi import APIRouter, Request
from pydantic import BaseModel

from core import db
from core.errors import ServiceUnavailable, error_responses

router = APIRouter(prefix="/health", tags=["health"])
READY_TIMEOUT_SECONDS = 1.0


class Health(BaseModel):
    status: str


@router.get("/live", response_model=Health)
async def get_liveness() -> Health:
    """The process answers (restart it if not)."""
    return Health(status="ok")


@router.get("/ready", response_model=Health, responses=error_responses(503))
async def get_readiness(request: Request) -> Health:
    """The database answers a ping within a second (send traffic elsewhere if not)."""
    if not await db.ping(request.state.mongo, within=READY_TIMEOUT_SECONDS):
        raise ServiceUnavailable("Database unavailable")
    return Health(status="ok")
