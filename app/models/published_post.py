from datetime import datetime

from beanie import Document, PydanticObjectId
from pydantic import ConfigDict, Field


class PublishedPost(Document):
    """The read model of the public post list: the list projection of one published post
    (every stored field `PublicPostSummary` reads, app/services/published_posts.py), under the
    post's id. Written only by app.services.published_posts, in the same transaction as the
    change to the post, so it holds a post if and only if it is published.

    The fields named here are the ones the list's order is kept by (app/services/post_order);
    the rest of the projection rides along. No secondary index: the order is kept in memory
    and a page reads its summaries by `_id`."""

    model_config = ConfigDict(extra="allow")

    owner: PydanticObjectId
    tags: list[str] = Field(default_factory=list)
    created_at: datetime
    published_at: datetime | None = None

    class Settings:
        name = "published_posts"
