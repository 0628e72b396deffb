from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now in UTC, cut to milliseconds: what MongoDB stores, so values round-trip unchanged."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)
