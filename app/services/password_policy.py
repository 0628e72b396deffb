"""What a new password must be: long enough, not the user's own address, not a common one.

The common passwords are the 30,000 most frequent ones of real leaks, as shipped by `zxcvbn`
(the maintained Python port of Dropbox's estimator, MIT, pure Python, ~1.7 MB, no
dependencies). We use its list rather than its score so the rule is one a person can
understand ("too common"), and refuse a candidate if it, or it without a trailing run of
digits, "!" and "." ("Dragon2024!" -> "dragon"), is on the list (case-insensitive).
"""

import re
from functools import cache

import anyio

from core.errors import PasswordRejected

_TRAILING = re.compile(r"[0-9!.]+$")


@cache
def _common() -> frozenset[str]:
    # Imported lazily: 30,000 strings are worth loading only when a password is set.
    from zxcvbn.frequency_lists import FREQUENCY_LISTS  # type: ignore[import-untyped]

    return frozenset(FREQUENCY_LISTS["passwords"])


def problem(password: str, *, email: str | None, min_length: int) -> str | None:
    """Why `password` is refused, or None when it is acceptable."""
    if len(password) < min_length:
        return f"The password must have at least {min_length} characters"
    folded = password.casefold()
    if email:
        address = email.casefold()
        local = address.split("@", 1)[0]
        if folded in (address, local) or (
            len(local) >= 4 and local in folded and len(local) * 2 >= len(folded)
        ):
            return "The password must not be your e-mail address"
    stem = _TRAILING.sub("", folded)
    if folded in _common() or (len(stem) >= 4 and stem in _common()):
        return "This password is too common; choose a less predictable one"
    return None


async def ensure_acceptable(password: str, *, email: str | None, min_length: int) -> None:
    """Raise PasswordRejected (422) with the reason. Off the event loop: the first call loads
    the list."""
    reason = await anyio.to_thread.run_sync(
        lambda: problem(password, email=email, min_length=min_length)
    )
    if reason is not None:
        raise PasswordRejected(reason)
