"""The scheduler: publishes the posts and pages whose `publish_at` has come.

Every API process runs it (app/background.py), at start-up and then every
`SCHEDULER_INTERVAL_SECONDS`. It claims nothing up front: each publication is the workflow's
own conditional update (still scheduled, still due), so when two processes find the same due
post one wins and the other's update matches nothing. The winner's transaction stores the
history entry (actor "scheduler") and the `post.published` event, so the public cache,
webhooks, feeds and search see a scheduled publication like any other. A post that fell due
while no process was running is published by the first run of the next start.
"""

import logging

from app.models import Blog, BlogStatus
from app.models.common import utcnow
from app.services import pages, workflow
from core.errors import InvalidTransition, NotFound

logger = logging.getLogger(__name__)
BATCH = 100
MAX_BATCHES = 10  # per run: a backlog drains over a few ticks rather than in one long run


async def run_once() -> int:
    """Publish what is due now; returns how many publications this process made."""
    now = utcnow()
    published = 0
    for _ in range(MAX_BATCHES):
        due = (
            await Blog.find({"status": BlogStatus.SCHEDULED.value, "publish_at": {"$lte": now}})
            .sort("publish_at")
            .limit(BATCH)
            .to_list()
        )
        for blog in due:
            try:
                await workflow.transition(
                    blog, action=workflow.Action.PUBLISH_SCHEDULED, actor=workflow.SCHEDULER
                )
            except (InvalidTransition, NotFound):
                continue  # another process published it, or it was unscheduled or deleted
            published += 1
        if len(due) < BATCH:
            break
    published += await pages.publish_due(now=now)
    if published:
        logger.info("scheduler published %d due post(s) and page(s)", published)
    return published
