"""Invitations, verified signup and e-mail changes: each a mail with a one-time link."""

from typing import Any

from app.models import Invitation, User
from tests.accounts_helpers import admin_headers
from tests.conftest import ClientFactory
from tests.fixtures_mail import Mailbox, text_of, token_in
from tests.helpers import API, ApiClient

INVITE = f"{API}/admin/invitations"
ACCEPT = f"{API}/auth/invitations/accept"
SIGNUP = f"{API}/auth/signup"
CONFIRM_SIGNUP = f"{API}/auth/signup/confirm"


async def test_invitation_round_trip_with_signup_disabled(
    client_with: ClientFactory, mail_settings: dict[str, Any], mailbox: Mailbox
) -> None:
    async with client_with(**mail_settings, allow_signup=False) as http:
        admin = await admin_headers(http)
        assert (await http.signup("new@example.com", "password-1")).status_code == 403
        created = await http.post(INVITE, json={"email": "New@Example.com"}, headers=admin)
        assert created.status_code == 201
        assert created.json()["role"] == "user"
        [mail] = await mailbox.wait_for("new@example.com")
        assert "Admin invited you" in text_of(mail)
        assert "http://studio.test/accept-invitation#token=" in text_of(mail)
        token = token_in(mail)

        body = {"token": token, "password": "chosen-password", "display_name": "Nora New"}
        accepted = await http.post(ACCEPT, json=body)
        assert accepted.status_code == 201
        assert accepted.json()["email"] == "new@example.com"
        assert accepted.json()["slug"] == "nora-new"
        await http.login("new@example.com", "chosen-password")
        assert (await http.post(ACCEPT, json=body)).json()["code"] == "link_invalid"

        listed = (await http.get(INVITE, headers=admin)).json()["items"]
        assert [(i["email"], i["status"]) for i in listed] == [("new@example.com", "accepted")]


async def test_an_admin_invitation_makes_an_admin_and_revoked_links_die(
    client_with: ClientFactory, mail_settings: dict[str, Any], mailbox: Mailbox
) -> None:
    async with client_with(**mail_settings) as http:
        admin = await admin_headers(http)
        boss = await http.post(
            INVITE, json={"email": "boss@example.com", "role": "admin"}, headers=admin
        )
        gone = await http.post(INVITE, json={"email": "gone@example.com"}, headers=admin)
        boss_token = token_in((await mailbox.wait_for("boss@example.com"))[0])
        gone_token = token_in((await mailbox.wait_for("gone@example.com"))[0])
        revoked = await http.delete(f"{INVITE}/{gone.json()['id']}", headers=admin)
        assert revoked.status_code == 204
        assert (
            await http.delete(f"{INVITE}/{gone.json()['id']}", headers=admin)
        ).status_code == 404
        late = await http.post(ACCEPT, json={"token": gone_token, "password": "chosen-password"})
        assert late.json()["code"] == "link_invalid"
        ok = await http.post(ACCEPT, json={"token": boss_token, "password": "chosen-password"})
        assert ok.json()["role"] == "admin"
        assert boss.json()["role"] == "admin"
        taken = await http.post(INVITE, json={"email": "boss@example.com"}, headers=admin)
    assert taken.status_code == 409


async def test_invitations_are_admin_only(client: ApiClient, writer: dict[str, str]) -> None:
    response = await client.post(INVITE, json={"email": "x@example.com"}, headers=writer)
    assert response.status_code == 403
    assert await Invitation.find_all().count() == 0


async def test_verified_signup_answers_the_same_either_way(
    client_with: ClientFactory, mail_settings: dict[str, Any], mailbox: Mailbox
) -> None:
    async with client_with(**mail_settings, signup_verification=True) as http:
        await User(email="taken@example.com", password_hash="x", display_name="T").insert()
        fresh = await http.signup("fresh@example.com", "chosen-password", display_name="Fay")
        taken = await http.signup("taken@example.com", "chosen-password")
        assert fresh.status_code == taken.status_code == 202
        assert fresh.content == taken.content
        [exists] = await mailbox.wait_for("taken@example.com")
        assert "already has an account" in text_of(exists)
        assert "#token=" not in text_of(exists)
        [confirm] = await mailbox.wait_for("fresh@example.com")
        assert await User.find_one(User.email == "fresh@example.com") is None  # not yet

        created = await http.post(CONFIRM_SIGNUP, json={"token": token_in(confirm)})
        assert created.status_code == 201
        assert created.json()["display_name"] == "Fay"
        await http.login("fresh@example.com", "chosen-password")
        again = await http.post(CONFIRM_SIGNUP, json={"token": token_in(confirm)})
    assert again.json()["code"] == "link_invalid"


async def test_open_signup_still_reveals_a_taken_address(client: ApiClient) -> None:
    """Documented in README: with open signup a taken address is a 409."""
    await client.signup("dup@example.com", "password-1")
    assert (await client.signup("dup@example.com", "password-2")).status_code == 409


async def test_email_change_needs_the_password_and_the_new_address(
    client_with: ClientFactory, mail_settings: dict[str, Any], mailbox: Mailbox
) -> None:
    async with client_with(**mail_settings) as http:
        headers = await http.signup_and_login("old@example.com", "password-1")
        wrong = {"new_email": "new@example.com", "password": "nope-nope"}
        assert (
            await http.post(f"{API}/auth/email", json=wrong, headers=headers)
        ).status_code == 403
        right = {"new_email": "new@example.com", "password": "password-1"}
        assert (
            await http.post(f"{API}/auth/email", json=right, headers=headers)
        ).status_code == 202
        [mail] = await mailbox.wait_for("new@example.com")
        me = await http.get(f"{API}/auth/me", headers=headers)
        assert me.json()["email"] == "old@example.com"  # unchanged until confirmed
        done = await http.post(f"{API}/auth/email/confirm", json={"token": token_in(mail)})
        assert done.json()["email"] == "new@example.com"
        await http.login("new@example.com", "password-1")
