"""Cache keys of the public routes, and the raw-request parsers of the fast path.

The public routes store their responses under these keys. The front door (core/front_door.py)
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

# Site delivery: feeds (per format and tag), the sitemap, tag counts, related posts.
FEED_PATHS = {"rss": "/feed.xml", "atom": "/feed.atom", "json": "/feed.json"}
SITEMAP_KEY: CacheKey = ("sitemap",)
TAGS_KEY: CacheKey = ("tags",)
RELATED_SUFFIX = "/related"


def feed_key(fmt: str, tag: str | None) -> CacheKey:
    return ("feed", fmt, tag)


def related_key(slug: str) -> CacheKey:
    return ("related", slug)


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


def _feed(fmt: str) -> Callable[[Query], CacheKey | None]:
    def parse(query: Query) -> CacheKey | None:
        raw_tag = query.get("tag")
        if raw_tag is not None and len(raw_tag) > TAG_MAX:
            return None
        return feed_key(fmt, fold_tag(raw_tag))

    return parse


def _pages(query: Query) -> CacheKey | None:
    paging = _paging(query)
    return pages_key(*paging) if paging is not None else None


def _slug(rest: str) -> str | None:
    return rest if rest and "/" not in rest and len(rest) <= SLUG_LOOKUP_MAX else None


def _post(rest: str, _: Query) -> CacheKey | None:
    """`/posts/{slug}` or `/posts/{slug}/related`: two routes, two namespaces."""
    if rest.endswith(RELATED_SUFFIX):
        slug = _slug(rest.removesuffix(RELATED_SUFFIX))
        return related_key(slug) if slug else None
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
    **{f"{API}{path}": _feed(fmt) for fmt, path in FEED_PATHS.items()},
    f"{API}/sitemap.xml": lambda _: SITEMAP_KEY,
    f"{API}/tags": lambda _: TAGS_KEY,
}
PREFIXES: dict[str, Callable[[str, Query], CacheKey | None]] = {
    f"{API}/posts/": _post,
    f"{API}/pages/": _page,
    f"{API}/authors/": _author,
}

# What each kind of content event makes stale: a settings change keeps every post list, a post
# change keeps pages and settings. Feeds and the sitemap carry the site's name and `site_url`,
# so settings changes reach them too; pages are in the sitemap but in no feed.
NAMESPACES_BY_KIND: dict[str, frozenset[str]] = {
    "post": frozenset({"posts", "post", "author", "feed", "sitemap", "tags", "related"}),
    "page": frozenset({"pages", "page", "sitemap"}),
    "settings": frozenset({"settings", "feed", "sitemap"}),
    "author": frozenset({"posts", "post", "author", "feed"}),  # feeds name the author
}
