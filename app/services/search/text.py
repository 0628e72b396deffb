"""Text in and out of the search index: HTML bodies to plain text, user queries to words and
phrases, highlighted snippets to safe HTML. Pure functions, no tantivy."""

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

MAX_QUERY_CHARS = 200
SNIPPET_CHARS = 200
# Elements whose end separates words ("<p>a</p><p>b</p>" is "a b", not "ab").
_BLOCKS = frozenset(
    {
        "address", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "h1",
        "h2", "h3", "h4", "h5", "h6", "hr", "img", "li", "ol", "p", "pre", "table", "td", "th",
        "tr", "ul",
    }
)  # fmt: skip


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append(" ")
        if tag == "img":  # the alt text is what a reader of the page would get
            self.parts.append(next((v for k, v in attrs if k == "alt" and v), ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append(" ")


def html_to_text(html: str) -> str:
    """The words of a (sanitised) HTML body, entities decoded, whitespace folded."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return " ".join("".join(collector.parts).split())


@dataclass(frozen=True, slots=True)
class QueryText:
    """A query as the user meant it: loose words, and "quoted phrases"."""

    words: str
    phrases: tuple[str, ...]


def split_query(raw: str) -> QueryText:
    """Nothing in a query is syntax but double quotes around phrases: `*`, `field:`, `AND`,
    brackets and the like are just characters the analyser drops. An unclosed quote is a plain
    word boundary. Control and format characters become spaces."""
    cleaned = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in raw)
    segments = cleaned.split('"')
    if len(segments) % 2 == 0:  # an odd number of quotes: the last one opens nothing
        segments[-2:] = [segments[-2] + " " + segments[-1]]
    words, phrases = segments[0::2], segments[1::2]
    return QueryText(words=" ".join(words), phrases=tuple(p for p in phrases if p.strip()))


def snippet_html(fragment: str, highlighted: Iterable[tuple[int, int]]) -> str:
    """`fragment` escaped, with each highlighted byte range wrapped in <b>…</b> (tantivy
    reports UTF-8 byte offsets). Nothing from the content can become markup."""
    data = fragment.encode()
    out: list[str] = []
    position = 0
    for start, end in sorted(highlighted):
        if start < position or end > len(data) or start >= end:
            continue  # overlapping or out of range: never trust offsets blindly
        out.append(escape(data[position:start].decode(errors="replace")))
        out.append("<b>" + escape(data[start:end].decode(errors="replace")) + "</b>")
        position = end
    out.append(escape(data[position:].decode(errors="replace")))
    return "".join(out)


def lead_text(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The start of `text`, escaped, cut at a word boundary: the snippet when no word of the
    query is in the body (it matched the title or the tags)."""
    if len(text) <= limit:
        return escape(text)
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return escape(cut) + "…"
