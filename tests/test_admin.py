"""Admin: the moderation queue, dashboards and user management."""

from datetime import UTC, datetime

from app.models import User
from core.config import Settings
from tests.helpers import API, ApiClient, bearer
from tests.test_workflow import act, post_in

ADMIN = f"{API}/admin"


async def test_admin_routes_are_admin_only(client: ApiClient, writer: dict[str, str]) -> None:
    for path in ("/blogs", "/stats", "/users", "/pages"):
        assert (await client.get(f"{ADMIN}{path}", headers=writer)).status_code == 403
        assert (await client.get(f"{ADMIN}{path}")).status_code == 401


async def test_moderation_queue_filters_by_status_and_owner(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str], admin: dict[str, str]
) -> None:
    await post_in(client, "pending", writer, admin)
    await post_in(client, "pending", other_writer, admin)
    await post_in(client, "saved", writer, admin)
    queue = (await client.get(f"{ADMIN}/blogs", params={"status": "pending"}, headers=admin)).json()
    assert queue["total"] == 2 and {i["status"] for i in queue["items"]} == {"pending"}
    writer_id = (await client.get(f"{API}/auth/me", headers=writer)).json()["id"]
    own = (await client.get(f"{ADMIN}/blogs", params={"owner": writer_id}, headers=admin)).json()
    assert own["total"] == 2 and {i["owner"] for i in own["items"]} == {writer_id}
    assert (
        await client.get(f"{ADMIN}/blogs", params={"owner": "nope"}, headers=admin)
    ).status_code == 422
    assert (await client.get(f"{ADMIN}/blogs", headers=admin)).json()["total"] == 3


async def test_admin_stats_add_up(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str], admin: dict[str, str]
) -> None:
    await post_in(client, "published", writer, admin)
    await post_in(client, "published", writer, admin)
    await post_in(client, "rejected", writer, admin)
    await post_in(client, "pending", other_writer, admin)
    await client.create_post(other_writer)
    stats = (await client.get(f"{ADMIN}/stats", headers=admin)).json()
    assert stats["counts"] == {
        "saved": 1, "pending": 1, "scheduled": 0, "published": 2, "rejected": 1, "total": 5
    }  # fmt: skip
    by_author = {a["author"]: a["counts"] for a in stats["by_author"]}
    assert by_author["writer"] == {
        "saved": 0,
        "pending": 0,
        "scheduled": 0,
        "published": 2,
        "rejected": 1,
        "total": 3,
    }
    assert by_author["other"] == {
        "saved": 1,
        "pending": 1,
        "scheduled": 0,
        "published": 0,
        "rejected": 0,
        "total": 2,
    }
    assert stats["published_last_30_days"] == 2
    series = stats["published_per_day"]
    assert len(series) == 30
    assert series[-1] == {"date": datetime.now(UTC).date().isoformat(), "count": 2}
    assert sum(point["count"] for point in series) == 2


async def test_admin_lists_users_without_secrets(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    response = await client.get(f"{ADMIN}/users", headers=admin)
    assert response.status_code == 200
    assert response.json()["total"] == 2
    assert "hash" not in response.text and "password" not in response.text
    admins = (await client.get(f"{ADMIN}/users", params={"role": "admin"}, headers=admin)).json()
    assert [u["role"] for u in admins["items"]] == ["admin"]


async def test_admin_promotes_and_demotes_another_user(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    writer_id = (await client.get(f"{API}/auth/me", headers=writer)).json()["id"]
    promoted = await client.patch(
        f"{ADMIN}/users/{writer_id}", json={"role": "admin"}, headers=admin
    )
    assert promoted.status_code == 200 and promoted.json()["role"] == "admin"
    assert (await client.get(f"{ADMIN}/stats", headers=writer)).status_code == 200
    demoted = await client.patch(f"{ADMIN}/users/{writer_id}", json={"role": "user"}, headers=admin)
    assert demoted.json()["role"] == "user"
    assert (await client.get(f"{ADMIN}/stats", headers=writer)).status_code == 403


async def test_admins_cannot_demote_or_deactivate_themselves(
    client: ApiClient, admin: dict[str, str]
) -> None:
    me = (await client.get(f"{API}/auth/me", headers=admin)).json()
    for body in ({"role": "user"}, {"is_active": False}):
        response = await client.patch(f"{ADMIN}/users/{me['id']}", json=body, headers=admin)
        assert response.status_code == 403
    user = await User.get(me["id"])
    assert user is not None and user.role == "admin" and user.is_active


async def test_deactivating_a_user_ends_their_sessions(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await client.signup("leaver@example.com", "password-1")
    tokens = await client.tokens("leaver@example.com", "password-1")
    user_id = (await client.get(f"{API}/auth/me", headers=bearer(tokens))).json()["id"]
    response = await client.patch(
        f"{ADMIN}/users/{user_id}", json={"is_active": False}, headers=admin
    )
    assert response.status_code == 200 and response.json()["is_active"] is False
    assert (await client.get(f"{API}/auth/me", headers=bearer(tokens))).status_code == 401
    assert (
        await client.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    ).status_code == 401
    await client.patch(f"{ADMIN}/users/{user_id}", json={"is_active": True}, headers=admin)
    await client.login("leaver@example.com", "password-1")


async def test_bad_user_updates(
    client: ApiClient, admin: dict[str, str], settings: Settings
) -> None:
    assert (
        await client.patch(f"{ADMIN}/users/{'0' * 24}", json={"role": "user"}, headers=admin)
    ).status_code == 404
    assert (
        await client.patch(f"{ADMIN}/users/nope", json={"role": "user"}, headers=admin)
    ).status_code == 404
    me = (await client.get(f"{API}/auth/me", headers=admin)).json()
    for body in ({"role": "root"}, {"is_active": "maybe"}, {"email": "x@y.z"}):
        assert (
            await client.patch(f"{ADMIN}/users/{me['id']}", json=body, headers=admin)
        ).status_code == 422


async def test_unpublished_posts_leave_the_public_site(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await post_in(client, "published", writer, admin)
    assert (await client.get(f"{API}/posts/{post['slug']}")).status_code == 200
    assert (await act(client, post["id"], "unpublish", admin)).json()["status"] == "saved"
    assert (await client.get(f"{API}/posts/{post['slug']}")).status_code == 404
