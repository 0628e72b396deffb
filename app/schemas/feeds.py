"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the feed as plain, typed JSON."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

JSON_FEED_VERSION: Literal["https://jsonfeed.org/version/1.1"] = "https://jsonfeed.org/version/1.1"


class JsonFeedAuthor(BaseModel):
    name: str


class JsonFeedItem(BaseModel):
    id: str = Field(description="Stable across edits and slug changes")
    url: str = Field(description="The post on the public site")
    title: str
    content_html: str = Field(description="The full, sanitised HTML body")
    summary: str | None = None
    image: str | None = Field(default=None, description="The cover image")
    date_published: datetime | None = None
    date_modified: datetime
    authors: list[JsonFeedAuthor]
    tags: list[str]


class JsonFeed(BaseModel):
    version: Literal["https://jsonfeed.org/version/1.1"] = JSON_FEED_VERSION
    title: str
    home_page_url: str
    feed_url: str
    description: str | None = None
    icon: str | None = None
    items: list[JsonFeedItem]
