from datetime import datetime

from beanie import Document
from pydantic import Field
from pymongo import ASCENDING, DESCENDING, IndexModel


class PublishedPost(Document):
    """The read model of the public post list: exactly the list projection of one published
    post, under the post's id. Written only by app.services.published_posts, in the same
    transaction as the change to the post, so it holds a post if and only if it is published."""

    title: str
    slug: str
    excerpt: str
    author: str
    featured_image_url: str | None = None
    tags: list[str] = Field(default_factory=list)
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None = None

    class Settings:
        name = "published_posts"
        indexes = [
            # The list's order, newest first; ties broken by id, the same in every process.
            IndexModel([("created_at", DESCENDING), ("_id", DESCENDING)]),
            IndexModel([("tags", ASCENDING), ("created_at", DESCENDING), ("_id", DESCENDING)]),
        ]
