from typing import Any

import pytest

from app.models import Blog
from tests.helpers import API, ApiClient

POSTS = f"{API}/posts"


async def publish(client: ApiClient, admin: dict[str, str], **fields: Any) -> dict[str, Any]:
    return await client.create_post(admin, published=True, **fields)


async def test_writer_creates_a_saved_post(client: ApiClient, writer: dict[str, str]) -> None:
    post = await client.create_post(
        writer, title="My First Post", tags=["News", "news", " Big  Day "]
    )
    assert post["status"] == "saved"
    assert post["published"] is False
    assert post["published_at"] is None
    assert post["slug"] == "my-first-post"
    assert post["author"] == "writer"
    assert post["tags"] == ["news", "big day"]
    assert post["history"][0]["action"] == "create"


async def test_anonymous_users_cannot_write_posts(client: ApiClient) -> None:
    response = await client.post(POSTS, json={"title": "x"})
    assert response.status_code == 401


async def test_only_admins_publish_directly(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    refused = await client.post(POSTS, json={"title": "Eager", "published": True}, headers=writer)
    assert refused.status_code == 403
    post = await publish(client, admin, title="Announcement")
    assert post["status"] == "published"
    assert post["published"] is True
    assert post["published_at"] is not None
    public = await client.get(f"{POSTS}/announcement")
    assert public.status_code == 200
    assert public.json()["published"] is True


async def test_markdown_is_rendered_to_sanitised_html_and_kept(
    client: ApiClient, writer: dict[str, str]
) -> None:
    source = "# Title\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) and **bold**"
    post = await client.create_post(writer, markdown=source)
    assert post["markdown"] == source
    assert '<h1 id="title">Title</h1>' in post["body"]
    assert "<strong>bold</strong>" in post["body"]
    assert "<script" not in post["body"] and "javascript:" not in post["body"]
    assert post["excerpt"] == "x and bold"  # headings stay out of generated excerpts


async def test_html_bodies_are_sanitised(client: ApiClient, writer: dict[str, str]) -> None:
    html = '<p onclick="steal()">Hi<img src=x onerror=alert(1)><iframe src="https://evil"></iframe></p><style>*{}</style>'
    response = await client.post(POSTS, json={"title": "Html", "body": html}, headers=writer)
    assert response.status_code == 201
    body = response.json()["body"]
    assert body == '<p>Hi<img src="x"></p>'
    assert response.json()["markdown"] is None


async def test_markdown_and_body_together_are_rejected(
    client: ApiClient, writer: dict[str, str]
) -> None:
    response = await client.post(
        POSTS, json={"title": "x", "markdown": "a", "body": "<p>b</p>"}, headers=writer
    )
    assert response.status_code == 422


@pytest.mark.parametrize(
    "fields",
    [
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": "x", "slug": "Not A Slug"},
        {"title": "x", "slug": "double--hyphen"},
        {"title": "x", "featured_image_url": "javascript:alert(1)"},
        {"title": "x", "featured_image_url": "/relative.png"},
        {"title": "x", "tags": ["ok"] * 21},
        {"title": "x", "tags": [""]},
        {"title": "x", "outline": "not a list"},
        {"title": "x", "status": "published"},
        {"title": "x", "owner": "someone-else"},
    ],
)
async def test_bad_post_input_is_422(
    client: ApiClient, writer: dict[str, str], fields: dict[str, Any]
) -> None:
    response = await client.post(POSTS, json=fields, headers=writer)
    assert response.status_code == 422, response.text


async def test_slugs_are_generated_unique_and_validated(
    client: ApiClient, writer: dict[str, str]
) -> None:
    first = await client.create_post(writer, title="Crème Brûlée: 10 Tips!")
    second = await client.create_post(writer, title="Crème brûlée — 10 tips")
    third = await client.create_post(writer, title="Crème brûlée 10 tips")
    assert [first["slug"], second["slug"], third["slug"]] == [
        "creme-brulee-10-tips",
        "creme-brulee-10-tips-2",
        "creme-brulee-10-tips-3",
    ]
    # Non-Latin titles are transliterated; only a title with no letters at all gets "post".
    assert (await client.create_post(writer, title="日本語"))["slug"] == "ri-ben-yu"
    assert (await client.create_post(writer, title="Привет, мир"))["slug"] == "privet-mir"
    assert (await client.create_post(writer, title="🎉🎉"))["slug"] == "post"
    taken = await client.post(
        POSTS, json={"title": "x", "slug": "creme-brulee-10-tips"}, headers=writer
    )
    assert taken.status_code == 409
    assert "creme-brulee-10-tips" in taken.json()["detail"]


async def test_a_generated_slug_follows_the_highest_suffix_of_its_own_base(
    client: ApiClient, writer: dict[str, str]
) -> None:
    for slug in ["news", "news-9", "news-10", "news-flash", "news-2x", "newsy-11", "new-12"]:
        await client.create_post(writer, title="x", slug=slug)
    assert (await client.create_post(writer, title="News"))["slug"] == "news-11"
    assert (await client.create_post(writer, title="Newsy"))["slug"] == "newsy"


async def test_public_list_shows_only_published_newest_first_without_bodies(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    await client.create_post(writer, title="Draft")
    for n in range(3):
        await publish(client, admin, title=f"Published {n}")
    response = await client.get(POSTS)
    assert response.status_code == 200
    page = response.json()
    assert [item["title"] for item in page["items"]] == [
        "Published 2",
        "Published 1",
        "Published 0",
    ]
    assert {k: page[k] for k in ("total", "page", "per_page", "total_pages")} == {
        "total": 3, "page": 1, "per_page": 10, "total_pages": 1,
    }  # fmt: skip
    for item in page["items"]:
        assert "body" not in item and "markdown" not in item and "history" not in item
        assert "status" not in item and "owner" not in item
        assert item["published"] is True


async def test_public_list_paginates(client: ApiClient, admin: dict[str, str]) -> None:
    for n in range(5):
        await publish(client, admin, title=f"Post {n}")
    page = (await client.get(POSTS, params={"page": 2, "per_page": 2})).json()
    assert [item["title"] for item in page["items"]] == ["Post 2", "Post 1"]
    assert (page["total"], page["page"], page["per_page"], page["total_pages"]) == (5, 2, 2, 3)
    beyond = (await client.get(POSTS, params={"page": 9, "per_page": 2})).json()
    assert beyond["items"] == [] and beyond["total"] == 5


@pytest.mark.parametrize(
    "params", [{"page": 0}, {"page": -1}, {"per_page": 0}, {"per_page": 101}, {"page": "x"}]
)
async def test_public_list_rejects_bad_paging(client: ApiClient, params: dict[str, Any]) -> None:
    response = await client.get(POSTS, params=params)
    assert response.status_code == 422


async def test_public_list_filters_by_tag(client: ApiClient, admin: dict[str, str]) -> None:
    await publish(client, admin, title="Tagged", tags=["python"])
    await publish(client, admin, title="Other", tags=["rust"])
    page = (await client.get(POSTS, params={"tag": "Python"})).json()
    assert [item["title"] for item in page["items"]] == ["Tagged"]
    assert page["total"] == 1


async def test_unpublished_posts_are_404_to_the_public_even_for_admins(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    draft = await client.create_post(writer, title="Secret draft")
    assert (await client.get(f"{POSTS}/{draft['slug']}")).status_code == 404
    assert (await client.get(f"{POSTS}/{draft['slug']}", headers=admin)).status_code == 404
    assert (await client.get(f"{POSTS}/no-such-post")).status_code == 404


async def test_public_post_carries_body_but_no_private_fields(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await publish(
        client,
        admin,
        title="Visible",
        markdown="Hello **world**",
        intro="Intro",
        outline=["A", "B"],
    )
    post = (await client.get(f"{POSTS}/visible")).json()
    assert post["body"] == "<p>Hello <strong>world</strong></p>"
    assert post["intro"] == "Intro" and post["outline"] == ["A", "B"]
    for private in ("markdown", "history", "owner", "admin_feedback", "status"):
        assert private not in post


async def test_owner_edits_a_saved_post_partially(
    client: ApiClient, writer: dict[str, str]
) -> None:
    post = await client.create_post(writer, title="Before", markdown="Old *text*", tags=["a"])
    response = await client.put(
        f"{POSTS}/{post['id']}", json={"markdown": "New text"}, headers=writer
    )
    assert response.status_code == 200
    updated = response.json()
    assert updated["body"] == "<p>New text</p>"
    assert updated["excerpt"] == "New text"  # derived excerpts follow the body
    assert (updated["title"], updated["slug"], updated["tags"]) == ("Before", "before", ["a"])
    assert updated["updated_at"] >= post["updated_at"]


async def test_editing_keeps_a_hand_written_excerpt(
    client: ApiClient, writer: dict[str, str]
) -> None:
    post = await client.create_post(writer, excerpt="Mine")
    updated = (
        await client.put(f"{POSTS}/{post['id']}", json={"markdown": "New"}, headers=writer)
    ).json()
    assert updated["excerpt"] == "Mine"


async def test_edit_rejects_null_for_required_fields(
    client: ApiClient, writer: dict[str, str]
) -> None:
    post = await client.create_post(writer)
    response = await client.put(f"{POSTS}/{post['id']}", json={"title": None}, headers=writer)
    assert response.status_code == 422
    cleared = await client.put(
        f"{POSTS}/{post['id']}", json={"featured_image_url": None}, headers=writer
    )
    assert cleared.status_code == 200


async def test_edit_to_a_taken_slug_is_409(client: ApiClient, writer: dict[str, str]) -> None:
    await client.create_post(writer, title="One")
    two = await client.create_post(writer, title="Two")
    response = await client.put(f"{POSTS}/{two['id']}", json={"slug": "one"}, headers=writer)
    assert response.status_code == 409


async def test_other_writers_cannot_see_edit_or_delete_a_post(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str]
) -> None:
    post = await client.create_post(writer)
    url = f"{POSTS}/{post['id']}"
    assert (
        await client.put(url, json={"title": "Mine now"}, headers=other_writer)
    ).status_code == 404
    assert (await client.delete(url, headers=other_writer)).status_code == 404
    assert (await Blog.get(post["id"])).title == "A post"  # type: ignore[union-attr]


async def test_writers_cannot_edit_or_delete_a_published_post(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(writer)
    url = f"{POSTS}/{post['id']}"
    assert (await client.put(url, json={"published": True}, headers=writer)).status_code == 403
    assert (await client.put(url, json={"published": True}, headers=admin)).json()[
        "status"
    ] == "published"
    edit = await client.put(url, json={"title": "Sneaky"}, headers=writer)
    assert edit.status_code == 409
    assert "published" in edit.json()["detail"]
    assert (await client.delete(url, headers=writer)).status_code == 409


async def test_admins_edit_unpublish_and_delete_any_post(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(writer)
    url = f"{POSTS}/{post['id']}"
    published = (
        await client.put(url, json={"published": True, "title": "Edited"}, headers=admin)
    ).json()
    assert (published["status"], published["title"]) == ("published", "Edited")
    assert (await client.get(f"{POSTS}/{post['slug']}")).status_code == 200
    unpublished = (await client.put(url, json={"published": False}, headers=admin)).json()
    assert unpublished["status"] == "saved" and unpublished["published_at"] is None
    assert (await client.get(f"{POSTS}/{post['slug']}")).status_code == 404
    assert [h["action"] for h in unpublished["history"]] == ["create", "publish", "unpublish"]
    deleted = await client.delete(url, headers=admin)
    assert deleted.status_code == 204 and deleted.content == b""
    assert await Blog.get(post["id"]) is None


async def test_owner_deletes_a_saved_post(client: ApiClient, writer: dict[str, str]) -> None:
    post = await client.create_post(writer)
    assert (await client.delete(f"{POSTS}/{post['id']}", headers=writer)).status_code == 204
    assert (await client.delete(f"{POSTS}/{post['id']}", headers=writer)).status_code == 404


@pytest.mark.parametrize("post_id", ["not-an-id", "0" * 24, "6b01355dce65105bbf76cf3"])
async def test_malformed_or_unknown_post_ids_are_404(
    client: ApiClient, writer: dict[str, str], post_id: str
) -> None:
    assert (
        await client.put(f"{POSTS}/{post_id}", json={"title": "x"}, headers=writer)
    ).status_code == 404
    assert (await client.delete(f"{POSTS}/{post_id}", headers=writer)).status_code == 404
