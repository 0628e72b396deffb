from datetime import datetime
from enum import StrEnum
from typing import Any

from beanie import Document
from pydantic import Field
from pymongo import ASCENDING, DESCENDING, IndexModel

from app.models.common import utcnow


class MailStatus(StrEnum):
    QUEUED = "queued"  # waiting for its (next) attempt
    SENDING = "sending"  # claimed by a sender until `lease_until`
    SENT = "sent"
    SKIPPED = "skipped"  # nothing to send after all (say, a reset for an unknown address)
    FAILED = "failed"  # gave up after MAIL_MAX_ATTEMPTS


class MailJob(Document):
    """One mail in the outbox. It is written by the request and sent by the mail loop, so the
    response never waits on SMTP and nothing is lost if the process dies in between.

    A job names a template and its parameters; the sender renders it, and makes any one-time
    token at that moment, so no usable token is ever stored here. Parameters are cleared once
    the job is finished; the record itself expires a while later (TTL on `purge_at`).
    """

    template: str
    params: dict[str, Any] = Field(default_factory=dict)
    to: str
    subject: str | None = None
    status: MailStatus = MailStatus.QUEUED
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    lease_until: datetime | None = None
    last_error: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    purge_at: datetime | None = None

    class Settings:
        name = "mail_outbox"
        indexes = [
            IndexModel([("status", ASCENDING), ("next_attempt_at", ASCENDING)]),
            IndexModel([("status", ASCENDING), ("created_at", DESCENDING)]),
            IndexModel([("purge_at", ASCENDING)], expireAfterSeconds=0),
        ]
