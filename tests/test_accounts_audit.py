"""The audit log: one entry per listed action, none for a failed write; undelivered mail."""

import asyncio
from typing import Any

from app.models import AuditEntry, MailJob, MailStatus, User
from core.embedded_db import free_port
from tests.accounts_helpers import admin_headers, audit_actions
from tests.conftest import ClientFactory
from tests.fixtures_mail import Mailbox, token_in
from tests.helpers import API, ApiClient, bearer


async def test_audit_records_each_listed_action(
    client_with: ClientFactory, mail_settings: dict[str, Any], mailbox: Mailbox
) -> None:
    async with client_with(**mail_settings) as http:
        admin = await admin_headers(http)
        writer = await http.signup_and_login("w@example.com", "password-1")
        await http.post(
            f"{API}/auth/login", json={"email": "w@example.com", "password": "bad-pass"}
        )
        body = {"current_password": "password-1", "new_password": "password-22"}
        writer = {
            "Authorization": "Bearer "
            + (await http.post(f"{API}/auth/password", json=body, headers=writer)).json()[
                "access_token"
            ]
        }
        await http.post(f"{API}/auth/password-reset", json={"email": "w@example.com"})
        reset = token_in((await mailbox.wait_for("w@example.com"))[0])
        await http.post(
            f"{API}/auth/password-reset/confirm",
            json={"token": reset, "new_password": "password-333"},
        )
        writer = await http.login("w@example.com", "password-333")
        user = await User.find_one(User.email == "w@example.com")
        assert user is not None
        users_url = f"{API}/admin/users/{user.id}"
        await http.patch(users_url, json={"role": "admin"}, headers=admin)
        await http.patch(users_url, json={"role": "user"}, headers=admin)
        await http.patch(users_url, json={"is_active": False}, headers=admin)
        await http.patch(users_url, json={"is_active": True}, headers=admin)
        await http.post(f"{API}/admin/users/{user.id}/sessions/revoke", headers=admin)
        writer = await http.login("w@example.com", "password-333")
        invite = await http.post(
            f"{API}/admin/invitations", json={"email": "i@example.com"}, headers=admin
        )
        invite_token = token_in((await mailbox.wait_for("i@example.com"))[0])
        await http.post(
            f"{API}/auth/invitations/accept",
            json={"token": invite_token, "password": "chosen-password"},
        )
        other = await http.post(
            f"{API}/admin/invitations", json={"email": "j@example.com"}, headers=admin
        )
        await http.delete(f"{API}/admin/invitations/{other.json()['id']}", headers=admin)
        assert invite.status_code == 201

        posts = [await http.create_post(writer, title=f"P{i}") for i in range(3)]
        for post in posts[:2]:
            await http.post(f"{API}/blogs/{post['id']}/publish-request", headers=writer)
        await http.post(f"{API}/admin/blogs/{posts[0]['id']}/approve", headers=admin)
        await http.post(
            f"{API}/admin/blogs/{posts[1]['id']}/reject", json={"feedback": "More"}, headers=admin
        )
        await http.post(f"{API}/admin/blogs/{posts[0]['id']}/unpublish", headers=admin)
        await http.delete(f"{API}/blogs/{posts[2]['id']}", headers=writer)
        page = await http.post(
            f"{API}/pages", json={"title": "About", "body": "<p>x</p>"}, headers=admin
        )
        await http.delete(f"{API}/admin/pages/{page.json()['id']}", headers=admin)
        await http.put(f"{API}/settings", json={"tagline": "New"}, headers=admin)

        actions = await audit_actions(http, admin)
        expected = {
            "auth.login", "auth.login_failed", "auth.password_change", "auth.password_reset",
            "user.role_change", "user.deactivate", "user.activate", "user.sessions_revoke",
            "invitation.create", "invitation.accept", "invitation.revoke",
            "post.publish-request", "post.approve", "post.reject", "post.unpublish",
            "post.delete", "page.delete", "settings.update",
        }  # fmt: skip
        assert expected <= set(actions), expected - set(actions)
        failed = await http.get(
            f"{API}/admin/audit", params={"action": "auth.login_failed"}, headers=admin
        )
        [entry] = failed.json()["items"]
        assert entry["target_label"] == "w@example.com"
        assert entry["actor_id"] is None
        assert "bad-pass" not in str(await AuditEntry.find_all().to_list())
        by_actor = await audit_actions(http, admin, actor="admin@example.com", action="post.")
        assert by_actor == ["post.unpublish", "post.reject", "post.approve"]


async def test_no_audit_entry_for_a_failed_write(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    post = await client.create_post(writer)
    before = await AuditEntry.find_all().count()
    not_pending = await client.post(f"{API}/admin/blogs/{post['id']}/approve", headers=admin)
    assert not_pending.status_code == 409
    me = await User.find_one(User.email == "admin@example.com")
    assert me is not None
    demote = await client.patch(f"{API}/admin/users/{me.id}", json={"role": "user"}, headers=admin)
    assert demote.status_code == 403
    missing = await client.delete(f"{API}/admin/pages/{'0' * 24}", headers=admin)
    assert missing.status_code == 404
    assert await AuditEntry.find_all().count() == before


async def test_audit_is_admin_only_and_filters_by_time(
    client: ApiClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    assert (await client.get(f"{API}/admin/audit", headers=writer)).status_code == 403
    later = await client.get(
        f"{API}/admin/audit", params={"since": "2999-01-01T00:00:00Z"}, headers=admin
    )
    assert later.json()["items"] == []
    assert (
        await client.get(f"{API}/admin/audit", params={"since": "soon"}, headers=admin)
    ).status_code == 422


async def test_undelivered_mail_is_retried_then_shown_to_admins(
    client_with: ClientFactory, mail_settings: dict[str, Any]
) -> None:
    closed_port = free_port()  # nothing listens there: every attempt is refused
    broken = {**mail_settings, "smtp_port": closed_port, "mail_max_attempts": 1}
    async with client_with(**broken) as http:
        admin = await admin_headers(http)
        await http.signup("w@example.com", "password-1")
        await http.post(f"{API}/auth/password-reset", json={"email": "w@example.com"})
        for _ in range(200):
            job = await MailJob.find_one()
            if job is not None and job.status is MailStatus.FAILED:
                break
            await asyncio.sleep(0.05)
        failed = await http.get(f"{API}/admin/mail", params={"status": "failed"}, headers=admin)
        sent = await http.get(f"{API}/admin/mail", params={"status": "sent"}, headers=admin)
    [item] = failed.json()["items"]
    assert item["to"] == "w@example.com"
    assert item["attempts"] == 1
    assert item["last_error"]
    assert "body" not in item and "params" not in item
    assert sent.json()["items"] == []


async def test_a_failed_attempt_is_retried_later(
    client_with: ClientFactory, mail_settings: dict[str, Any]
) -> None:
    broken = {**mail_settings, "smtp_port": free_port(), "mail_max_attempts": 5}
    async with client_with(**broken) as http:
        await http.signup("w@example.com", "password-1")
        await http.post(f"{API}/auth/password-reset", json={"email": "w@example.com"})
        for _ in range(200):
            job = await MailJob.find_one()
            if job is not None and job.last_error:
                break
            await asyncio.sleep(0.05)
    assert job is not None
    assert job.status is MailStatus.QUEUED
    assert job.attempts == 1
    assert job.next_attempt_at > job.created_at


async def test_me_and_sessions_are_not_limited_by_the_auth_limit(
    client_with: ClientFactory,
) -> None:
    async with client_with(auth_rate_limit="2/minute") as http:
        await http.signup("w@example.com", "password-1")
        tokens = await http.tokens("w@example.com", "password-1")
        statuses = {
            (await http.get(f"{API}/auth/me", headers=bearer(tokens))).status_code for _ in range(6)
        } | {
            (await http.get(f"{API}/auth/sessions", headers=bearer(tokens))).status_code
            for _ in range(6)
        }
        logins = [
            (
                await http.post(
                    f"{API}/auth/login", json={"email": "w@example.com", "password": "x"}
                )
            ).status_code
            for _ in range(2)
        ]
    assert statuses == {200}
    assert logins == [401, 429]  # the login endpoint's own budget: 1 used above, 1 here
