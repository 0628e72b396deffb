"""Tag counts over published posts, for tag clouds and tag index pages."""

from pydantic import TypeAdapter

from app.models import Blog
from app.schemas.search import TagCount
from app.services import blogs

MAX_TAGS = 1000  # the most used; a tag cloud never needs more
_TAG_LIST = TypeAdapter(list[TagCount])


async def counts() -> list[TagCount]:
    """Most used first, then alphabetical."""
    cursor = await Blog.get_pymongo_collection().aggregate(
        [
            {"$match": blogs.published_query()},
            {"$unwind": "$tags"},
            {"$group": {"_id": "$tags", "count": {"$sum": 1}}},
            {"$sort": {"count": -1, "_id": 1}},
            {"$limit": MAX_TAGS},
        ]
    )
    return [TagCount(tag=row["_id"], count=row["count"]) async for row in cursor]


async def body() -> tuple[bytes, bool]:
    return _TAG_LIST.dump_json(await counts()), True
