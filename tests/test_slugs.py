import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.limits import SLUG_GENERATED_MAX
from app.services.slugs import is_valid_slug, slugify


@given(st.text(max_size=300))
def test_slugify_always_yields_a_valid_slug(title: str) -> None:
    slug = slugify(title, fallback="post")
    assert is_valid_slug(slug)
    assert len(slug) <= SLUG_GENERATED_MAX


@given(st.text(max_size=300))
def test_slugify_is_idempotent(title: str) -> None:
    slug = slugify(title)
    assert slugify(slug) == slug


@given(st.from_regex(r"[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,5}", fullmatch=True))
def test_valid_slugs_are_accepted(slug: str) -> None:
    assert is_valid_slug(slug)


def test_examples() -> None:
    assert slugify("Hello, World!") == "hello-world"
    assert slugify("  Ünïcödé   Tïtle ") == "unicode-title"
    assert slugify("---") == "item"
    assert slugify("🎉 ✨", fallback="page") == "page"
    for bad in ("Upper", "two--hyphens", "-leading", "trailing-", "spa ce", "", "a_b", "x" * 121):
        assert not is_valid_slug(bad), bad


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Привет, мир", "privet-mir"),  # Cyrillic
        ("Γειά σου Κόσμε", "geia-soy-kosme"),  # Greek
        ("你好世界", "ni-hao-shi-jie"),  # Han: one pinyin word per ideograph
        ("東京の天気", "dong-jing-no-tian-qi"),  # Japanese kanji and kana
        ("안녕하세요 세계", "annyeonghaseyo-segye"),  # Hangul keeps its words
        ("مرحبا بالعالم", "mrhb-bllm"),  # Arabic: the ayin is not a word break
        ("שלום עולם", "slvm-vlm"),  # Hebrew
        ("Đà Nẵng, ß", "da-nang-ss"),
        ("🎉 Launch day", "launch-day"),  # emoji are word breaks, not words
    ],
)
def test_non_latin_titles_get_meaningful_ascii_slugs(title: str, slug: str) -> None:
    assert slugify(title, fallback="post") == slug


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=200))
def test_ascii_titles_slug_as_before_transliteration(title: str) -> None:
    """Transliteration only touches non-ASCII characters: ASCII titles slug as they always did."""
    expected = "-".join(
        w for w in "".join(c if c.isalnum() else " " for c in title.lower()).split()
    )
    assert slugify(title) == (expected[:SLUG_GENERATED_MAX].rstrip("-") or "item")
