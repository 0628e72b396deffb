"""The data migrations of this application, applied in id order at start-up (core/migrations).

Each one is idempotent: it may run again after a crash between applying and recording it.
"""

from core.migrations import Migration

MIGRATIONS: list[Migration] = []
