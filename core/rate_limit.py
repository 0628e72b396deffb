"""The one slowapi Limiter of an app, and the check used by rate-limit dependencies.

The limiter is built per app from settings (memory:// or a shared store such as redis://)
and kept on `app.state.limiter`, so each app instance, and each test, has its own counters.
Limits are applied through dependencies (see app/deps.py) rather than slowapi's decorator, so
endpoints need no `request` parameter and failures go through our one error renderer.
"""

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv6Address, ip_address, ip_network

import anyio.to_thread
from limits import RateLimitItem
from limits import parse as parse_rate_limit
from slowapi import Limiter
from starlette.requests import Request
from starlette.types import Scope

from core.asgi import header_values
from core.config import Settings
from core.errors import RateLimited


def client_ip_resolver(trusted_proxies: Sequence[str]) -> Callable[[Scope], str]:
    """How to tell a request's client address.

    The direct peer, unless the peer is a trusted proxy: then the right-most address in
    X-Forwarded-For that is not itself a trusted proxy (everything left of it could have been
    written by the client). Run uvicorn with --no-proxy-headers so this is the only place
    that reads the header.
    """
    networks = [ip_network(proxy, strict=False) for proxy in trusted_proxies]

    def trusted(address: str) -> bool:
        try:
            parsed: IPv4Address | IPv6Address = ip_address(address)
        except ValueError:
            return False
        return any(parsed in network for network in networks)

    def resolve(scope: Scope) -> str:
        peer = str(scope["client"][0]) if scope.get("client") else "unknown"
        if not networks or not trusted(peer):
            return peer
        forwarded = header_values(scope, b"x-forwarded-for")
        hops = [hop.strip() for line in forwarded for hop in line.split(",") if hop.strip()]
        for hop in reversed(hops):
            if not trusted(hop):
                return hop
        return hops[0] if hops else peer

    return resolve


@dataclass(frozen=True, slots=True)
class AppLimiter:
    limiter: Limiter
    blocking: bool  # a networked store (Redis) is a blocking client: call it off the loop


def build_limiter(settings: Settings) -> AppLimiter:
    uri = settings.rate_limit_storage_uri
    limiter = Limiter(
        key_func=lambda request: "unused",  # keys are passed explicitly by enforce()
        storage_uri=uri,
        strategy="moving-window",
        key_prefix="inkwell",
    )
    return AppLimiter(limiter=limiter, blocking=not uri.startswith("memory://"))


@dataclass(frozen=True, slots=True)
class Budget:
    """One rate limit on one key, which a service can check and charge without HTTP: the
    per-account login limit is checked before the password and charged only on failure."""

    app_limiter: AppLimiter
    limit: str
    scope: str
    key: str

    async def _call(self, op: Callable[..., tuple[bool, float]]) -> tuple[bool, float]:
        item = parse_rate_limit(self.limit)
        limiter = self.app_limiter.limiter
        if self.app_limiter.blocking:
            return await anyio.to_thread.run_sync(op, limiter, item, self.scope, self.key)
        return op(limiter, item, self.scope, self.key)

    async def spend(self) -> None:
        """Count one hit; raise RateLimited (429 + Retry-After) past the limit."""
        allowed, reset_at = await self._call(_hit)
        if not allowed:
            raise RateLimited(retry_after=math.ceil(reset_at - time.time()))

    async def check(self) -> None:
        """Raise RateLimited if the budget is used up, without counting a hit."""
        allowed, reset_at = await self._call(_test)
        if not allowed:
            raise RateLimited(retry_after=math.ceil(reset_at - time.time()))

    async def charge(self) -> None:
        """Count one hit, whatever the outcome (the caller already answered)."""
        await self._call(_hit)


async def enforce(request: Request, *, limit: str, scope: str, key: str) -> None:
    """Count one hit for `key` in `scope`; raise RateLimited (429 + Retry-After) past `limit`."""
    await Budget(request.app.state.limiter, limit, scope, key).spend()


def _hit(limiter: Limiter, item: RateLimitItem, scope: str, key: str) -> tuple[bool, float]:
    if limiter.limiter.hit(item, scope, key):
        return True, 0.0
    reset_at, _remaining = limiter.limiter.get_window_stats(item, scope, key)
    return False, float(reset_at)


def _test(limiter: Limiter, item: RateLimitItem, scope: str, key: str) -> tuple[bool, float]:
    if limiter.limiter.test(item, scope, key):
        return True, 0.0
    reset_at, _remaining = limiter.limiter.get_window_stats(item, scope, key)
    return False, float(reset_at)
