"""Ending sessions: refresh-token revocation and the per-user access-token generation.

Used by sessions (auth), passwords, and account changes (users, admin).
"""

from beanie import PydanticObjectId
from pymongo import ReturnDocument

from app.models import RefreshToken, User
from app.models.common import utcnow


async def revoke_family(family_id: str, *, user_id: PydanticObjectId | None = None) -> int:
    """Revoke one session (refresh family); with `user_id`, only if it is that user's."""
    query: dict[str, object] = {"family_id": family_id, "revoked_at": None}
    if user_id is not None:
        query["user_id"] = user_id
    result = await RefreshToken.get_pymongo_collection().update_many(
        query, {"$set": {"revoked_at": utcnow()}}
    )
    return int(result.modified_count)


async def revoke_all_for_user(
    user_id: PydanticObjectId | None, *, keep_family: str | None = None
) -> None:
    """Revoke every refresh token of the user, except those of `keep_family`."""
    query: dict[str, object] = {"user_id": user_id, "revoked_at": None}
    if keep_family is not None:
        query["family_id"] = {"$ne": keep_family}
    await RefreshToken.get_pymongo_collection().update_many(
        query, {"$set": {"revoked_at": utcnow()}}
    )


async def end_access_tokens(user_id: PydanticObjectId | None) -> int:
    """Move the user's token generation on: every access token issued so far stops working.
    Returns the new generation."""
    updated = await User.get_pymongo_collection().find_one_and_update(
        {"_id": user_id},
        {"$inc": {"token_generation": 1}},
        projection={"token_generation": 1},
        return_document=ReturnDocument.AFTER,
    )
    return int(updated["token_generation"]) if updated else 0


async def end_all_sessions(user_id: PydanticObjectId | None) -> None:
    """Log out everywhere: refresh tokens revoked, access tokens dead at once."""
    await revoke_all_for_user(user_id)
    await end_access_tokens(user_id)
