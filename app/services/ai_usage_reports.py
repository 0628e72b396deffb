"""AI usage reports, read from the daily totals (a few documents per user and day), so a
report costs the same whatever the number of calls behind it."""

from datetime import date, timedelta
from typing import Any

from beanie import PydanticObjectId, SortDirection

from app.models import User
from app.models.ai_usage import AIUsageDaily
from app.models.common import utcnow
from app.schemas.ai_usage import AIUsageDay, AIUsageRow, AIUsageTotals, MyAIUsage

REPORT_ORDER = [
    ("day", SortDirection.DESCENDING),
    ("user", SortDirection.ASCENDING),
    ("provider", SortDirection.ASCENDING),
    ("model", SortDirection.ASCENDING),
]
_COUNTERS = ("calls", "errors", "input_tokens", "output_tokens", "total_tokens")


def _window(days: int) -> tuple[date, date]:
    until = utcnow().date()
    return until - timedelta(days=days - 1), until


def _add(totals: AIUsageTotals, doc: AIUsageDaily) -> None:
    for name in _COUNTERS:
        setattr(totals, name, getattr(totals, name) + getattr(doc, name))


async def my_usage(*, user_id: PydanticObjectId, days: int, daily_tokens: int | None) -> MyAIUsage:
    """One user's totals per day over the last `days` days (at most a few models a day)."""
    since, until = _window(days)
    query = AIUsageDaily.find({"user": user_id, "day": {"$gte": since.isoformat()}})
    per_day: dict[str, AIUsageDay] = {}
    total = AIUsageTotals()
    async for doc in query:
        day = per_day.setdefault(doc.day, AIUsageDay(day=date.fromisoformat(doc.day)))
        _add(day, doc)
        _add(total, doc)
    used = per_day[until.isoformat()].total_tokens if until.isoformat() in per_day else 0
    return MyAIUsage(
        since=since,
        until=until,
        days=sorted(per_day.values(), key=lambda d: d.day, reverse=True),
        total=total,
        daily_token_quota=daily_tokens,
        used_today=used,
        remaining_today=None if daily_tokens is None else max(0, daily_tokens - used),
    )


async def usage_report(
    *, days: int, user_id: PydanticObjectId | None, page: int, per_page: int
) -> tuple[list[AIUsageRow], int]:
    """Per user, per model, per day, newest day first; one page of rows and their count."""
    since, _ = _window(days)
    query: dict[str, Any] = {"day": {"$gte": since.isoformat()}}
    if user_id is not None:
        query["user"] = user_id
    found = AIUsageDaily.find(query)
    total = await found.count()
    docs = (
        await AIUsageDaily.find(query)
        .sort(REPORT_ORDER)
        .skip((page - 1) * per_page)
        .limit(per_page)
        .to_list()
    )
    emails = await _emails({doc.user for doc in docs})
    rows = []
    for doc in docs:
        row = AIUsageRow(
            day=date.fromisoformat(doc.day),
            user_id=doc.user,
            user_email=emails.get(doc.user),
            provider=doc.provider,
            model=doc.model,
        )
        _add(row, doc)
        rows.append(row)
    return rows, total


async def _emails(ids: set[PydanticObjectId]) -> dict[PydanticObjectId, str]:
    if not ids:
        return {}
    found: dict[PydanticObjectId, str] = {}
    async for user in User.find({"_id": {"$in": list(ids)}}):
        assert user.id is not None
        found[user.id] = user.email
    return found
