"""AI usage: every provider call is recorded (with its tokens, latency and outcome) and added
to its user's daily totals; the optional daily token quota is checked before each call.

A call is charged whatever its outcome: the provider fills the meter as answers arrive, so
a call that fails after the provider answered still costs what it consumed. The quota is
checked before a call, so calls already running when it is crossed complete (and count).
"""

import logging
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from time import perf_counter

import anyio
from beanie import PydanticObjectId
from pymongo.errors import DuplicateKeyError, PyMongoError

from app.models.ai_usage import AIUsage, AIUsageDaily
from app.models.common import utcnow
from app.services.ai.base import Meter
from core.errors import AIQuotaExceeded, AppError

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling the AI, and the limits that apply to them."""

    user_id: PydanticObjectId
    daily_tokens: int | None = None
    retention_days: int = 400
    session_id: PydanticObjectId | None = None

    def for_session(self, session_id: PydanticObjectId | None) -> "Caller":
        return Caller(self.user_id, self.daily_tokens, self.retention_days, session_id)


def day_of(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d")


def seconds_to_midnight(now: datetime) -> int:
    midnight = (now.astimezone(UTC) + timedelta(days=1)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return max(1, math.ceil((midnight - now).total_seconds()))


async def used_today(user_id: PydanticObjectId, *, now: datetime | None = None) -> int:
    today = day_of(now or utcnow())
    totals = AIUsageDaily.find({"user": user_id, "day": today})
    return sum([doc.total_tokens async for doc in totals])


async def ensure_quota(caller: Caller) -> None:
    """429 `ai_quota_exceeded` with Retry-After until midnight UTC once today's tokens reach
    AI_DAILY_TOKENS."""
    if caller.daily_tokens is None:
        return
    now = utcnow()
    used = await used_today(caller.user_id, now=now)
    if used >= caller.daily_tokens:
        raise AIQuotaExceeded(
            retry_after=seconds_to_midnight(now),
            detail=f"Your daily AI quota of {caller.daily_tokens} tokens is used up "
            f"({used} tokens today); it resets at midnight UTC",
        )


@dataclass(slots=True)
class MeteredCall:
    """One provider call being measured; `finish()` records it (once)."""

    caller: Caller
    provider: str
    model: str
    step: str
    meter: Meter = field(default_factory=Meter)
    _started: float = field(default_factory=perf_counter)
    _finished: bool = False

    async def finish(self, outcome: str) -> None:
        if self._finished:
            return
        self._finished = True
        latency_ms = round((perf_counter() - self._started) * 1000)
        # Shielded: a stream whose client went away is still recorded.
        with anyio.CancelScope(shield=True):
            try:
                await _record(self, outcome=outcome, latency_ms=latency_ms)
            except PyMongoError as exc:
                logger.warning("AI usage not recorded (%s): %s", type(exc).__name__, self.step)

    async def fail(self, exc: BaseException) -> None:
        await self.finish(exc.code if isinstance(exc, AppError) else "internal_error")


async def start(caller: Caller, *, provider: str, model: str, step: str) -> MeteredCall:
    """Check the quota, then start measuring a call."""
    await ensure_quota(caller)
    return MeteredCall(caller=caller, provider=provider, model=model, step=step)


async def _record(call: MeteredCall, *, outcome: str, latency_ms: int) -> None:
    meter, caller = call.meter, call.caller
    provider = meter.provider or call.provider
    model = meter.model or call.model
    now = utcnow()
    expires_at = now + timedelta(days=caller.retention_days)
    await AIUsage(
        user=caller.user_id,
        provider=provider,
        model=model,
        step=call.step,
        input_tokens=meter.input_tokens,
        output_tokens=meter.output_tokens,
        total_tokens=meter.total_tokens,
        estimated=meter.estimated,
        latency_ms=latency_ms,
        outcome=outcome,
        session=caller.session_id,
        at=now,
        expires_at=expires_at,
    ).insert()
    key = {"user": caller.user_id, "day": day_of(now), "provider": provider, "model": model}
    change = {
        "$inc": {
            "calls": 1,
            "errors": 0 if outcome == "ok" else 1,
            "input_tokens": meter.input_tokens,
            "output_tokens": meter.output_tokens,
            "total_tokens": meter.total_tokens,
        },
        "$max": {"expires_at": expires_at},
    }
    collection = AIUsageDaily.get_pymongo_collection()
    try:
        await collection.update_one(key, change, upsert=True)
    except DuplicateKeyError:
        # Two first calls of the day raced to create the document: it exists now.
        await collection.update_one(key, change)
