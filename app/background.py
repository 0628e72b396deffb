"""Every background loop of the application, registered with the app's one supervisor.

The lifespan calls `register()` once the database is ready, then starts the supervisor; each
loop is an idempotent `run_once()` that claims its work, so any number of processes may run it.
"""

from datetime import UTC, datetime, timedelta

from app.services import assets
from app.services.storage import ImageStorage
from core.config import Settings
from core.supervisor import Supervisor


def register(supervisor: Supervisor, *, settings: Settings, storage: ImageStorage) -> None:
    """Add this application's loops (each feature adds its own line here)."""
    grace = timedelta(hours=settings.upload_orphan_grace_hours)

    async def clean_uploads() -> int:
        return await assets.cleanup_orphans(storage=storage, grace=grace, now=datetime.now(UTC))

    supervisor.add(
        "upload-cleanup", clean_uploads, interval=settings.upload_cleanup_interval_seconds
    )
