"""The search engine without the app: query splitting, HTML to text, safe snippets, and the
tantivy index itself under arbitrary queries and deletions."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.search.index import Entry, IndexedDoc, TextIndex
from app.services.search.text import html_to_text, lead_text, snippet_html, split_query

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def doc(
    n: int, title: str, text: str, tags: tuple[str, ...] = (), kind: str = "post"
) -> IndexedDoc:
    at = NOW + timedelta(hours=n)
    entry = Entry(
        kind="post" if kind == "post" else "page",
        id=f"id{n}",
        slug=f"slug-{n}",
        title=title,
        excerpt="",
        tags=tags,
        author="A",
        featured_image_url=None,
        created_at=at,
        published_at=at,
        updated_at=at,
    )
    return IndexedDoc(entry=entry, text=text)


@pytest.fixture(scope="module")
def index() -> TextIndex:
    built = TextIndex()
    built.write(
        [
            doc(
                1, "Growing tomatoes", "Tomatoes love sun & <warm> soil. Café au lait.", ("garden",)
            ),
            doc(2, "Quiet mornings", "Coffee, a red apple and silence.", ("life",)),
            doc(3, "About", "We are a small team in 東京.", kind="page"),
        ]
    )
    return built


@pytest.mark.parametrize(
    ("raw", "words", "phrases"),
    [
        ('a "b c" d', "a   d", ("b c",)),
        ('a "b c', "a  b c", ()),
        ('"x" "y', "   y", ("x",)),
        ("x\x00y\u200bz\n", "x y z ", ()),
        ('""', " ", ()),
        ("title:foo*", "title:foo*", ()),
    ],
)
def test_split_query_keeps_only_quotes_as_syntax(
    raw: str, words: str, phrases: tuple[str, ...]
) -> None:
    text = split_query(raw)
    assert (text.words, text.phrases) == (words, phrases)


def test_html_to_text_separates_blocks_and_decodes_entities() -> None:
    html = '<h2>Title</h2><p>one&amp;two</p><ul><li>a</li><li>b</li></ul><img alt="a cat" src="x">'
    assert html_to_text(html) == "Title one&two a b a cat"


def test_snippets_escape_the_text_and_use_byte_offsets() -> None:
    fragment = "Café <b> & naïve"
    start = len("Café <b> & ".encode())
    assert snippet_html(fragment, [(0, 5), (start, start + len("naïve".encode()))]) == (
        "<b>Café</b> &lt;b&gt; &amp; <b>naïve</b>"
    )
    assert snippet_html("abc", [(2, 1), (0, 99), (1, 2), (0, 2)]) == "<b>ab</b>c"  # bad ranges
    assert lead_text("<x> " * 100).endswith("…") and "<" not in lead_text("<x> " * 100)


def test_search_stems_folds_accents_and_ranks(index: TextIndex) -> None:
    hits, total = index.search(split_query("tomato CAFE"), limit=10, offset=0)
    assert total == 1 and hits[0].entry.slug == "slug-1"
    assert "<b>Tomatoes</b>" in hits[0].snippet and "&lt;warm&gt;" in hits[0].snippet
    hits, total = index.search(split_query('"red apple"'), limit=10, offset=0)
    assert [h.entry.slug for h in hits] == ["slug-2"]
    assert index.search(split_query('"apple red"'), limit=10, offset=0) == ([], 0)
    hits, _ = index.search(split_query("東京"), limit=10, offset=0)
    assert [(h.entry.kind, h.entry.slug) for h in hits] == [("page", "slug-3")]


@given(st.text(max_size=200))
def test_no_query_raises_or_breaks_the_snippet_rule(index: TextIndex, raw: str) -> None:
    hits, total = index.search(split_query(raw), limit=5, offset=0)
    assert total >= len(hits)
    for hit in hits:
        assert not re.search(r"<(?!/?b>)", hit.snippet)


@given(
    st.lists(
        st.sampled_from(['"', "*", ":", "(", ")", "apple", "red", " ", "~", "^", "-"]), max_size=60
    )
)
def test_operator_soup_is_just_words(index: TextIndex, parts: list[str]) -> None:
    index.search(split_query("".join(parts)), limit=5, offset=0)


def test_related_survives_many_deletions_and_ranks_shared_tags_first() -> None:
    index = TextIndex()
    index.write([doc(0, "Bread", "Sourdough flour water salt starter", ("baking", "bread"))])
    for round_ in range(5):  # replaced again and again: deleted documents pile up
        index.write(
            [
                doc(1, "Twin", f"Other words {round_}", ("baking", "bread")),
                doc(2, "Cousin", "Unrelated", ("bread",)),
                doc(3, "Lookalike", "A sourdough starter with flour and water"),
                doc(4, "Stranger", "Trains and mountains", ("travel",)),
            ]
        )
    index.write([], ["post:id4"])
    related = index.related("slug-0", limit=5)
    assert related is not None
    assert [e.title for e in related] == ["Twin", "Cousin", "Lookalike"]
    assert index.related("no-such-slug", limit=5) is None
    assert "slug-4" not in index.slugs
