"""Where a webhook may be sent: public http(s) addresses only, unless configured otherwise.

The host is resolved and every address checked (loopback, private, link-local — cloud
metadata lives there —, shared CGNAT space, multicast, reserved, unspecified, and the same
inside IPv4-mapped IPv6). The request is then sent to the checked address itself, with the
original Host header and TLS server name, so DNS cannot answer differently in between.
"""

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from core.errors import Unprocessable

_SHARED = ipaddress.ip_network("100.64.0.0/10")


class UnsafeTarget(Unprocessable):
    code = "webhook_target_forbidden"
    default_detail = "Webhook URLs must point at a public http(s) address"


@dataclass(frozen=True, slots=True)
class Target:
    url: str  # with the host replaced by the checked address
    host_header: str
    sni_hostname: str | None


def _forbidden(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or (isinstance(address, ipaddress.IPv4Address) and address in _SHARED)
    )


def check_url_shape(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeTarget("Webhook URLs must be absolute http(s) URLs")
    if parts.username or parts.password:
        raise UnsafeTarget("Webhook URLs must not carry credentials")


async def resolve(url: str, *, allow_private: bool) -> Target:
    """The address to send to; `UnsafeTarget` if the URL is not a public http(s) address."""
    check_url_shape(url)
    parts = urlsplit(url)
    host = parts.hostname
    assert host is not None
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UnsafeTarget(f"The webhook host '{host}' does not resolve") from exc
    addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    if not allow_private and any(_forbidden(a) for a in addresses):
        raise UnsafeTarget(
            "The webhook URL resolves to a loopback, private, link-local or reserved address "
            "(set WEBHOOK_ALLOW_PRIVATE_NETWORKS=true to allow it)"
        )
    chosen = addresses[0]
    literal = f"[{chosen}]" if chosen.version == 6 else str(chosen)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    return Target(
        url=urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")),
        host_header=parts.netloc,
        sni_hostname=host if parts.scheme == "https" else None,
    )
