"""Public author profiles."""

from fastapi import APIRouter, Path, Request, Response

from app.deps import PublicCache
from app.limits import SLUG_MAX
from app.routers.cached_reads import author_key
from app.schemas.authors import AuthorPublic
from app.services import public
from core.openapi import cached_responses

router = APIRouter(prefix="/authors", tags=["posts"])


@router.get("/{slug}", response_model=AuthorPublic, responses=cached_responses(404))
async def get_author(
    request: Request, cache: PublicCache, slug: str = Path(max_length=SLUG_MAX)
) -> Response:
    """An author's public profile: name, bio, avatar and how many posts they published."""
    return await cache.respond(request, author_key(slug), lambda: public.author(slug))
