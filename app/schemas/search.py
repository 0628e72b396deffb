"""Responses of tag counts and full-text search."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class TagCount(BaseModel):
    tag: str
    count: int = Field(description="Published posts carrying the tag")


class SearchHit(BaseModel):
    kind: Literal["post", "page"]
    id: str
    slug: str
    title: str
    path: str = Field(description="Where it lives on the public site")
    excerpt: str
    snippet: str = Field(
        description="HTML-safe text around the matches: only <b>…</b> tags, the rest escaped"
    )
    score: float = Field(description="BM25 relevance; results come best first")
    tags: list[str]
    published_at: datetime | None
    updated_at: datetime
