"""Discovery on the public site: tag counts, full-text search, related posts."""

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import TypeAdapter

from app.deps import Pagination, PublicCache, SearchDep
from app.routers.cached_reads import TAGS_KEY, related_key
from app.schemas.blogs import BlogSummary
from app.schemas.common import Paginated
from app.schemas.search import SearchHit, TagCount
from app.services import tags
from app.services.search.text import MAX_QUERY_CHARS
from core.openapi import cached_responses

router = APIRouter(tags=["search"])
_SUMMARIES = TypeAdapter(list[BlogSummary])

SearchText = Annotated[
    str,
    Query(
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        description='Words to find; "quoted words" are a phrase. Nothing else is syntax.',
    ),
]


@router.get("/tags", response_model=list[TagCount], responses=cached_responses())
async def list_tags(request: Request, cache: PublicCache) -> Response:
    """Tags of published posts with how many carry each, most used first."""
    return await cache.respond(request, TAGS_KEY, tags.body)


@router.get("/search", response_model=Paginated[SearchHit])
async def search_content(
    search: SearchDep, q: SearchText, paging: Pagination
) -> Paginated[SearchHit]:
    """Published posts and pages ranked by relevance (BM25), with highlighted snippets."""
    return await search.search(q, page=paging.page, per_page=paging.per_page)


@router.get(
    "/posts/{slug}/related",
    response_model=list[BlogSummary],
    responses=cached_responses(404),
)
async def list_related_posts(
    request: Request,
    cache: PublicCache,
    search: SearchDep,
    slug: Annotated[str, Path(max_length=200)],
) -> Response:
    """Up to five published posts like this one: most shared tags first, then similar text."""

    async def build() -> tuple[bytes, bool]:
        return _SUMMARIES.dump_json(await search.related(slug)), True

    return await cache.respond(request, related_key(slug), build)
