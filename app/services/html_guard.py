"""A linear-time bound on what HTML costs the sanitiser, checked before nh3 parses it.

nh3 parses with html5ever, whose tree builder scans the stack of open elements ("is a <p> in
button scope?", "where does this end tag match?") and the list of active formatting elements
on nearly every token, and compares each attribute of a tag with the ones before it. On
deeply nested input (`<div>` * 20_000, Markdown `>` * 20_000, `<b a1><b a2>…` then
`<p>x</p>` * N) or a tag with 20,000 attributes that is quadratic: minutes of CPU for one
1 MB body. So one pass here estimates html5ever's stack depth plus its active formatting
elements, and counts attributes per tag, and refuses the document past fixed bounds; under
them every scan html5ever makes is short, so parsing is linear.

The estimate errs high, never low. Tokenising follows the HTML standard's states for tags,
attributes, comments and raw-text elements; end tags pop only where html5ever certainly pops
too (scope boundaries, the adoption agency's "furthest block", table parts only when on top).
Inside constructs whose tokenising depends on the tree (SVG/MathML foreign content, templates,
selects, forms, scripts with comment escapes) end tags are not trusted at all, and only a
short tail (`UNTRUSTED_TAIL_CHARS`) may follow. Ordinary documents sit far below the bounds:
Markdown output is balanced, and real pages nest a few dozen levels.
"""

import re

from core.errors import Unprocessable

MAX_DEPTH = 200  # open elements plus active formatting elements (browsers cap DOM depth at 512)
MAX_ATTRIBUTES = 64  # per tag
UNTRUSTED_TAIL_CHARS = 4_000


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


VOID = _names(
    "area base basefont bgsound br col embed frame hr image img input keygen link meta param "
    "source track wbr"
)
FORMATTING = _names("a b big code em font i nobr s small strike strong tt u")
SPECIAL = _names(
    "address applet area article aside base basefont bgsound blockquote body br button caption "
    "center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form "
    "frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link "
    "listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext "
    "pre script search section select source style summary table tbody td template textarea "
    "tfoot th thead title tr track ul wbr xmp"
)
SCOPE_BOUNDARIES = _names("applet caption html table td th marquee object template")
HEADINGS = _names("h1 h2 h3 h4 h5 h6")
TABLE_PARTS = _names("table caption colgroup tbody thead tfoot tr td th")
_CELLS_AND_ROWS = _names("td th tr tbody thead tfoot caption colgroup")
# Start tags that close open cells, rows or sections first (a new row closes the open row).
_IMPLIED_CLOSE = {
    "td": ("td", "th"),
    "th": ("td", "th"),
    "tr": ("td", "th", "tr"),
    "tbody": ("td", "th", "tr", "tbody", "thead", "tfoot"),
    "thead": ("td", "th", "tr", "tbody", "thead", "tfoot"),
    "tfoot": ("td", "th", "tr", "tbody", "thead", "tfoot"),
}
_TABLE_CONTEXT = ("table", "tbody", "thead", "tfoot", "tr")
# Start tags html5ever ignores inside a body (so they never open anything).
IGNORED = _names("html head body")
# Their content is text up to `</name`: skipped exactly, nothing in it opens or closes.
RAW_TEXT = _names("style xmp iframe noembed noframes textarea title script")
# After these, end tags may mean something else than they seem: stop trusting them.
UNTRUSTED = _names("svg math template select form frameset noscript")

_WS = r"\t\n\f\r "
_ATTRIBUTE = (
    rf"=?[^{_WS}/>=]*+(?:[{_WS}]*+=[{_WS}]*+"
    rf"(?:\"[^\"]*+(?:\"|\Z)|'[^']*+(?:'|\Z)|[^{_WS}>]*+))?+"
)
# Possessive quantifiers only: no backtracking, so a tag without `>` costs one pass.
_TAG = re.compile(rf"<(/?)([A-Za-z][^{_WS}/>]*+)((?:[{_WS}/]++|{_ATTRIBUTE})*+)(>?)")
_ATTRIBUTES = re.compile(rf"[{_WS}/]*+({_ATTRIBUTE})")
_COMMENT_END = re.compile(r"--!?>")
# `</` then neither an ASCII letter nor `>`: a bogus comment up to the next `>`.
_BOGUS_END_TAG = re.compile(r"</(?![A-Za-z>])")


class HtmlTooComplex(Unprocessable):
    code = "html_too_complex"
    default_detail = "The HTML is nested too deeply or has too many attributes"


def check_html(html: str) -> None:
    """Raise `HtmlTooComplex` when parsing `html` could cost more than linear time."""
    _Scan(html).run()


class _Scan:
    def __init__(self, html: str) -> None:
        self.html = html
        self.stack: list[str] = []
        self.formatting = 0  # formatting elements html5ever may still reconstruct

    def run(self) -> None:
        html, position = self.html, 0
        while (position := html.find("<", position)) != -1:
            if html.startswith("<!--", position):
                position = _comment_end(html, position)
            elif html.startswith(("<!", "<?"), position) or _BOGUS_END_TAG.match(html, position):
                position = _bogus_comment_end(html, position)  # doctype, CDATA, `<?`, `</3`
            elif (tag := _TAG.match(html, position)) is None:
                position += 3 if html.startswith("</>", position) else 1
            elif not tag.group(4):
                return  # a tag cut off by the end: html5ever drops it and what follows
            else:
                position = tag.end()
                name = tag.group(2).lower()
                if self._too_many_attributes(tag.group(3)):
                    raise HtmlTooComplex(f"A tag may have at most {MAX_ATTRIBUTES} attributes")
                if tag.group(1):
                    self._close(name)
                    continue
                if name in UNTRUSTED:
                    self._untrusted_tail(position)
                    return
                self._open(name)
                if name in RAW_TEXT:
                    position = self._skip_raw_text(name, position)
                elif name == "plaintext":
                    return  # everything after is text

    def _too_many_attributes(self, attributes: str) -> bool:
        if len(attributes) < MAX_ATTRIBUTES * 2:
            return False
        count = sum(1 for m in _ATTRIBUTES.finditer(attributes) if m.group(1))
        return count > MAX_ATTRIBUTES

    def _open(self, name: str) -> None:
        if name in VOID or name in IGNORED:
            return
        stack = self.stack
        top = stack[-1] if stack else None
        if (top == name and name in ("p", "li")) or (top in ("dd", "dt") and name in ("dd", "dt")):
            stack.pop()  # html5ever closes the sibling it would otherwise nest in
        elif name in _IMPLIED_CLOSE:
            while stack and stack[-1] in _IMPLIED_CLOSE[name]:
                stack.pop()  # a new cell closes the open cell, a new row the open row
        elif name == "table" and top in _TABLE_CONTEXT and "table" in stack:
            del stack[len(stack) - 1 - stack[::-1].index("table") :]  # closes the open table
        self.stack.append(name)
        if name in FORMATTING:
            self.formatting += 1
        if len(self.stack) + self.formatting > MAX_DEPTH:
            raise HtmlTooComplex(f"HTML may nest at most {MAX_DEPTH} elements deep")

    def _close(self, name: str) -> None:
        stack = self.stack
        if name in TABLE_PARTS:
            # Through unclosed cells and rows only: anything else on top may be fostered.
            index = len(stack) - 1
            while index >= 0 and stack[index] != name and stack[index] in _CELLS_AND_ROWS:
                index -= 1
            if index >= 0 and stack[index] == name:
                del stack[index:]
            return
        for index in range(len(stack) - 1, -1, -1):
            node = stack[index]
            if node == name or (name in HEADINGS and node in HEADINGS):
                if name in FORMATTING:
                    if any(n in SPECIAL for n in stack[index + 1 :]):
                        return  # adoption agency: it moves elements, the depth stays
                    self.formatting -= 1
                del stack[index:]
                return
            if node in SCOPE_BOUNDARIES or (name not in SPECIAL and node in SPECIAL):
                return  # not in scope: html5ever ignores this end tag
            if (name == "li" and node in ("ol", "ul")) or (name == "p" and node == "button"):
                return

    def _skip_raw_text(self, name: str, position: int) -> int:
        end = re.compile(rf"</{name}[{_WS}/>]", re.IGNORECASE).search(self.html, position)
        content_end = end.start() if end else len(self.html)
        if name == "script" and "<!--" in self.html[position:content_end]:
            self._untrusted_tail(position)  # script escapes: `</script>` may not end it
            return len(self.html)
        return content_end

    def _untrusted_tail(self, position: int) -> None:
        """From here on end tags are not believed: every start tag may stay open."""
        tail = self.html[position:]
        if len(tail) > UNTRUSTED_TAIL_CHARS:
            raise HtmlTooComplex(
                "SVG, MathML, <template>, <select>, <form>, <noscript> and <frameset> are "
                f"removed anyway; at most {UNTRUSTED_TAIL_CHARS} characters may follow them"
            )


def _comment_end(html: str, position: int) -> int:
    """Where a comment opened at `position` ends, by the standard's comment states."""
    if html.startswith(("<!-->", "<!--->"), position):
        return html.index(">", position) + 1
    end = _COMMENT_END.search(html, position + 4)
    return end.end() if end else len(html)


def _bogus_comment_end(html: str, position: int) -> int:
    end = html.find(">", position + 2)
    return end + 1 if end != -1 else len(html)
