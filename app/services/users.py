"""User accounts: creation, lookup, credential checks."""

import logging
from typing import Any

from beanie import PydanticObjectId, SortDirection
from pymongo.errors import DuplicateKeyError

from app.models import Role, User
from app.schemas.admin import UserAdminUpdate
from app.schemas.users import UserPublic
from app.services import audit, content, slugs, tokens
from core import security
from core.errors import Conflict, CredentialsInvalid, Forbidden, NotFound

logger = logging.getLogger(__name__)

BAD_CREDENTIALS = "Incorrect email or password"
EMAIL_TAKEN = "An account with this email already exists"


async def get_by_id(user_id: str | PydanticObjectId) -> User | None:
    return await content.get_by_id(User, user_id)


async def get_by_email(email: str) -> User | None:
    return await User.find_one(User.email == email.lower())


async def create_user(
    *,
    email: str,
    password: str | None = None,
    password_hash: str | None = None,
    display_name: str | None = None,
    role: Role = Role.USER,
) -> User:
    """A new account with a unique author slug made from its name. Give the password, or
    its hash when it was hashed earlier (a verified signup)."""
    if password_hash is None:
        assert password is not None
        password_hash = await security.hash_password(password)
    name = display_name or email.split("@", 1)[0]
    user = User(
        email=email.lower(),
        password_hash=password_hash,
        role=role,
        display_name=name,
        slug=slugs.slugify(name, fallback="author"),
    )
    try:
        await slugs.insert_with_slug(user, explicit=False)
    except DuplicateKeyError as exc:
        raise Conflict(EMAIL_TAKEN) from exc
    return user


async def authenticate(*, email: str, password: str) -> User:
    """The user for these credentials, or one generic 401 whatever was wrong.

    Unknown emails still pay for a verify, so timing does not reveal which accounts exist.
    """
    user = await get_by_email(email)
    check = await security.verify_password(user.password_hash if user else None, password)
    if user is None or not check.valid or not user.is_active:
        raise CredentialsInvalid(BAD_CREDENTIALS)
    if check.needs_rehash:
        # Parameters changed since this hash was made: upgrade it while we know the password.
        new_hash = await security.hash_password(password)
        await User.find_one(User.id == user.id).update({"$set": {"password_hash": new_hash}})
        user.password_hash = new_hash
    return user


async def ensure_admin(*, email: str, password: str, display_name: str = "Admin") -> bool:
    """Create the admin account, or make sure an existing one is an active admin.

    An existing account keeps its password, so re-running the seed never undoes a change.
    Returns True when the account was created.
    """
    existing = await get_by_email(email)
    if existing is None:
        await create_user(
            email=email, password=password, display_name=display_name, role=Role.ADMIN
        )
        return True
    if existing.role != Role.ADMIN or not existing.is_active:
        await User.find_one(User.id == existing.id).update(
            {"$set": {"role": Role.ADMIN.value, "is_active": True}}
        )
    return False


async def list_users(
    *, page: int, per_page: int, role: Role | None = None
) -> tuple[list[UserPublic], int]:
    query: dict[str, Any] = {} if role is None else {"role": role.value}
    return await content.paginate(
        User,
        query,
        sort=[("created_at", SortDirection.ASCENDING)],
        projection=UserPublic,
        page=page,
        per_page=per_page,
    )


async def update_user(*, user_id: str, actor: User, data: UserAdminUpdate) -> User:
    """Change a user's role or active flag (admin). Admins cannot demote or deactivate
    themselves, so a site can never lose its last way in by accident; a deactivated user's
    sessions end at once."""
    user = await get_by_id(user_id)
    if user is None:
        raise NotFound("User not found")
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if user.id == actor.id and (
        changes.get("role", Role.ADMIN) != Role.ADMIN or changes.get("is_active") is False
    ):
        raise Forbidden("Admins cannot demote or deactivate themselves")
    if not changes:
        return user
    values = {key: getattr(value, "value", value) for key, value in changes.items()}
    updated = await content.update_fields(User, user.id, values, stamp=False)
    if updated is None:
        raise NotFound("User not found")
    if changes.get("is_active") is False:
        await tokens.end_all_sessions(user.id)
    for action, changed in (
        ("user.role_change", updated.role != user.role),
        (
            "user.activate" if updated.is_active else "user.deactivate",
            updated.is_active != user.is_active,
        ),
    ):
        if changed:
            details = {"from": user.role.value, "to": updated.role.value}
            await audit.record(
                actor=actor,
                action=action,
                target=audit.target("user", user.id, user.email),
                details=details if action == "user.role_change" else None,
            )
    return updated


async def revoke_sessions(*, user_id: str, actor: User) -> None:
    """End every session of a user (admin): refresh tokens and access tokens alike."""
    user = await get_by_id(user_id)
    if user is None:
        raise NotFound("User not found")
    await tokens.end_all_sessions(user.id)
    await audit.record(
        actor=actor, action="user.sessions_revoke", target=audit.target("user", user.id, user.email)
    )
