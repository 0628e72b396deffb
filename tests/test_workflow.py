"""The moderation workflow over HTTP: every move, legal and illegal, and the races."""

import asyncio
from typing import Any

import pytest

from tests.helpers import API, ApiClient

BLOGS = f"{API}/blogs"
ADMIN = f"{API}/admin/blogs"
OWNER_ACTIONS = ("publish-request", "withdraw")
ADMIN_ACTIONS = ("approve", "reject", "unpublish")
LEGAL = {
    ("saved", "publish-request"): "pending",
    ("rejected", "publish-request"): "pending",
    ("pending", "withdraw"): "saved",
    ("pending", "approve"): "published",
    ("pending", "reject"): "rejected",
    ("published", "unpublish"): "saved",
}
FEEDBACK = {"feedback": "Needs a stronger intro."}


async def act(client: ApiClient, post_id: str, action: str, headers: dict[str, str]) -> Any:
    if action in OWNER_ACTIONS:
        return await client.post(f"{BLOGS}/{post_id}/{action}", headers=headers)
    body = FEEDBACK if action == "reject" else None
    return await client.post(f"{ADMIN}/{post_id}/{action}", json=body, headers=headers)


async def post_in(
    client: ApiClient, status: str, writer: dict[str, str], admin: dict[str, str]
) -> dict[str, Any]:
    """A writer's post brought to `status` through the API."""
    post = await client.create_post(writer)
    path = {"saved": [], "pending": [("publish-request", writer)],
            "published": [("publish-request", writer), ("approve", admin)],
            "rejected": [("publish-request", writer), ("reject", admin)]}[status]  # fmt: skip
    for action, headers in path:
        response = await act(client, post["id"], action, headers)
        assert response.status_code == 200, response.text
        post = response.json()
    assert post["status"] == status
    return post


async def test_full_round_trip_from_draft_to_the_public_site(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(writer, title="Round trip")
    pid = post["id"]
    assert (await act(client, pid, "publish-request", writer)).json()["status"] == "pending"
    rejected = (await act(client, pid, "reject", admin)).json()
    assert rejected["status"] == "rejected"
    assert rejected["admin_feedback"] == FEEDBACK["feedback"]

    edited = await client.put(
        f"{API}/posts/{pid}", json={"markdown": "Better intro."}, headers=writer
    )
    assert edited.status_code == 200
    assert (await act(client, pid, "publish-request", writer)).json()["status"] == "pending"
    assert (await client.get(f"{API}/posts/round-trip")).status_code == 404
    published = (await act(client, pid, "approve", admin)).json()
    assert published["status"] == "published" and published["published"] is True
    assert published["published_at"] is not None
    assert published["admin_feedback"] is None

    public = await client.get(f"{API}/posts/round-trip")
    assert public.status_code == 200 and public.json()["body"] == "<p>Better intro.</p>"
    assert [p["slug"] for p in (await client.get(f"{API}/posts")).json()["items"]] == ["round-trip"]

    history = (await client.get(f"{BLOGS}/{pid}", headers=writer)).json()["history"]
    assert [(h["action"], h["from_status"], h["to_status"]) for h in history] == [
        ("create", None, "saved"),
        ("publish-request", "saved", "pending"),
        ("reject", "pending", "rejected"),
        ("publish-request", "rejected", "pending"),
        ("approve", "pending", "published"),
    ]
    assert history[2]["feedback"] == FEEDBACK["feedback"]
    assert history[2]["actor_name"] == "Admin" and history[1]["actor_name"] == "writer"


@pytest.mark.parametrize("status", ["saved", "pending", "published", "rejected"])
@pytest.mark.parametrize("action", OWNER_ACTIONS + ADMIN_ACTIONS)
async def test_every_move_follows_the_transition_table(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str], status: str, action: str
) -> None:
    post = await post_in(client, status, writer, admin)
    headers = writer if action in OWNER_ACTIONS else admin
    response = await act(client, post["id"], action, headers)
    if (status, action) in LEGAL:
        assert response.status_code == 200, response.text
        assert response.json()["status"] == LEGAL[(status, action)]
    else:
        assert response.status_code == 409, response.text
        assert f"'{status}'" in response.json()["detail"]
        assert (await client.get(f"{BLOGS}/{post['id']}", headers=writer)).json()[
            "status"
        ] == status


@pytest.mark.parametrize("action", ADMIN_ACTIONS)
async def test_writers_cannot_moderate_even_their_own_posts(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str], action: str
) -> None:
    post = await post_in(client, "pending", writer, admin)
    assert (await act(client, post["id"], action, writer)).status_code == 403
    response = await client.post(f"{ADMIN}/{post['id']}/{action}", json=FEEDBACK)
    assert response.status_code == 401


@pytest.mark.parametrize("action", OWNER_ACTIONS)
async def test_owner_moves_belong_to_the_owner(
    client: ApiClient,
    writer: dict[str, str],
    other_writer: dict[str, str],
    admin: dict[str, str],
    action: str,
) -> None:
    post = await post_in(
        client, "saved" if action == "publish-request" else "pending", writer, admin
    )
    assert (await act(client, post["id"], action, other_writer)).status_code == 404
    assert (await act(client, post["id"], action, admin)).status_code == 403
    assert (await client.post(f"{BLOGS}/{post['id']}/{action}")).status_code == 401


@pytest.mark.parametrize("feedback", [None, "", "   ", "x" * 2001])
async def test_rejecting_needs_feedback_of_1_to_2000_characters(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str], feedback: str | None
) -> None:
    post = await post_in(client, "pending", writer, admin)
    body = {} if feedback is None else {"feedback": feedback}
    response = await client.post(f"{ADMIN}/{post['id']}/reject", json=body, headers=admin)
    assert response.status_code == 422
    ok = await client.post(
        f"{ADMIN}/{post['id']}/reject", json={"feedback": "x" * 2000}, headers=admin
    )
    assert ok.status_code == 200


@pytest.mark.parametrize(
    ("status", "editable"),
    [("saved", True), ("pending", False), ("published", False), ("rejected", True)],
)
async def test_writers_edit_only_saved_or_rejected_posts_and_admins_edit_any(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str], status: str, editable: bool
) -> None:
    post = await post_in(client, status, writer, admin)
    url = f"{API}/posts/{post['id']}"
    response = await client.put(url, json={"title": "Writer edit"}, headers=writer)
    assert response.status_code == (200 if editable else 409)
    if not editable:
        assert f"'{status}'" in response.json()["detail"]
    by_admin = await client.put(url, json={"title": "Admin edit"}, headers=admin)
    assert by_admin.status_code == 200
    assert by_admin.json()["status"] == status


async def test_racing_admins_produce_exactly_one_winner(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await post_in(client, "pending", writer, admin)
    actions = ["approve", "reject"] * 4
    responses = await asyncio.gather(
        *(act(client, post["id"], action, admin) for action in actions)
    )
    statuses = [r.status_code for r in responses]
    assert statuses.count(200) == 1
    assert statuses.count(409) == len(actions) - 1
    winner = next(r.json() for r in responses if r.status_code == 200)
    final = (await client.get(f"{BLOGS}/{post['id']}", headers=writer)).json()
    assert final["status"] == winner["status"]
    assert len(final["history"]) == 3  # create, publish-request, and the single winning move
    loser = next(r.json() for r in responses if r.status_code == 409)
    assert f"'{winner['status']}'" in loser["detail"]


async def test_racing_publish_requests_have_one_winner(
    client: ApiClient, writer: dict[str, str]
) -> None:
    post = await client.create_post(writer)
    responses = await asyncio.gather(
        *(act(client, post["id"], "publish-request", writer) for _ in range(5))
    )
    assert sorted(r.status_code for r in responses) == [200, 409, 409, 409, 409]


async def test_a_writers_edit_cannot_overwrite_a_concurrent_status_change(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(writer)
    edit, request = await asyncio.gather(
        client.put(f"{API}/posts/{post['id']}", json={"title": "Edited"}, headers=writer),
        act(client, post["id"], "publish-request", writer),
    )
    assert request.status_code == 200
    final = (await client.get(f"{BLOGS}/{post['id']}", headers=writer)).json()
    assert final["status"] == "pending"  # an edit never rewrites the status
    assert edit.status_code in (200, 409)


async def test_moves_on_unknown_posts_are_404(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    assert (await act(client, "0" * 24, "publish-request", writer)).status_code == 404
    assert (await act(client, "not-an-id", "approve", admin)).status_code == 404
