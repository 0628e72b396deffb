"""Full-text search over HTTP: published posts and pages only, ranked, highlighted safely,
kept current by content events (in this process and from another one), hostile input safe."""

import asyncio
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pymongo.errors import PyMongoError

from app.models import Blog, BlogStatus, ContentEvent, EventType
from app.models.common import utcnow
from app.services import users
from app.services.search import SearchService
from core.embedded_db import EmbeddedMongo
from core.errors import ServiceUnavailable
from tests.conftest import EXTERNAL_URI, ClientFactory
from tests.helpers import API, ApiClient
from tests.live_server import LiveServer
from tests.test_workflow import act, post_in

SEARCH = f"{API}/search"


async def search(client: ApiClient, q: str, **params: Any) -> dict[str, Any]:
    response = await client.get(SEARCH, params={"q": q, **params})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def titles(result: dict[str, Any]) -> list[str]:
    return [item["title"] for item in result["items"]]


async def test_search_finds_a_word_from_a_body_stemmed(
    client: ApiClient, admin: dict[str, str]
) -> None:
    post = await client.create_post(
        admin,
        title="Weekend notes",
        markdown="The gardeners were planting heirloom tomatoes by the fence.",
        tags=["garden"],
        published=True,
    )
    result = await search(client, "plants")  # "plants", "planting": one stem
    assert result["total"] == 1 and result["page"] == 1 and result["total_pages"] == 1
    hit = result["items"][0]
    assert hit["kind"] == "post" and hit["id"] == post["id"] and hit["slug"] == "weekend-notes"
    assert hit["path"] == "/blog/weekend-notes" and hit["tags"] == ["garden"]
    assert "<b>planting</b>" in hit["snippet"] and hit["score"] > 0
    assert hit["published_at"] and hit["updated_at"] and hit["excerpt"]
    assert (await search(client, "TOMATO"))["total"] == 1
    assert (await search(client, "cucumber"))["total"] == 0


async def test_every_word_must_match_and_titles_rank_first(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await client.create_post(
        admin,
        title="Notes from the week",
        markdown="Long text about many things. " * 5 + "Kubernetes came up once.",
        published=True,
    )
    await client.create_post(
        admin, title="Kubernetes basics", markdown="Pods and services.", published=True
    )
    assert titles(await search(client, "kubernetes")) == [
        "Kubernetes basics",
        "Notes from the week",
    ]
    assert titles(await search(client, "kubernetes pods")) == ["Kubernetes basics"]


async def test_quoted_words_are_a_phrase(client: ApiClient, admin: dict[str, str]) -> None:
    await client.create_post(
        admin, title="One", markdown="A red apple and a green pear.", published=True
    )
    await client.create_post(
        admin, title="Two", markdown="A green apple and a red pear.", published=True
    )
    assert sorted(titles(await search(client, "red apple"))) == ["One", "Two"]
    assert titles(await search(client, '"red apple"')) == ["One"]
    assert titles(await search(client, '"red apples" pear')) == ["One"]  # stemmed in phrases too
    assert titles(await search(client, '"apple"')) != []  # a one-word phrase is a word


async def test_published_pages_are_found_unpublished_ones_not(
    client: ApiClient, admin: dict[str, str]
) -> None:
    for title, published in (("Contact", True), ("Internal memo", False)):
        body = {
            "title": title,
            "body": "<p>Write to our harbour office.</p>",
            "published": published,
        }
        assert (await client.post(f"{API}/pages", json=body, headers=admin)).status_code == 201
    result = await search(client, "harbour")
    assert [(i["kind"], i["title"], i["path"]) for i in result["items"]] == [
        ("page", "Contact", "/contact")
    ]


async def test_drafts_are_never_found_and_events_keep_the_index_current(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    draft = await client.create_post(writer, title="Zeppelin draft", markdown="zeppelin")
    assert (await search(client, "zeppelin"))["total"] == 0
    post = await post_in(client, "pending", writer, admin)
    await client.put(f"{API}/blogs/{post['id']}", json={"markdown": "marmalade"}, headers=admin)
    assert (await search(client, "marmalade"))["total"] == 0  # pending is not public
    await act(client, post["id"], "approve", admin)  # post.published
    assert titles(await search(client, "marmalade")) == ["A post"]
    await client.put(f"{API}/posts/{post['id']}", json={"title": "Jam"}, headers=admin)
    assert titles(await search(client, "marmalade")) == ["Jam"]  # post.updated
    await act(client, post["id"], "unpublish", admin)  # post.unpublished
    assert (await search(client, "marmalade"))["total"] == 0
    await act(client, post["id"], "publish-request", writer)
    await act(client, post["id"], "approve", admin)
    assert (await search(client, "marmalade"))["total"] == 1
    await client.delete(f"{API}/posts/{post['id']}", headers=admin)  # post.deleted
    assert (await search(client, "marmalade"))["total"] == 0
    assert (await search(client, "zeppelin"))["total"] == 0
    assert draft["status"] == "saved"


async def test_snippets_escape_everything_but_the_highlights(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await client.create_post(
        admin,
        title="Escaping",
        markdown='Write `<script>alert("x")</script>` when a < b & c > d, for apples.',
        published=True,
    )
    for q in ("apples", "script", "alert"):
        snippet = (await search(client, q))["items"][0]["snippet"]
        assert "<b>" in snippet
        assert not re.search(r"<(?!/?b>)", snippet), snippet  # no tag but <b> and </b>
        assert "&lt;" in snippet or "&amp;" in snippet


HOSTILE = [
    '"unbalanced quote',
    'apple"',
    '"',
    '""',
    "*",
    "*:*",
    "title:",
    "body:apple",
    "kind:page",
    "apple AND OR NOT",
    "(apple",
    "apple)",
    "[a TO z]",
    "{a TO z}",
    "+apple -pear !x ^2 ~3",
    "apple~2 apple^10",
    "/regex.*/",
    "\\",
    "a" * 200,
    " ".join(f"w{i}" for i in range(70))[:200],
    '"' + " ".join(["apple"] * 40)[:190] + '"',
    "東京 café naïve ß",
    "🍎🍐",
    "\x00\x01\x1b[31m\u200b\ufeff",
    "\u202eapple",
    "%00 %27 ' OR 1=1 --",
    "<script>alert(1)</script>",
]


async def test_hostile_queries_are_plain_words_never_an_error(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await client.create_post(
        admin, title="Fruit", markdown="An apple and a café in 東京.", published=True
    )
    for q in HOSTILE:  # one app for all of them: each is a cheap request
        result = await search(client, q)
        assert set(result) == {"items", "total", "page", "per_page", "total_pages"}, q
        assert result["total"] == len(result["items"]), q
    for q in ("*", "*:*", "kind:page", "[a TO z]"):
        assert (await search(client, q))["total"] == 0, q  # not operators matching everything
    for q in ('"apple', 'apple"', "(apple", "+apple", "東京", "CAFE", "apple~", "*apple*"):
        assert titles(await search(client, q)) == ["Fruit"], q  # the words still count


async def test_queries_are_length_capped(client: ApiClient) -> None:
    assert (await client.get(SEARCH, params={"q": "a" * 200})).status_code == 200
    for params in ({"q": "a" * 201}, {"q": ""}, {}):
        response = await client.get(SEARCH, params=params)
        assert response.status_code == 422
        assert response.json()["code"] == "validation_error"


async def test_results_are_paginated(client: ApiClient, admin: dict[str, str]) -> None:
    for n in range(7):
        await client.create_post(admin, title=f"Lantern {n}", published=True)
    result = await search(client, "lantern", page=2, per_page=5)
    assert (result["total"], result["page"], result["per_page"], result["total_pages"]) == (
        7,
        2,
        5,
        2,
    )
    assert len(result["items"]) == 2
    deep = await search(client, "lantern", page=500, per_page=5)  # past the ranking window
    assert deep["items"] == [] and deep["total"] == 7
    assert (await client.get(SEARCH, params={"q": "x", "per_page": 101})).status_code == 422


async def test_a_resync_rebuilds_from_the_database(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    await client.create_post(admin, title="Kept", markdown="walrus", published=True)
    # Written behind the API's back: no event, as if this process had missed one.
    now = utcnow()
    await Blog(
        owner=(await client.get(f"{API}/auth/me", headers=admin)).json()["id"],
        author="Ghost",
        title="Missed",
        slug="missed",
        body="<p>walrus</p>",
        status=BlogStatus.PUBLISHED,
        created_at=now,
        updated_at=now,
        published_at=now,
    ).insert()
    assert titles(await search(client, "walrus")) == ["Kept"]
    service: SearchService = app.state.search
    await service.rebuild()
    assert sorted(titles(await search(client, "walrus"))) == ["Kept", "Missed"]


async def test_an_event_that_fails_to_apply_is_repaired_by_a_rebuild(
    client: ApiClient, app: FastAPI, admin: dict[str, str]
) -> None:
    await client.create_post(admin, title="Sound", markdown="bagpipes", published=True)
    service: SearchService = app.state.search
    broken = ContentEvent(type=EventType.POST_PUBLISHED, subject_id="x", data={"nonsense": 1})
    with pytest.raises(ValueError, match="validation error"):
        await service.apply(broken)
    stale_after_failure = service.stale
    await service.ensure_built()  # what the supervisor loop runs
    assert (stale_after_failure, service.stale) == (True, False)
    assert titles(await search(client, "bagpipes")) == ["Sound"]


async def test_search_waits_for_the_first_build_then_answers_503() -> None:
    service = SearchService(ready_wait=0.05)  # never built: no database behind it
    with pytest.raises(ServiceUnavailable):
        await service.search("anything", page=1, per_page=10)


async def test_a_post_published_by_another_process_is_found_after_its_event_tail(
    client: ApiClient,
    admin: dict[str, str],
    live_server: Callable[..., LiveServer],
    live_env: dict[str, str],
) -> None:
    other = live_server(EVENT_POLL_SECONDS="0.05")
    credentials = {"email": live_env["ADMIN_EMAIL"], "password": live_env["ADMIN_PASSWORD"]}
    async with httpx.AsyncClient(base_url=other.url) as http:
        token = (await http.post(f"{API}/auth/login", json=credentials)).json()["access_token"]
        created = await http.post(
            f"{API}/posts",
            json={"title": "Far away", "markdown": "albatross", "published": True},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert created.status_code == 201, created.text
    deadline = time.monotonic() + 10
    while (await search(client, "albatross"))["total"] == 0:
        assert time.monotonic() < deadline, "this process never applied the other's event"
        await asyncio.sleep(0.05)
    assert titles(await search(client, "albatross")) == ["Far away"]


@pytest.fixture
def own_database(tmp_path: Path) -> Iterator[EmbeddedMongo]:
    """A server of this test's own, so pausing it touches nothing else."""
    server = EmbeddedMongo(storage_path=tmp_path / "search-db")
    server.start()
    yield server
    server.stop()


@pytest.mark.skipif(bool(EXTERNAL_URI), reason="needs the embedded server to pause")
async def test_search_answers_through_an_outage_and_a_failed_rebuild_is_retried(
    client_with: ClientFactory, own_database: EmbeddedMongo
) -> None:
    async with client_with(
        mongodb_uri=own_database.uri, mongodb_timeout_ms=500, mongodb_operation_timeout_ms=800
    ) as http:
        await users.ensure_admin(email="boss@example.com", password="boss-password")
        admin = await http.login("boss@example.com", "boss-password")
        await http.create_post(admin, title="Lighthouse", published=True)
        assert http.app is not None
        service: SearchService = http.app.state.search
        own_database.pause()
        try:
            assert titles(await search(http, "lighthouse")) == ["Lighthouse"]  # from memory
            with pytest.raises(PyMongoError):
                await service.rebuild()  # a resync during the outage
            stale_during_outage = service.stale
            assert titles(await search(http, "lighthouse")) == ["Lighthouse"]  # the old index
        finally:
            own_database.resume()
        await service.ensure_built()  # the loop's next run
        assert (stale_during_outage, service.stale) == (True, False)
        assert titles(await search(http, "lighthouse")) == ["Lighthouse"]
