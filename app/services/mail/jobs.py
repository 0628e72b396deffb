"""What each outbox template becomes when it is sent: a rendered mail, or a reason to skip.

One-time tokens are made here, at send time, so the outbox never holds a usable one and a
retry simply makes a new link.
"""

from collections.abc import Awaitable, Callable

from app.models import MailJob
from app.services import invitations, passwords, profiles, signup, site_settings
from app.services.mail import templates
from app.services.mail.smtp import Rendered
from core.config import Settings

Skip = str  # why nothing is sent
Resolver = Callable[[MailJob, Settings, str], Awaitable[Rendered | Skip]]


def _link(settings: Settings, path: str, token: str) -> str:
    # The token rides in the fragment: browsers never send it to a server or in a Referer.
    return f"{settings.links_base_url}/{path}#token={token}"


async def _password_reset(job: MailJob, settings: Settings, site: str) -> Rendered | Skip:
    issued = await passwords.issue_reset(email=job.to, settings=settings)
    if issued is None:
        return "no active account with this address"
    token, _user = issued
    return templates.password_reset(
        link=_link(settings, "reset-password", token),
        minutes=settings.password_reset_minutes,
        site=site,
    )


async def _invitation(job: MailJob, settings: Settings, site: str) -> Rendered | Skip:
    issued = await invitations.issue_token(invitation_id=str(job.params.get("invitation_id")))
    if issued is None:
        return "the invitation was revoked, accepted or has expired"
    token, invitation = issued
    return templates.invitation(
        link=_link(settings, "accept-invitation", token),
        days=settings.invitation_days,
        role=invitation.role.value,
        inviter=str(job.params.get("inviter") or "An admin"),
        site=site,
    )


async def _signup(job: MailJob, settings: Settings, site: str) -> Rendered | Skip:
    display_name = job.params.get("display_name")
    token = await signup.issue_signup(
        email=job.to,
        password_hash=str(job.params["password_hash"]),
        display_name=str(display_name) if display_name else None,
        settings=settings,
    )
    if token is None:  # the address has an account: say so to its owner, change nothing
        return templates.account_exists(
            link=f"{settings.links_base_url}/forgot-password", site=site
        )
    return templates.signup_confirm(
        link=_link(settings, "confirm-signup", token),
        hours=settings.email_verification_hours,
        site=site,
    )


async def _email_change(job: MailJob, settings: Settings, site: str) -> Rendered | Skip:
    token = await profiles.issue_email_change(
        user_id=str(job.params.get("user_id")), email=job.to, settings=settings
    )
    if token is None:
        return "the account no longer exists"
    return templates.email_change(
        link=_link(settings, "confirm-email", token),
        hours=settings.email_verification_hours,
        site=site,
    )


RESOLVERS: dict[str, Resolver] = {
    passwords.RESET_TEMPLATE: _password_reset,
    invitations.INVITATION_TEMPLATE: _invitation,
    signup.SIGNUP_TEMPLATE: _signup,
    profiles.EMAIL_CHANGE_TEMPLATE: _email_change,
}


async def resolve(job: MailJob, settings: Settings) -> Rendered | Skip:
    resolver = RESOLVERS.get(job.template)
    if resolver is None:
        return f"unknown template {job.template!r}"
    stored = await site_settings.get_site_settings(default_name=settings.app_name)
    return await resolver(job, settings, stored.site_name)
