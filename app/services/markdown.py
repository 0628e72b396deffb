"""Markdown to sanitised HTML, and the one HTML sanitiser every stored or previewed body uses.

Markdown is rendered by cmark-gfm (GitHub's C implementation of CommonMark, through
`cmarkgfm`): linear time by design and tested against pathological inputs upstream, with the
GFM table, strikethrough and autolink extensions. Raw HTML in Markdown passes through to the
sanitiser, as before; GFM's `tagfilter` is off because nh3 drops those tags with their
content, and `tasklist` is off because its checkboxes are `<input>`s, which the allow-list
strips: without it `[x]` stays visible text, as it was.

nh3 runs with an explicit allow-list: no script/style/iframe/object/form, no `on*` or `style`
attributes, links limited to http/https/mailto (and relative URLs), and code blocks keep only
`language-*` classes for syntax highlighting. `html_guard` bounds its input first, because
html5ever, the parser inside nh3, is quadratic on deep nesting.
"""

import re
from html import unescape

import cmarkgfm
import nh3
from anyio import to_thread
from cmarkgfm.cmark import Options

from app.services import excerpts, web_html
from app.services.html_guard import check_html
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
MARKDOWN_EXTENSIONS = ("table", "strikethrough", "autolink")
# Raw HTML is kept for nh3 to clean (cmark's safe mode would drop it all).
MARKDOWN_OPTIONS = Options.CMARK_OPT_UNSAFE
# Above this size rendering goes to a worker thread so the event loop keeps serving; below it
# the thread hop would cost more than the work.
INLINE_RENDER_LIMIT = 4_000
MAX_PREVIEW_BYTES = 1_000_000
_LANGUAGE_CLASS = re.compile(r"^language-[A-Za-z0-9_+#-]{1,32}$")
_TAG = re.compile(r"<[^>]*>")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "class":
        return value if tag == "code" and _LANGUAGE_CLASS.match(value) else None
    return value


def sanitize_html(html: str) -> str:
    """Clean `html` against the allow-list; `HtmlTooComplex` (422) past html_guard's bounds."""
    html = _encodable(html)
    check_html(html)
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROP_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_keep_attribute,
        url_schemes=set(URL_SCHEMES),
        link_rel=None,  # set by web_html by link target: internal links keep no nofollow
        strip_comments=True,
    )
    return web_html.finish(cleaned)


def _encodable(text: str) -> str:
    """JSON may carry lone surrogates (`"\\ud800"`); C and Rust take only valid UTF-8."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode()
    return text


def render_markdown(source: str) -> str:
    """Markdown to sanitised HTML (blocking: large inputs go through the async variant)."""
    html = cmarkgfm.markdown_to_html_with_extensions(
        _encodable(source), options=MARKDOWN_OPTIONS, extensions=list(MARKDOWN_EXTENSIONS)
    )
    return sanitize_html(html.rstrip("\n"))  # cmark ends every block with a newline


async def render_markdown_async(source: str) -> str:
    if len(source) <= INLINE_RENDER_LIMIT:
        return render_markdown(source)
    return await to_thread.run_sync(render_markdown, source)


async def sanitize_html_async(html: str) -> str:
    if len(html) <= INLINE_RENDER_LIMIT:
        return sanitize_html(html)
    return await to_thread.run_sync(sanitize_html, html)


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
