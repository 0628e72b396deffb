"""Where a post or a page lives on the public site (previews, feeds, sitemap, webhooks).

The patterns are site settings (`post_path`, `page_path`, each with one `{slug}`); `load()`
reads them, and the functions below apply a pattern (the defaults when none is given).
"""

from dataclasses import dataclass

from app.models import SiteSettings
from app.models.site_settings import DEFAULT_PAGE_PATH, DEFAULT_POST_PATH, SINGLETON_KEY

PLACEHOLDER = "{slug}"
_FORBIDDEN = frozenset("?#\\{}<>\"'`")


def check_pattern(value: str) -> str:
    """A pattern is a site-absolute path with exactly one `{slug}` and nothing to escape."""
    rest = value.replace(PLACEHOLDER, "", 1)
    if not value.startswith("/") or value.startswith("//"):
        raise ValueError("must start with a single '/'")
    if PLACEHOLDER not in value or PLACEHOLDER in rest:
        raise ValueError("must contain '{slug}' exactly once")
    if any(c in _FORBIDDEN or c.isspace() or not c.isprintable() for c in rest):
        raise ValueError("may hold only path characters besides '{slug}'")
    return value


def post_path(slug: str, pattern: str = DEFAULT_POST_PATH) -> str:
    return pattern.replace(PLACEHOLDER, slug)


def page_path(slug: str, pattern: str = DEFAULT_PAGE_PATH) -> str:
    return pattern.replace(PLACEHOLDER, slug)


@dataclass(frozen=True, slots=True)
class SitePaths:
    post_pattern: str = DEFAULT_POST_PATH
    page_pattern: str = DEFAULT_PAGE_PATH

    def post(self, slug: str) -> str:
        return post_path(slug, self.post_pattern)

    def page(self, slug: str) -> str:
        return page_path(slug, self.page_pattern)


DEFAULT = SitePaths()


async def load() -> SitePaths:
    """The patterns of the stored site settings (the defaults before any are saved)."""
    stored = await SiteSettings.get_pymongo_collection().find_one(
        {"key": SINGLETON_KEY}, {"post_path": 1, "page_path": 1}
    )
    if stored is None:
        return DEFAULT
    return SitePaths(
        post_pattern=stored.get("post_path") or DEFAULT_POST_PATH,
        page_pattern=stored.get("page_path") or DEFAULT_PAGE_PATH,
    )
