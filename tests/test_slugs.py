from hypothesis import given
from hypothesis import strategies as st

from app.services.slugs import GENERATED_SLUG_LENGTH, is_valid_slug, slugify


@given(st.text(max_size=300))
def test_slugify_always_yields_a_valid_slug(title: str) -> None:
    slug = slugify(title, fallback="post")
    assert is_valid_slug(slug)
    assert len(slug) <= GENERATED_SLUG_LENGTH


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
    assert slugify("中文", fallback="page") == "page"
    for bad in ("Upper", "two--hyphens", "-leading", "trailing-", "spa ce", "", "a_b", "x" * 121):
        assert not is_valid_slug(bad), bad
