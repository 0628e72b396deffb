"""Cache keys of the public routes, and the raw-request parsers of the fast path.

The public routes store their responses under these keys. `CachedReadsMiddleware` (core)
serves hits before routing by deriving the same key from the raw path and query; anything
it cannot map canonically (say `page=03`) falls through to the route, which validates it.
"""

import re
from collections.abc import Callable

from app.limits import PAGE_MAX, PER_PAGE_DEFAULT, PER_PAGE_MAX, SLUG_LOOKUP_MAX, TAG_MAX
from app.schemas.blogs import PostSort
from app.schemas.common import fold_tag
from app.services.slugs import is_valid_slug
from core.http_cache import CacheKey

API = "/api/v1"
_NUMBER = re.compile(r"^[1-9][0-9]{0,5}$")
Query = dict[str, str]


def posts_key(
    page: int,
    per_page: int,
    tag: str | None,
    author: str | None = None,
    sort: PostSort = PostSort.CREATED_AT,
) -> CacheKey:
    return ("posts", page, per_page, tag, author, sort.value)


def author_key(slug: str) -> CacheKey:
    return ("author", slug)


def post_key(slug: str) -> CacheKey:
    return ("post", slug)


def pages_key(page: int, per_page: int) -> CacheKey:
    return ("pages", page, per_page)


def page_key(slug: str) -> CacheKey:
    return ("page", slug)


SETTINGS_KEY: CacheKey = ("settings",)


def _number(raw: str | None, default: int, maximum: int) -> int | None:
    if raw is None:
        return default
    if not _NUMBER.match(raw):
        return None
    value = int(raw)
    return value if value <= maximum else None


def _paging(query: Query) -> tuple[int, int] | None:
    page = _number(query.get("page"), 1, PAGE_MAX)
    per_page = _number(query.get("per_page"), PER_PAGE_DEFAULT, PER_PAGE_MAX)
    return (page, per_page) if page is not None and per_page is not None else None


_SORTS = {sort.value: sort for sort in PostSort}


def _posts(query: Query) -> CacheKey | None:
    paging = _paging(query)
    raw_tag = query.get("tag")
    # An unknown order is not mapped: the route answers it (422), never the default list.
    sort = _SORTS.get(query.get("sort", PostSort.CREATED_AT.value))
    if paging is None or sort is None or (raw_tag is not None and len(raw_tag) > TAG_MAX):
        return None
    author = query.get("author") or None  # blank: no filter, as in the route
    if author is not None and not is_valid_slug(author):
        return None  # the route answers 422
    return posts_key(*paging, fold_tag(raw_tag), author, sort)


def _pages(query: Query) -> CacheKey | None:
    paging = _paging(query)
    return pages_key(*paging) if paging is not None else None


def _slug(rest: str) -> str | None:
    return rest if rest and "/" not in rest and len(rest) <= SLUG_LOOKUP_MAX else None


def _post(rest: str, _: Query) -> CacheKey | None:
    slug = _slug(rest)
    return post_key(slug) if slug else None


def _page(rest: str, _: Query) -> CacheKey | None:
    slug = _slug(rest)
    return page_key(slug) if slug else None


def _author(rest: str, _: Query) -> CacheKey | None:
    slug = _slug(rest)
    return author_key(slug) if slug else None


EXACT: dict[str, Callable[[Query], CacheKey | None]] = {
    f"{API}/posts": _posts,
    f"{API}/pages": _pages,
    f"{API}/settings": lambda _: SETTINGS_KEY,
}
PREFIXES: dict[str, Callable[[str, Query], CacheKey | None]] = {
    f"{API}/posts/": _post,
    f"{API}/pages/": _page,
    f"{API}/authors/": _author,
}

# What each kind of content event makes stale: a settings change keeps every post list, a post
# change keeps pages and settings.
NAMESPACES_BY_KIND: dict[str, frozenset[str]] = {
    "post": frozenset({"posts", "post", "author"}),  # author pages count published posts
    "page": frozenset({"pages", "page"}),
    "settings": frozenset({"settings"}),
    "author": frozenset({"posts", "post", "author"}),
}
