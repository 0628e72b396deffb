"""Every background loop of the application, registered with the app's one supervisor.

The lifespan calls `register()` once the database is ready, then starts the supervisor; each
loop is an idempotent `run_once()` that claims its work, so any number of processes may run it.
"""

from app.services import audit
from app.services.mail import sender
from core.config import Settings
from core.supervisor import Supervisor

MAIL_LOOP = "mail"
AUDIT_RETENTION_LOOP = "audit-retention"


def register(supervisor: Supervisor, *, settings: Settings) -> None:
    """Add this application's loops (each feature adds its own line here)."""
    supervisor.add(
        MAIL_LOOP, lambda: sender.run_once(settings), interval=settings.mail_poll_seconds
    )
    supervisor.add(
        AUDIT_RETENTION_LOOP,
        lambda: audit.purge_expired(retention_days=settings.audit_retention_days),
        interval=3600,
    )
