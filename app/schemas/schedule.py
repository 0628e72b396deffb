"""Times at which something will be published: ISO-8601 with an offset, in the future."""

from datetime import UTC, datetime, timedelta
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field

from app.schemas.common import InputModel

MAX_AHEAD = timedelta(days=3660)  # ten years: enough for any plan, and far from datetime.max


def _future_utc(value: datetime) -> datetime:
    try:
        instant = value.astimezone(UTC)
    except OverflowError as exc:  # year 9999 with a negative offset, say: not a 500
        raise ValueError("out of range") from exc
    now = datetime.now(UTC)
    if instant <= now:
        raise ValueError("must be in the future")
    if instant > now + MAX_AHEAD:
        raise ValueError("must be at most ten years ahead")
    # Milliseconds, what MongoDB stores: the value reads back exactly as it was written.
    return instant.replace(microsecond=instant.microsecond // 1000 * 1000)


PublishAt = Annotated[
    AwareDatetime,
    AfterValidator(_future_utc),
    Field(description="ISO-8601 with an offset, in the future", examples=["2030-01-01T09:00:00Z"]),
]


class ApproveRequest(InputModel):
    """Optional body of an approval: with `publish_at` the post is scheduled, not published."""

    publish_at: PublishAt | None = None
