"""The mail loop's `run_once`: send every due job, each claimed with a lease."""

import logging

from app.services.mail import jobs, outbox, smtp
from core.config import Settings

logger = logging.getLogger(__name__)
BATCH = 50  # per run, so one run stays short; the loop comes back at once when woken
RETRY_BASE_SECONDS = 30.0


async def run_once(settings: Settings) -> int:
    """Deliver due mail; returns how many jobs were handled. Idempotent and safe to run in
    any number of processes: each job is claimed by one conditional update."""
    handled = 0
    while handled < BATCH:
        job = await outbox.claim()
        if job is None:
            break
        handled += 1
        resolved = await jobs.resolve(job, settings)
        if isinstance(resolved, str):
            await outbox.mark_skipped(job, reason=resolved)
            continue
        try:
            await smtp.deliver(to=job.to, mail=resolved, settings=settings)
        except smtp.DeliveryError as exc:
            gave_up = await outbox.mark_failed(
                job,
                error=str(exc),
                max_attempts=settings.mail_max_attempts,
                base_delay=RETRY_BASE_SECONDS,
            )
            log = logger.error if gave_up else logger.warning
            log(
                "mail %s (%s) failed, attempt %d%s: %s",
                job.id,
                job.template,
                job.attempts,
                " - giving up" if gave_up else "",
                exc,
            )
            continue
        await outbox.mark_sent(job, subject=resolved.subject)
    return handled
