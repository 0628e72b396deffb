"""Markdown to sanitised HTML, and the one HTML sanitiser every stored or previewed body uses.

nh3 runs with an explicit allow-list: no script/style/iframe/object/form, no `on*` or `style`
attributes, links limited to http/https/mailto (and relative URLs), and code blocks keep only
`language-*` classes for syntax highlighting.
"""

import re
from html import unescape

import markdown as md
import nh3
from starlette.concurrency import run_in_threadpool

from app.services import excerpts
from core.errors import PayloadTooLarge

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol",
        "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "code": {"class"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "ol": {"start"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Tags removed together with their content (the rest are unwrapped, keeping their text).
DROP_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "template"})
MARKDOWN_EXTENSIONS = ["fenced_code", "tables", "sane_lists"]
# Above this size rendering goes to a worker thread so the event loop keeps serving.
INLINE_RENDER_LIMIT = 20_000
MAX_PREVIEW_BYTES = 1_000_000
_LANGUAGE_CLASS = re.compile(r"^language-[A-Za-z0-9_+#-]{1,32}$")
_TAG = re.compile(r"<[^>]*>")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "class":
        return value if tag == "code" and _LANGUAGE_CLASS.match(value) else None
    return value


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROP_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_keep_attribute,
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def render_markdown(source: str) -> str:
    """Markdown to sanitised HTML. A fresh converter per call: Markdown objects keep state."""
    html = md.Markdown(extensions=MARKDOWN_EXTENSIONS, output_format="html").convert(source)
    return sanitize_html(html)


async def render_markdown_async(source: str) -> str:
    if len(source) <= INLINE_RENDER_LIMIT:
        return render_markdown(source)
    return await run_in_threadpool(render_markdown, source)


async def sanitize_html_async(html: str) -> str:
    if len(html) <= INLINE_RENDER_LIMIT:
        return sanitize_html(html)
    return await run_in_threadpool(sanitize_html, html)


async def preview(source: str) -> str:
    """The live-preview HTML: exactly what saving the same Markdown would store."""
    if len(source.encode()) > MAX_PREVIEW_BYTES:
        raise PayloadTooLarge("Markdown previews are limited to 1 MB")
    return await render_markdown_async(source)


def plain_text(html: str) -> str:
    """Visible text of sanitised HTML, whitespace folded (for excerpts)."""
    return " ".join(unescape(_TAG.sub(" ", html)).split())


def excerpt_from(html: str, *, title: str | None = None, limit: int = 200) -> str:
    """A generated excerpt: the start of the prose, never the title or a heading run into
    the next sentence (app/services/excerpts.py)."""
    return excerpts.excerpt(html, title=title, limit=limit)
