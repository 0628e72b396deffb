"""The mail outbox: enqueue jobs, claim them with a lease, record how they ended."""

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from beanie import SortDirection
from pymongo import ReturnDocument

from app.models import MailJob, MailStatus
from app.models.common import utcnow
from app.schemas.mail import MailJobPublic
from app.services import content

Notify = Callable[[], None]  # wakes the mail loop; services get it from the router
LEASE_SECONDS = 120  # longer than any one delivery (SMTP timeout + rendering)
KEEP_FINISHED = timedelta(days=30)  # finished jobs stay visible to admins this long
MAX_BACKOFF_SECONDS = 3600


async def enqueue(
    *, template: str, to: str, params: dict[str, Any] | None = None, notify: Notify | None = None
) -> MailJob:
    job = MailJob(template=template, to=to, params=params or {})
    await job.insert()
    if notify is not None:
        notify()
    return job


async def claim(*, now: datetime | None = None) -> MailJob | None:
    """Take one due job: queued and due, or sending with a lease that ran out (its sender
    died). One conditional update, so of N senders exactly one gets each job."""
    now = now or utcnow()
    document = await MailJob.get_pymongo_collection().find_one_and_update(
        {
            "$or": [
                {"status": MailStatus.QUEUED.value, "next_attempt_at": {"$lte": now}},
                {"status": MailStatus.SENDING.value, "lease_until": {"$lt": now}},
            ]
        },
        {
            "$set": {
                "status": MailStatus.SENDING.value,
                "lease_until": now + timedelta(seconds=LEASE_SECONDS),
            },
            "$inc": {"attempts": 1},
        },
        sort=[("next_attempt_at", 1)],
        return_document=ReturnDocument.AFTER,
    )
    return MailJob.model_validate(document) if document is not None else None


async def _finish(job: MailJob, changes: dict[str, Any]) -> None:
    # Fenced by our lease: a sender whose lease ran out cannot overwrite the next one's work.
    await MailJob.get_pymongo_collection().update_one(
        {"_id": job.id, "status": MailStatus.SENDING.value, "lease_until": job.lease_until},
        {"$set": {**changes, "lease_until": None}},
    )


def _done(status: MailStatus, **extra: Any) -> dict[str, Any]:
    now = utcnow()
    # Parameters may hold what a mail was made from (a password hash for a pending signup):
    # cleared once the job is over.
    return {
        "status": status.value,
        "finished_at": now,
        "purge_at": now + KEEP_FINISHED,
        "params": {},
        **extra,
    }


async def mark_sent(job: MailJob, *, subject: str) -> None:
    await _finish(job, _done(MailStatus.SENT, subject=subject, last_error=None))


async def mark_skipped(job: MailJob, *, reason: str) -> None:
    await _finish(job, _done(MailStatus.SKIPPED, last_error=reason))


async def mark_failed(job: MailJob, *, error: str, max_attempts: int, base_delay: float) -> bool:
    """Record a failed attempt: retried with exponential backoff, or given up after
    `max_attempts` (then an admin sees it). Returns True when it gave up."""
    if job.attempts >= max_attempts:
        await _finish(job, _done(MailStatus.FAILED, last_error=error))
        return True
    delay = min(MAX_BACKOFF_SECONDS, base_delay * 2 ** (job.attempts - 1))
    await _finish(
        job,
        {
            "status": MailStatus.QUEUED.value,
            "last_error": error,
            "next_attempt_at": utcnow() + timedelta(seconds=delay),
        },
    )
    return False


async def list_jobs(
    *, page: int, per_page: int, status: MailStatus | None
) -> tuple[list[MailJobPublic], int]:
    query: dict[str, Any] = {} if status is None else {"status": status.value}
    return await content.paginate(
        MailJob,
        query,
        sort=[("created_at", SortDirection.DESCENDING)],
        projection=MailJobPublic,
        page=page,
        per_page=per_page,
    )
