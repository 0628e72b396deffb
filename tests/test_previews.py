"""Draft previews: signed links to one document, read without a bearer, never cached."""

import io
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI

from app.models import Blog, DocKind, User
from app.routers import cached_reads
from app.services import previews, users
from core.config import Settings
from core.front_door import FrontDoor
from core.http_cache import ResponseCache
from core.middleware import redacted_path
from tests.conftest import ClientFactory
from tests.helpers import API, ApiClient
from tests.test_workflow import post_in

PREVIEW = f"{API}/preview"
MISSING = {"detail": previews.NOT_FOUND, "code": "not_found"}


async def link(client: ApiClient, post_id: str, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.post(f"{API}/blogs/{post_id}/preview", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def read(client: ApiClient, token: str) -> Any:
    return await client.get(f"{PREVIEW}/{token}")


async def test_an_owner_previews_a_draft_in_the_public_shape_plus_status(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(writer, title="Draft one", markdown="# Hi\n\nDraft *text*.")
    preview = await link(client, post["id"], writer)
    assert preview["path"] == "/blog/draft-one"
    expires = datetime.fromisoformat(preview["expires_at"])
    assert timedelta(minutes=59) < expires - datetime.now(UTC) <= timedelta(minutes=60)

    response = await read(client, preview["token"])  # no bearer
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-robots-tag"] == "noindex"
    draft = response.json()
    assert (draft["kind"], draft["status"], draft["id"]) == ("post", "saved", post["id"])
    assert draft["body"] == '<h1 id="hi">Hi</h1>\n<p>Draft <em>text</em>.</p>'
    assert (await client.get(f"{API}/posts/draft-one")).status_code == 404

    await client.post(f"{API}/blogs/{post['id']}/publish-request", headers=writer)
    await client.post(f"{API}/admin/blogs/{post['id']}/approve", headers=admin)
    public = (await client.get(f"{API}/posts/draft-one")).json()
    now = (await read(client, preview["token"])).json()
    assert set(now) == set(public) | {"status", "kind"}
    assert {k: now[k] for k in public} == public and now["status"] == "published"


async def test_a_token_reads_its_own_document_and_nothing_else(
    client: ApiClient, writer: dict[str, str], other_writer: dict[str, str]
) -> None:
    post_a = await client.create_post(writer, title="Post A")
    post_b = await client.create_post(other_writer, title="Post B")
    token_a = (await link(client, post_a["id"], writer))["token"]
    token_b = (await link(client, post_b["id"], other_writer))["token"]
    assert (await read(client, token_a)).json()["title"] == "Post A"
    assert (await read(client, token_b)).json()["title"] == "Post B"

    # A's token with B's id in its payload: the signature no longer matches.
    head, _, signature = token_a.split(".")
    b_payload = token_b.split(".")[1]
    for forged in (f"{head}.{b_payload}.{signature}", token_a[:-2] + "xx", "garbage", "a.b.c"):
        response = await read(client, forged)
        assert (response.status_code, response.json()) == (404, MISSING), forged
    # Nobody else's post: another writer cannot even ask for a link.
    response = await client.post(f"{API}/blogs/{post_a['id']}/preview", headers=other_writer)
    assert response.status_code == 404
    assert (await client.post(f"{API}/blogs/{post_a['id']}/preview")).status_code == 401


async def test_tokens_and_access_tokens_are_not_interchangeable(
    client: ApiClient, writer: dict[str, str], client_with: ClientFactory
) -> None:
    post = await client.create_post(writer)
    token = (await link(client, post["id"], writer))["token"]
    access = writer["Authorization"].split()[1]
    assert (await read(client, access)).json() == MISSING
    bearer = {"Authorization": f"Bearer {token}"}
    assert (await client.get(f"{API}/auth/me", headers=bearer)).status_code == 401
    # Another deployment (another JWT_SECRET) on the same database refuses it.
    async with client_with() as other:
        assert (await read(other, token)).json() == MISSING


async def test_an_expired_token_is_refused(
    client: ApiClient, writer: dict[str, str], settings: Settings
) -> None:
    post = await client.create_post(writer)
    blog = await Blog.get(post["id"])
    owner = await User.get(post["owner"])
    assert blog is not None and owner is not None
    issued = datetime.now(UTC) - timedelta(minutes=settings.preview_token_minutes, seconds=1)
    stale = await previews.issue(
        DocKind.POST,
        blog,
        issuer=owner,
        secret=settings.jwt_key,
        minutes=settings.preview_token_minutes,
        now=issued,
    )
    response = await read(client, stale.token)
    assert (response.status_code, response.json()) == (404, MISSING)
    fresh = await previews.issue(
        DocKind.POST, blog, issuer=owner, secret=settings.jwt_key, minutes=1
    )
    assert (await read(client, fresh.token)).status_code == 200


async def test_revoke_deletion_and_deactivation_end_every_token(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(writer)
    first, second = [(await link(client, post["id"], writer))["token"] for _ in range(2)]
    by_admin = (await link(client, post["id"], admin))["token"]
    revoked = await client.post(f"{API}/blogs/{post['id']}/preview/revoke", headers=writer)
    assert revoked.status_code == 204
    for token in (first, second, by_admin):
        assert (await read(client, token)).json() == MISSING
    after = (await link(client, post["id"], admin))["token"]
    assert (await read(client, after)).status_code == 200

    owner_id = post["owner"]
    deactivate = await client.patch(
        f"{API}/admin/users/{owner_id}", json={"is_active": False}, headers=admin
    )
    assert deactivate.status_code == 200
    assert (await read(client, after)).json() == MISSING  # the owner is gone: so is the draft
    await client.patch(f"{API}/admin/users/{owner_id}", json={"is_active": True}, headers=admin)
    assert (await read(client, after)).status_code == 200

    assert (await client.delete(f"{API}/blogs/{post['id']}", headers=admin)).status_code == 204
    assert (await read(client, after)).json() == MISSING


async def test_preview_is_never_cached_publicly(
    client: ApiClient, app: FastAPI, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await post_in(client, "published", writer, admin)
    token = (await link(client, post["id"], admin))["token"]
    cache: ResponseCache = app.state.public_cache
    before = cache.size
    assert (await read(client, token)).json()["title"] == "A post"
    assert cache.size == before  # nothing stored
    # Unpublish and edit: no cached copy may answer for the old state.
    await client.post(f"{API}/admin/blogs/{post['id']}/unpublish", headers=admin)
    await client.put(f"{API}/blogs/{post['id']}", json={"title": "Edited"}, headers=admin)
    again = (await read(client, token)).json()
    assert (again["title"], again["status"]) == ("Edited", "saved")
    assert cache.size == before
    # The fast path cannot map a preview path to any cache key.
    fast = FrontDoor(
        app,
        cache=cache,
        exact=cached_reads.EXACT,
        prefixes=cached_reads.PREFIXES,
        cors=False,
        client_ip=lambda scope: "",
        access_log=None,
    )
    assert fast.key_for(f"{PREVIEW}/{token}") is None


async def test_admins_preview_pages_at_the_settings_path(
    client: ApiClient, admin: dict[str, str], writer: dict[str, str]
) -> None:
    page = (
        await client.post(
            f"{API}/pages", json={"title": "About us", "body": "<p>x</p>"}, headers=admin
        )
    ).json()
    settings = {"page_path": "/p/{slug}", "post_path": "/{slug}/read"}
    assert (await client.put(f"{API}/settings", json=settings, headers=admin)).status_code == 200
    response = await client.post(f"{API}/admin/pages/{page['id']}/preview", headers=admin)
    preview = response.json()
    assert preview["path"] == "/p/about-us"
    draft = (await read(client, preview["token"])).json()
    assert (draft["kind"], draft["status"], draft["body"]) == ("page", "draft", "<p>x</p>")
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    await client.put(f"{API}/admin/pages/{page['id']}", json={"publish_at": soon}, headers=admin)
    assert (await read(client, preview["token"])).json()["status"] == "scheduled"
    post = await client.create_post(writer, title="Mine")
    assert (await link(client, post["id"], writer))["path"] == "/mine/read"

    assert (
        await client.post(f"{API}/admin/pages/{page['id']}/preview", headers=writer)
    ).status_code == 403
    revoke = await client.post(f"{API}/admin/pages/{page['id']}/preview/revoke", headers=admin)
    assert revoke.status_code == 204
    assert (await read(client, preview["token"])).json() == MISSING


async def test_preview_tokens_never_reach_the_access_log(
    client: ApiClient, app: FastAPI, writer: dict[str, str]
) -> None:
    post = await client.create_post(writer)
    token = (await link(client, post["id"], writer))["token"]
    sink = io.BytesIO()
    app.state.access_log.flush()
    app.state.access_log.stream = sink
    assert (await read(client, token)).status_code == 200
    app.state.access_log.flush()
    logged = sink.getvalue().decode()
    assert token not in logged
    assert json.loads(logged.splitlines()[-1])["path"] == f"{PREVIEW}/{{redacted}}"
    assert redacted_path(f"{API}/posts/x", (f"{PREVIEW}/",)) == f"{API}/posts/x"


async def test_page_links_die_with_the_page_or_the_issuers_admin_rights(
    client: ApiClient, admin: dict[str, str]
) -> None:
    await users.ensure_admin(email="second@example.com", password="second-admin-pw")
    second = await client.login("second@example.com", "second-admin-pw")
    page = (
        await client.post(
            f"{API}/pages", json={"title": "Terms", "body": "<p>t</p>"}, headers=admin
        )
    ).json()
    mine = (await client.post(f"{API}/admin/pages/{page['id']}/preview", headers=admin)).json()
    theirs = (await client.post(f"{API}/admin/pages/{page['id']}/preview", headers=second)).json()
    assert (await read(client, theirs["token"])).status_code == 200
    second_id = (await client.get(f"{API}/auth/me", headers=second)).json()["id"]
    demoted = await client.patch(
        f"{API}/admin/users/{second_id}", json={"role": "user"}, headers=admin
    )
    assert demoted.status_code == 200
    assert (await read(client, theirs["token"])).json() == MISSING
    assert (await read(client, mine["token"])).status_code == 200
    await client.delete(f"{API}/admin/pages/{page['id']}", headers=admin)
    assert (await read(client, mine["token"])).json() == MISSING
