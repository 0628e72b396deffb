"""The words of every mail, as plain text and HTML (escaped; links are ours)."""

from html import escape

from app.services.mail.smtp import Rendered


def _render(
    *,
    subject: str,
    greeting: str,
    paragraphs: list[str],
    link: str | None,
    button: str | None,
    site: str,
) -> Rendered:
    text_parts = [greeting, *paragraphs]
    if link:
        text_parts.append(f"{button}: {link}")
    text_parts.append(f"-- {site}")
    html_parts = [f"<p>{escape(greeting)}</p>", *(f"<p>{escape(p)}</p>" for p in paragraphs)]
    if link:
        html_parts.append(
            f'<p><a href="{escape(link, quote=True)}">{escape(button or link)}</a></p>'
        )
        html_parts.append(f"<p>Or paste this address into your browser: {escape(link)}</p>")
    html_parts.append(f"<p>— {escape(site)}</p>")
    body = "\n".join(html_parts)
    return Rendered(
        subject=subject,
        text="\n\n".join(text_parts) + "\n",
        html=f'<!doctype html><html><body style="font-family:sans-serif">{body}</body></html>',
    )


def _role_name(role: str) -> str:
    return "an admin" if role == "admin" else "a writer"


def password_reset(*, link: str, minutes: int, site: str) -> Rendered:
    return _render(
        subject=f"Reset your {site} password",
        greeting="Hello,",
        paragraphs=[
            "Someone (hopefully you) asked to reset the password of your account.",
            f"The link works once, for {minutes} minutes. If you did not ask, ignore this mail:"
            " your password stays as it is.",
        ],
        link=link,
        button="Choose a new password",
        site=site,
    )


def invitation(*, link: str, days: int, role: str, inviter: str, site: str) -> Rendered:
    return _render(
        subject=f"You are invited to {site}",
        greeting="Hello,",
        paragraphs=[
            f"{inviter} invited you to join {site} as {_role_name(role)}.",
            f"Set your password with the link below; it works once, for {days} days.",
        ],
        link=link,
        button="Accept the invitation",
        site=site,
    )


def signup_confirm(*, link: str, hours: int, site: str) -> Rendered:
    return _render(
        subject=f"Confirm your {site} account",
        greeting="Welcome,",
        paragraphs=[
            "Confirm your address to finish creating your account.",
            f"The link works once, for {hours} hours. If you did not sign up, ignore this mail.",
        ],
        link=link,
        button="Confirm my account",
        site=site,
    )


def account_exists(*, link: str, site: str) -> Rendered:
    return _render(
        subject=f"You already have a {site} account",
        greeting="Hello,",
        paragraphs=[
            "Someone (hopefully you) tried to sign up with this address, but it already has an"
            " account. Nothing was changed.",
            "If you forgot your password, you can choose a new one.",
        ],
        link=link,
        button="Reset my password",
        site=site,
    )


def email_change(*, link: str, hours: int, site: str) -> Rendered:
    return _render(
        subject=f"Confirm your new {site} address",
        greeting="Hello,",
        paragraphs=[
            "Confirm that this is the new address of your account.",
            f"The link works once, for {hours} hours. If you did not ask for this, ignore it.",
        ],
        link=link,
        button="Confirm this address",
        site=site,
    )
