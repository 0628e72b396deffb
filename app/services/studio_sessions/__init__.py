"""Studio sessions: the five steps, cover and draft of one post, kept so a writer can resume.

`store` reads and writes sessions (owner-scoped, version-checked), `steps` generates and
chooses options, `finish` makes the cover and the draft, `views` shapes the responses. The AI
calls themselves go through app/services/ai/studio, like the stateless /ai/* endpoints.
"""

from app.services.studio_sessions import finish, steps, store, views
from app.services.studio_sessions.finish import Studio

__all__ = ["Studio", "finish", "steps", "store", "views"]
