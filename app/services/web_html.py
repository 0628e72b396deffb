"""Sanitised HTML made ready for the web (#11): `rel` by link target, and heading ids.

Runs on nh3's output, after the allow-list (which is unchanged: `rel` and `id` are not in
it, so re-sanitising strips them and this step adds them again). html5ever serialises every
attribute as `name="value"` with `"` escaped, which is what keeps these patterns exact.

Links: internal ones (relative, or to `SITE_URL` / `PUBLIC_BASE_URL`) get no `rel`; links to
other sites get `rel="noopener noreferrer nofollow"`, or without `nofollow` when
`EXTERNAL_LINKS_FOLLOW=true`. Headings get stable ids from their text (`-2`, `-3` for
repeats), and `toc` lists them for a table of contents.
"""

import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import urlsplit

from app.services.slugs import slugify

EXTERNAL_REL = "noopener noreferrer nofollow"
FOLLOWED_REL = "noopener noreferrer"
_A_TAG = re.compile(r'<a((?:\s+[^\s="<>/]+="[^"]*")*)(\s*)>')
_HREF = re.compile(r'\shref="([^"]*)"')
_HEADING = re.compile(r"<h([1-6])>(.*?)</h\1>", re.S)
_HEADING_WITH_ID = re.compile(r'<h([1-6]) id="([^"]*)">(.*?)</h\1>', re.S)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class LinkPolicy:
    own_origins: tuple[str, ...] = ()  # scheme://host[:port] of the site and of this API
    follow_external: bool = False


_policy = {"links": LinkPolicy()}


def configure(*, site_url: str | None, base_url: str, follow_external: bool) -> None:
    origins = tuple(_origin(url) for url in (site_url, base_url) if url)
    _policy["links"] = LinkPolicy(own_origins=origins, follow_external=follow_external)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def is_internal(href: str) -> bool:
    parts = urlsplit(href)
    if not parts.scheme and not parts.netloc:
        return True  # relative: a path, a query or a #fragment on the same site
    return f"{parts.scheme}://{parts.netloc}".lower() in _policy["links"].own_origins


def _link(match: re.Match[str]) -> str:
    attrs = match.group(1)
    href = _HREF.search(attrs)
    if href is None or is_internal(unescape(href.group(1))):
        return f"<a{attrs}>"
    rel = FOLLOWED_REL if _policy["links"].follow_external else EXTERNAL_REL
    return f'<a{attrs} rel="{rel}">'


def _text(html: str) -> str:
    return " ".join(unescape(_TAG.sub(" ", html)).split())


def finish(html: str) -> str:
    """`rel` on links by target and ids on headings; `html` is nh3's output."""
    if "<a" in html:
        html = _A_TAG.sub(_link, html)
    if "<h" not in html:
        return html
    seen: dict[str, int] = {}

    def heading(match: re.Match[str]) -> str:
        base = slugify(_text(match.group(2)), fallback="section")
        seen[base] = seen.get(base, 0) + 1
        anchor = base if seen[base] == 1 else f"{base}-{seen[base]}"
        return f'<h{match.group(1)} id="{anchor}">{match.group(2)}</h{match.group(1)}>'

    return _HEADING.sub(heading, html)


@dataclass(frozen=True, slots=True)
class TocEntry:
    level: int
    text: str
    id: str


def toc(html: str) -> list[TocEntry]:
    """The headings of a finished body, in order, for a table of contents."""
    if "<h" not in html:
        return []
    return [
        TocEntry(level=int(m.group(1)), text=_text(m.group(3)), id=unescape(m.group(2)))
        for m in _HEADING_WITH_ID.finditer(html)
    ]
