"""Rendering for the web (#11): rel by link target, heading ids and the post's toc."""

from collections.abc import Iterator

import pytest

from app.services import web_html
from app.services.markdown import render_markdown, sanitize_html
from tests.conftest import ClientFactory
from tests.helpers import ApiClient


@pytest.fixture
def policy() -> Iterator[None]:
    web_html.configure(
        site_url="https://blog.example.com", base_url="http://api.test", follow_external=False
    )
    yield
    web_html.configure(site_url=None, base_url="http://127.0.0.1:8000", follow_external=False)


@pytest.mark.usefixtures("policy")
def test_internal_links_have_no_nofollow_and_external_ones_do() -> None:
    html = render_markdown(
        "[a](/about) [b](#top) [c](https://blog.example.com/x) [d](http://api.test/uploads/a.jpg)"
        " [e](https://elsewhere.org/) [f](//elsewhere.org/x)"
    )
    for internal in ("/about", "#top", "https://blog.example.com/x", "http://api.test/uploads"):
        assert f'href="{internal}' in html
    assert html.count("nofollow") == 2
    assert '<a href="https://elsewhere.org/" rel="noopener noreferrer nofollow">' in html
    assert '<a href="/about">a</a>' in html


def test_external_links_follow_keeps_noopener() -> None:
    web_html.configure(site_url=None, base_url="http://api.test", follow_external=True)
    try:
        html = sanitize_html('<a href="https://elsewhere.org/">e</a>')
    finally:
        web_html.configure(site_url=None, base_url="http://127.0.0.1:8000", follow_external=False)
    assert html == '<a href="https://elsewhere.org/" rel="noopener noreferrer">e</a>'


def test_user_rel_and_ids_are_replaced_not_trusted() -> None:
    html = sanitize_html('<a href="/x" rel="opener">x</a><h2 id="evil" onclick="x">T</h2>')
    assert html == '<a href="/x">x</a><h2 id="t">T</h2>'
    assert sanitize_html(html) == html  # still idempotent


def test_headings_get_stable_unique_ids_and_a_toc() -> None:
    html = render_markdown("# Intro\n\n## Intro\n\n### Fish & *chips*\n\n#### ***\n")
    assert '<h1 id="intro">' in html and '<h2 id="intro-2">' in html
    assert '<h3 id="fish-chips">' in html
    assert [(e.level, e.text, e.id) for e in web_html.toc(html)] == [
        (1, "Intro", "intro"),
        (2, "Intro", "intro-2"),
        (3, "Fish & chips", "fish-chips"),
        (4, "***", "section"),
    ]


@pytest.mark.usefixtures("policy")  # restores the link policy the second app sets
async def test_post_responses_carry_the_toc(
    client: ApiClient, writer: dict[str, str], client_with: ClientFactory
) -> None:
    post = await client.create_post(writer, markdown="## First\n\ntext\n\n## Second step\n")
    assert post["toc"] == [
        {"level": 2, "text": "First", "id": "first"},
        {"level": 2, "text": "Second step", "id": "second-step"},
    ]
    async with client_with(external_links_follow=True) as other:
        headers = await other.signup_and_login("follow@example.com", "follow-password")
        followed = await other.create_post(headers, markdown="[e](https://elsewhere.org/)")
        assert 'rel="noopener noreferrer"' in followed["body"]
        assert "nofollow" not in followed["body"]
