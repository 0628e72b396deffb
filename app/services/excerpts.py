"""Plain text of rendered (sanitised) HTML: generated excerpts and word counts.

An excerpt is the start of the post's prose: headings are left out (a heading run into the
next sentence reads as nonsense: "Why tea Tea is older than..."), and so is the title when
the prose repeats it first. Only a post that is nothing but headings falls back to them, each
ended like a sentence. Parsing is linear and stops as soon as it has enough text, so a 1 MB
body costs no more than its first paragraphs.
"""

from html.parser import HTMLParser

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Inline elements sit inside a word's flow ("<em>text</em>." is "text."); every other tag
# (paragraphs, list items, cells, line breaks...) separates words.
INLINE = frozenset(
    {"a", "abbr", "b", "code", "del", "em", "i", "ins", "kbd", "mark", "s", "small", "span",
     "strong", "sub", "sup", "u"}
)  # fmt: skip
CHUNK = 8192
_TRIM = " ,.;:!?-–—|"  # and the dashes a title is commonly set off with


class _Text(HTMLParser):
    """Visible text, headings apart from the rest. Block tags separate words, as in a
    browser's layout, so `<p>a</p><p>b</p>` is "a b"."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.prose: list[str] = []
        self.headings: list[str] = []
        self.visible = 0  # characters of folded prose so far, give or take a space
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HEADINGS:
            self._heading = []
        elif tag not in INLINE:
            self._separate()

    def handle_endtag(self, tag: str) -> None:
        if tag in HEADINGS and self._heading is not None:
            self.headings.append(_fold("".join(self._heading)))
            self._heading = None
        elif tag not in INLINE:
            self._separate()

    def _separate(self) -> None:
        (self.prose if self._heading is None else self._heading).append(" ")

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)
        else:
            self.prose.append(data)
            self.visible += sum(len(word) + 1 for word in data.split())


def _fold(text: str) -> str:
    return " ".join(text.split())


def _read(html: str, *, enough: int | None) -> _Text:
    parser = _Text()
    for start in range(0, len(html), CHUNK):
        parser.feed(html[start : start + CHUNK])
        if enough is not None and parser.visible > enough:
            break
    parser.close()
    return parser


def _without_title(text: str, title: str | None) -> str:
    folded = _fold(title or "")
    if folded and text.casefold().startswith(folded.casefold()):
        return text[len(folded) :].lstrip(_TRIM)
    return text


def _sentence(heading: str) -> str:
    return heading if heading[-1:] in ".!?…:" else heading + "."


def excerpt(html: str, *, title: str | None = None, limit: int = 200) -> str:
    """At most `limit` characters of the prose, cut at a word and marked with "…"."""
    enough = limit + len(title or "") + 64
    parser = _read(html, enough=enough)
    text = _without_title(_fold("".join(parser.prose)), title)
    if not text:
        headings = [h for h in parser.headings if h]
        text = _without_title(" ".join(_sentence(h) for h in headings), title)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def word_count(html: str) -> int:
    """Words of the visible text, headings included."""
    parser = _read(html, enough=None)
    return len("".join(parser.prose).split()) + sum(len(h.split()) for h in parser.headings)
