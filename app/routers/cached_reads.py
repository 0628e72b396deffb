"""Cache keys of the public routes, and the raw-request parsers of the fast path.

The public routes store their responses under these keys. `CachedReadsMiddleware` (core)
serves hits before routing by deriving the same key from the raw path and query; anything
it cannot map canonically (say `page=03`) falls through to the route, which validates it.
"""

import re
from collections.abc import Callable

from app.deps import PAGE_MAX, PER_PAGE_DEFAULT, PER_PAGE_MAX, TAG_MAX
from app.schemas.common import fold_tag
from core.http_cache import CacheKey

API = "/api/v1"
_NUMBER = re.compile(r"^[1-9][0-9]{0,5}$")
SLUG_MAX = 200
Query = dict[str, str]


def posts_key(page: int, per_page: int, tag: str | None) -> CacheKey:
    return ("posts", page, per_page, tag)


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


def _posts(query: Query) -> CacheKey | None:
    paging = _paging(query)
    raw_tag = query.get("tag")
    if paging is None or (raw_tag is not None and len(raw_tag) > TAG_MAX):
        return None
    return posts_key(*paging, fold_tag(raw_tag))


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
    return rest if rest and "/" not in rest and len(rest) <= SLUG_MAX else None


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
}

# What each kind of content event makes stale: a settings change keeps every post list, a post
# change keeps pages and settings. Feeds and the sitemap carry the site's name and `site_url`,
# so settings changes reach them too; pages are in the sitemap but in no feed.
NAMESPACES_BY_KIND: dict[str, frozenset[str]] = {
    "post": frozenset({"posts", "post", "feed", "sitemap", "tags", "related"}),
    "page": frozenset({"pages", "page", "sitemap"}),
    "settings": frozenset({"settings", "feed", "sitemap"}),
}
