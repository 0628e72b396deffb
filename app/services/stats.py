"""Dashboard counts, computed by the database in one aggregation each."""

from datetime import UTC, datetime, time, timedelta
from typing import Any

from beanie import PydanticObjectId

from app.models import Blog, BlogStatus
from app.models.common import utcnow
from app.schemas.admin import AdminStats, AuthorStats, DailyCount
from app.schemas.blogs import StatusCounts

WINDOW_DAYS = 30
_STATUSES = frozenset(status.value for status in BlogStatus)


def _counts(rows: list[dict[str, Any]]) -> StatusCounts:
    by_status = {row["_id"]: row["n"] for row in rows if row["_id"] in _STATUSES}
    return StatusCounts(**by_status, total=sum(by_status.values()))


async def writer_counts(owner: PydanticObjectId) -> StatusCounts:
    cursor = await Blog.get_pymongo_collection().aggregate(
        [{"$match": {"owner": owner}}, {"$group": {"_id": "$status", "n": {"$sum": 1}}}]
    )
    return _counts(await cursor.to_list())


async def admin_stats() -> AdminStats:
    today = utcnow().date()
    first_day = today - timedelta(days=WINDOW_DAYS - 1)
    since = datetime.combine(first_day, time(), tzinfo=UTC)
    cursor = await Blog.get_pymongo_collection().aggregate(
        [
            {
                "$facet": {
                    "by_status": [{"$group": {"_id": "$status", "n": {"$sum": 1}}}],
                    "by_author": [
                        {"$sort": {"created_at": 1}},
                        {
                            "$group": {
                                "_id": {"owner": "$owner", "status": "$status"},
                                "author": {"$last": "$author"},
                                "n": {"$sum": 1},
                            }
                        },
                    ],
                    "per_day": [
                        {
                            "$match": {
                                "status": BlogStatus.PUBLISHED.value,
                                "published_at": {"$gte": since},
                            }
                        },
                        {
                            "$group": {
                                "_id": {
                                    "$dateToString": {"format": "%Y-%m-%d", "date": "$published_at"}
                                },
                                "n": {"$sum": 1},
                            }
                        },
                    ],
                }
            }
        ]
    )
    facets = (await cursor.to_list())[0]

    authors: dict[PydanticObjectId, tuple[str, list[dict[str, Any]]]] = {}
    for row in facets["by_author"]:
        owner = row["_id"]["owner"]
        _, rows = authors.setdefault(owner, (row["author"], []))
        rows.append({"_id": row["_id"]["status"], "n": row["n"]})
    by_author = sorted(
        (
            AuthorStats(owner=owner, author=name, counts=_counts(rows))
            for owner, (name, rows) in authors.items()
        ),
        key=lambda stats: (-stats.counts.total, stats.author),
    )

    per_day = {row["_id"]: row["n"] for row in facets["per_day"]}
    days = [first_day + timedelta(days=offset) for offset in range(WINDOW_DAYS)]
    series = [DailyCount(date=day, count=per_day.get(day.isoformat(), 0)) for day in days]
    return AdminStats(
        counts=_counts(facets["by_status"]),
        by_author=by_author,
        published_last_30_days=sum(point.count for point in series),
        published_per_day=series,
    )
