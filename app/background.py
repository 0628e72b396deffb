"""Every background loop of the application, registered with the app's one supervisor.

The lifespan calls `register()` once the database is ready, then starts the supervisor; each
loop is an idempotent `run_once()` that claims its work, so any number of processes may run it.
"""

from core.config import Settings
from core.supervisor import Supervisor


def register(supervisor: Supervisor, *, settings: Settings) -> None:
    """Add this application's loops (each feature adds its own line here)."""
    del supervisor, settings  # no loop yet: the event tail and webhook dispatcher come next
