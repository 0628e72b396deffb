"""The one slowapi Limiter of an app, and the check used by rate-limit dependencies.

The limiter is built per app from settings (memory:// or a shared store such as redis://)
and kept on `app.state.limiter`, so each app instance, and each test, has its own counters.
Limits are applied through dependencies (see app/deps.py) rather than slowapi's decorator, so
endpoints need no `request` parameter and failures go through our one error renderer.
"""

import math
import time

from limits import parse as parse_rate_limit
from slowapi import Limiter
from starlette.requests import Request

from core.config import Settings
from core.errors import RateLimited


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def build_limiter(settings: Settings) -> Limiter:
    return Limiter(
        key_func=client_ip,
        storage_uri=settings.rate_limit_storage_uri,
        strategy="moving-window",
        key_prefix="inkwell",
    )


def enforce(request: Request, *, limit: str, scope: str, key: str) -> None:
    """Count one hit for `key` in `scope`; raise RateLimited (429 + Retry-After) past `limit`."""
    limiter: Limiter = request.app.state.limiter
    item = parse_rate_limit(limit)
    if limiter.limiter.hit(item, scope, key):
        return
    reset_at, _remaining = limiter.limiter.get_window_stats(item, scope, key)
    raise RateLimited(retry_after=math.ceil(reset_at - time.time()))
