"""Paging, slug and tag limits: one module that the routes' dependencies (app/deps.py), the
schemas, the slug service and the cache fast path (app/routers/cached_reads.py) all import,
so a query the fast path accepts is exactly one the route would accept.

No imports here: everything may import this module.
"""

# Paging: `page` is 1-based; `per_page` items per page.
PAGE_MAX = 100_000
PER_PAGE_MAX = 100
PER_PAGE_DEFAULT = 10

# Slugs: a stored slug is at most SLUG_MAX characters; a generated one at most
# SLUG_GENERATED_MAX, which leaves room for a "-N" suffix on collision. A slug in a public
# URL may be up to SLUG_LOOKUP_MAX long before it is a 422 (shorter but unknown: a 404).
SLUG_MAX = 120
SLUG_GENERATED_MAX = 100
SLUG_LOOKUP_MAX = 200

# Tags: each at most TAG_MAX characters (after folding), at most TAGS_PER_POST on a post.
TAG_MAX = 40
TAGS_PER_POST = 20
