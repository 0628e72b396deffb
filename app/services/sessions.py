"""A user's sessions: one per refresh-token family, listed from the family's live head."""

from beanie import SortDirection

from app.models import RefreshToken, User
from app.models.common import utcnow
from app.schemas.sessions import SessionPublic
from app.services import audit, tokens
from core.errors import NotFound


async def list_sessions(*, user: User, current: str | None) -> list[SessionPublic]:
    """Every live session of `user`, most recently used first. A family's head (its one
    unused, unrevoked token) was written by its latest login or refresh."""
    heads = (
        await RefreshToken.find(
            {
                "user_id": user.id,
                "used_at": None,
                "revoked_at": None,
                "expires_at": {"$gt": utcnow()},
            }
        )
        .sort([("created_at", SortDirection.DESCENDING)])
        .limit(500)  # far more than anyone's devices; bounds the answer
        .to_list()
    )
    return [
        SessionPublic(
            id=head.family_id,
            created_at=head.session_started_at or head.created_at,
            last_used_at=head.created_at,
            expires_at=head.expires_at,
            ip=head.ip,
            user_agent=head.user_agent,
            current=head.family_id == current,
        )
        for head in heads
    ]


async def revoke_session(*, user: User, session_id: str, ip: str | None) -> None:
    """End one of the user's own sessions (its refresh token dies now; an access token
    already issued to it lives out its few minutes). Another user's session is a 404."""
    if await tokens.revoke_family(session_id, user_id=user.id) == 0:
        raise NotFound("Session not found")
    await audit.record(
        actor=user, action="auth.session_revoke", target=audit.target("session", session_id), ip=ip
    )
