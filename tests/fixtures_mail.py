"""A real SMTP server (aiosmtpd) for the whole session, and what it received.

Registered in conftest.py. `mailbox` empties it for each test; `mail_settings` are the
overrides that point an app at it (with a fast mail loop).
"""

import asyncio
import re
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from core.embedded_db import free_port

_TOKEN = re.compile(r"#token=([A-Za-z0-9_-]+)")
WAIT_SECONDS = 10


class Mailbox:
    def __init__(self, port: int) -> None:
        self.port = port
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 Message accepted"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]

    async def wait_for(self, address: str, count: int = 1) -> list[EmailMessage]:
        """The mails to `address` once `count` have arrived (10 s at most)."""
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            received = self.to(address)
            if len(received) >= count:
                return received
            await asyncio.sleep(0.02)
        got = len(self.to(address))
        raise AssertionError(f"{count} mail(s) to {address} not received; got {got}")


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def html_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    assert part is not None
    return str(part.get_content())


def token_in(message: EmailMessage) -> str:
    found = _TOKEN.search(text_of(message))
    assert found, text_of(message)
    return found.group(1)


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[Mailbox]:
    mailbox = Mailbox(free_port())
    controller = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    controller.start()
    yield mailbox
    controller.stop()


@pytest.fixture
def mailbox(smtp_server: Mailbox) -> Mailbox:
    smtp_server.messages.clear()
    return smtp_server


@pytest.fixture
def mail_settings(mailbox: Mailbox) -> dict[str, Any]:
    """Overrides for an app that sends its mail to `mailbox` at once."""
    return {
        "smtp_host": "127.0.0.1",
        "smtp_port": mailbox.port,
        "smtp_starttls": False,
        "smtp_timeout_seconds": 5,
        "mail_from": "Inkwell <no-reply@inkwell.test>",
        "mail_poll_seconds": 0.5,
        "site_url": "http://site.test",
        "admin_url": "http://studio.test",
    }
