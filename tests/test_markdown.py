"""The sanitiser and the Markdown pipeline: examples plus hypothesis properties."""

import re

from hypothesis import given
from hypothesis import strategies as st

from app.services.markdown import excerpt_from, render_markdown, sanitize_html

DANGEROUS_TAGS = re.compile(
    r"<\s*(script|style|iframe|object|embed|form|svg|math|link|meta|base)\b", re.I
)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.I)
# Only real tags count: escaped text such as `&lt;a href="javascript:…"` is inert.
BAD_URL = re.compile(r"<[^>]*\b(href|src)\s*=\s*\"\s*(javascript|data|vbscript):", re.I)

html_fragments = st.lists(
    st.sampled_from(
        [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">',
            "<iframe src=//evil>", "<style>*{}</style>", "<svg onload=alert(1)>", '<a href="https://ok">ok</a>',
            "<p>", "</p>", "<b>", "text", "<!-- c -->", "<div style='x'>", '<img src="data:image/png;base64,AA">',
            "<object data=x>", "<SCRIPT SRC=//x>", "<a href=' jAvAsCrIpT:alert(1)'>", "&lt;script&gt;",
            "<form action=x>", "<input onfocus=x autofocus>", "`", "\n", '"', "'", ">", "<",
            "<code class=\"language-js evil\">", '<meta http-equiv="refresh">', "<math><mi>",
        ]
    )
    | st.text(max_size=20),
    max_size=30,
).map("".join)  # fmt: skip


def assert_safe(html: str) -> None:
    assert not DANGEROUS_TAGS.search(html), html
    assert not EVENT_HANDLER.search(html), html
    assert not BAD_URL.search(html), html
    assert not re.search(r"<[^>]*\bstyle\s*=", html), html


@given(html_fragments)
def test_sanitised_html_never_keeps_active_content(fragment: str) -> None:
    assert_safe(sanitize_html(fragment))


@given(html_fragments)
def test_sanitising_is_idempotent(fragment: str) -> None:
    once = sanitize_html(fragment)
    assert sanitize_html(once) == once


@given(html_fragments)
def test_rendered_markdown_is_safe(source: str) -> None:
    assert_safe(render_markdown(source))


def test_markdown_supports_tables_fenced_code_and_lists() -> None:
    html = render_markdown(
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = 1\n```\n\n1. one\n2. two\n"
    )
    assert "<table>" in html and "<td>1</td>" in html
    assert '<code class="language-python">x = 1' in html
    assert "<ol>" in html and "<li>one</li>" in html


def test_only_language_classes_survive_on_code() -> None:
    assert (
        sanitize_html('<code class="language-js">x</code>') == '<code class="language-js">x</code>'
    )
    assert sanitize_html('<code class="evil">x</code>') == "<code>x</code>"
    assert sanitize_html('<p class="language-js">x</p>') == "<p>x</p>"


def test_links_keep_safe_schemes_and_get_rel() -> None:
    html = sanitize_html(
        '<a href="mailto:a@b.co">m</a><a href="/about">r</a><a href="ftp://x">f</a>'
    )
    assert 'href="mailto:a@b.co" rel="noopener noreferrer nofollow"' in html
    assert '<a href="/about">r</a>' in html  # internal: no nofollow (#11)
    assert "ftp:" not in html and "<a>f</a>" in html
    assert html.count('rel="noopener noreferrer nofollow"') == 1


def test_excerpts_are_plain_text_cut_at_a_word() -> None:
    assert excerpt_from("<p>Hello <b>world</b> &amp; friends</p>") == "Hello world & friends"
    long = excerpt_from("<p>" + "word " * 100 + "</p>", limit=20)
    assert long == "word word word word…"
