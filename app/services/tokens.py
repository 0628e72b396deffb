"""Refresh-token revocation, used by sessions (auth) and by account changes (users)."""

from beanie import PydanticObjectId

from app.models import RefreshToken
from app.models.common import utcnow


async def revoke_family(family_id: str) -> None:
    await RefreshToken.get_pymongo_collection().update_many(
        {"family_id": family_id, "revoked_at": None}, {"$set": {"revoked_at": utcnow()}}
    )


async def revoke_all_for_user(user_id: PydanticObjectId | None) -> None:
    await RefreshToken.get_pymongo_collection().update_many(
        {"user_id": user_id, "revoked_at": None}, {"$set": {"revoked_at": utcnow()}}
    )
