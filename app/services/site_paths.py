"""Where a post or a page lives on the public site (for webhooks, feeds, sitemap, preview)."""

DEFAULT_POST_PATH = "/blog/{slug}"
DEFAULT_PAGE_PATH = "/{slug}"


def post_path(slug: str, pattern: str = DEFAULT_POST_PATH) -> str:
    return pattern.replace("{slug}", slug)


def page_path(slug: str, pattern: str = DEFAULT_PAGE_PATH) -> str:
    return pattern.replace("{slug}", slug)
