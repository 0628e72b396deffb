"""The data migrations of this application, applied in id order at start-up (core/migrations).

Each one is idempotent: it may run again after a crash between applying and recording it.
"""

from app.services import published_posts
from core.migrations import Migration

MIGRATIONS: list[Migration] = [
    Migration(
        "0001_published_posts_read_model",
        "fill the read model of the public post list from the published posts",
        published_posts.rebuild,
    ),
]
