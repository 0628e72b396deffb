"""Delivery of one rendered message: over SMTP (aiosmtplib), or to the log in dev and test."""

import logging
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import aiosmtplib

from app.models.common import utcnow
from core.config import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str


class DeliveryError(Exception):
    """Delivery failed in a way worth retrying later (or reporting to admins)."""


def build_message(*, to: str, mail: Rendered, settings: Settings) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(utcnow())
    message["Message-ID"] = make_msgid(domain=settings.mail_from.rsplit("@", 1)[-1].strip(">"))
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies
    message.set_content(mail.text)
    message.add_alternative(mail.html, subtype="html")
    return message


async def deliver(*, to: str, mail: Rendered, settings: Settings) -> None:
    if not settings.smtp_host:
        if settings.is_production:  # never write links to a production log
            raise DeliveryError("SMTP_HOST is not set")
        logger.info(
            "mail (no SMTP_HOST; logged instead) to %s: %s\n%s", to, mail.subject, mail.text
        )
        return
    password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    try:
        await aiosmtplib.send(
            build_message(to=to, mail=mail, settings=settings),
            hostname=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_username,
            password=password,
            use_tls=settings.smtp_tls,
            start_tls=False if settings.smtp_tls else settings.smtp_starttls,
            timeout=settings.smtp_timeout_seconds,
        )
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        # The message names the failure (refused, timed out, 550 ...); never the password.
        raise DeliveryError(f"{type(exc).__name__}: {str(exc)[:300]}") from exc
