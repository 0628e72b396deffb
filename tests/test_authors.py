"""Author profiles: PATCH /auth/me, GET /authors/{slug}, and authors on public posts."""

from typing import Any

import pytest

from tests.helpers import API, ApiClient

ME = f"{API}/auth/me"


async def _published(client: ApiClient, headers: dict[str, str], admin: dict[str, str],
                     title: str) -> dict[str, Any]:  # fmt: skip
    post = await client.create_post(headers, title=title)
    await client.post(f"{API}/blogs/{post['id']}/publish-request", headers=headers)
    await client.post(f"{API}/admin/blogs/{post['id']}/approve", headers=admin)
    return post


async def test_profile_update_and_public_author_page(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    assert (await client.get(ME, headers=writer)).json()["slug"] == "writer"
    changes = {"display_name": "Wren Writer", "bio": "Bakes.", "avatar": "/uploads/a/wren.webp",
               "slug": "wren"}  # fmt: skip
    updated = await client.patch(ME, json=changes, headers=writer)
    assert updated.status_code == 200
    assert {k: updated.json()[k] for k in changes} == changes
    await _published(client, writer, admin, "One")
    await client.create_post(writer, title="Draft")  # not counted

    author = await client.get(f"{API}/authors/wren")
    assert author.status_code == 200
    assert author.json() == {
        "name": "Wren Writer", "slug": "wren", "avatar": "/uploads/a/wren.webp", "bio": "Bakes.",
        "published_posts": 1,
    }  # fmt: skip
    assert "etag" in author.headers
    assert (await client.get(f"{API}/authors/nobody")).status_code == 404


@pytest.mark.parametrize(
    "changes",
    [
        {"avatar": "https://evil.example/x.png"},
        {"avatar": "/uploads/../secret"},
        {"avatar": "/uploads/a b.png"},
        {"slug": "Not A Slug"},
        {"display_name": None},
        {"role": "admin"},
        {"bio": "x" * 1001},
    ],
)
async def test_profile_rejects_bad_values(
    client: ApiClient, writer: dict[str, str], changes: dict[str, Any]
) -> None:
    assert (await client.patch(ME, json=changes, headers=writer)).status_code == 422


async def test_author_slugs_are_unique(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str]
) -> None:
    await client.patch(ME, json={"slug": "taken"}, headers=writer)
    clash = await client.patch(ME, json={"slug": "taken"}, headers=other_writer)
    assert clash.status_code == 409
    # Signups with the same name get distinct slugs.
    first = await client.signup("a1@example.com", "password-1", display_name="Same Name")
    second = await client.signup("a2@example.com", "password-1", display_name="Same Name")
    assert (first.json()["slug"], second.json()["slug"]) == ("same-name", "same-name-2")


async def test_public_posts_carry_the_author_profile(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await _published(client, writer, admin, "Hello")
    listed = (await client.get(f"{API}/posts")).json()["items"][0]
    single = (await client.get(f"{API}/posts/{post['slug']}")).json()
    for body in (listed, single):
        assert body["author"] == "writer"  # the round-one string field is unchanged
        assert body["author_profile"] == {"name": "writer", "slug": "writer", "avatar": None}
        assert "owner" not in body
    # A profile change shows at once, through the public cache.
    await client.patch(ME, json={"display_name": "Wren", "slug": "wren"}, headers=writer)
    listed = (await client.get(f"{API}/posts")).json()["items"][0]
    assert listed["author_profile"]["slug"] == "wren"


async def test_posts_by_author_never_serve_the_unfiltered_cached_list(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str],
    admin: dict[str, str],
) -> None:  # fmt: skip
    await _published(client, writer, admin, "By writer")
    await _published(client, other_writer, admin, "By other")
    everything = await client.get(f"{API}/posts")  # warms the cache for the unfiltered list
    assert everything.json()["total"] == 2
    assert (await client.get(f"{API}/posts")).headers["etag"] == everything.headers["etag"]

    mine = await client.get(f"{API}/posts", params={"author": "writer"})
    assert [p["title"] for p in mine.json()["items"]] == ["By writer"]
    again = await client.get(f"{API}/posts", params={"author": "writer"})  # the fast path now
    assert again.content == mine.content
    theirs = await client.get(f"{API}/posts", params={"author": "other"})
    assert [p["title"] for p in theirs.json()["items"]] == ["By other"]
    nobody = await client.get(f"{API}/posts", params={"author": "nobody"})
    assert nobody.json()["total"] == 0
    blank = await client.get(f"{API}/posts", params={"author": ""})
    assert blank.json()["total"] == 2
    bad = await client.get(f"{API}/posts", params={"author": "Bad Slug!"})
    assert bad.status_code == 422
