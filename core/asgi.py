"""Reading raw ASGI request headers (names are lower-case bytes in the scope)."""

from starlette.types import Scope


def header_values(scope: Scope, name: bytes) -> list[str]:
    """Every value of header `name`, in order."""
    return [value.decode("latin-1") for key, value in scope["headers"] if key == name]


def header(scope: Scope, name: bytes) -> str | None:
    """The first value of header `name`, if any."""
    values = header_values(scope, name)
    return values[0] if values else None
