"""User accounts: creation, lookup, credential checks."""

import logging

from beanie import PydanticObjectId
from bson.errors import InvalidId
from pymongo.errors import DuplicateKeyError

from app.models import Role, User
from core import security
from core.errors import Conflict, Unauthorized

logger = logging.getLogger(__name__)

BAD_CREDENTIALS = "Incorrect email or password"


def parse_object_id(value: str) -> PydanticObjectId | None:
    try:
        return PydanticObjectId(value)
    except (InvalidId, TypeError):
        return None


async def get_by_id(user_id: str | PydanticObjectId) -> User | None:
    oid = user_id if isinstance(user_id, PydanticObjectId) else parse_object_id(user_id)
    return await User.get(oid) if oid is not None else None


async def get_by_email(email: str) -> User | None:
    return await User.find_one(User.email == email.lower())


async def create_user(
    *, email: str, password: str, display_name: str | None = None, role: Role = Role.USER
) -> User:
    user = User(
        email=email.lower(),
        password_hash=await security.hash_password(password),
        role=role,
        display_name=display_name or email.split("@", 1)[0],
    )
    try:
        await user.insert()
    except DuplicateKeyError as exc:
        raise Conflict("An account with this email already exists") from exc
    return user


async def authenticate(*, email: str, password: str) -> User:
    """The user for these credentials, or one generic 401 whatever was wrong.

    Unknown emails still pay for a verify, so timing does not reveal which accounts exist.
    """
    user = await get_by_email(email)
    check = await security.verify_password(user.password_hash if user else None, password)
    if user is None or not check.valid or not user.is_active:
        raise Unauthorized(BAD_CREDENTIALS)
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
