"""One-time link tokens of accounts: password resets, invitations, e-mail confirmations.

Only a SHA-256 hash of a token is stored. Each document expires through a TTL index.
"""

from datetime import datetime
from enum import StrEnum

from beanie import Document, PydanticObjectId
from pydantic import Field
from pymongo import ASCENDING, DESCENDING, IndexModel

from app.models.common import utcnow
from app.models.user import Role


class PasswordReset(Document):
    token_hash: str
    user_id: PydanticObjectId
    expires_at: datetime
    used_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)

    class Settings:
        name = "password_resets"
        indexes = [
            IndexModel([("token_hash", ASCENDING)], unique=True),
            IndexModel([("user_id", ASCENDING)]),
            IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0),
        ]


class InvitationStatus(StrEnum):
    PENDING = "pending"  # created; its mail (and token) is on the way
    SENT = "sent"
    ACCEPTED = "accepted"
    REVOKED = "revoked"


class Invitation(Document):
    email: str
    role: Role
    invited_by: PydanticObjectId
    status: InvitationStatus = InvitationStatus.PENDING
    # Set by the mail sender when it makes the token: the token itself exists only in the mail.
    token_hash: str | None = None
    expires_at: datetime
    accepted_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)

    class Settings:
        name = "invitations"
        indexes = [
            IndexModel(
                [("token_hash", ASCENDING)],
                unique=True,
                partialFilterExpression={"token_hash": {"$type": "string"}},
            ),
            IndexModel([("created_at", DESCENDING)]),
            IndexModel([("email", ASCENDING)]),
            IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0),
        ]


class VerificationPurpose(StrEnum):
    SIGNUP = "signup"
    EMAIL_CHANGE = "email_change"


class EmailVerification(Document):
    """A confirmation link in flight: a pending signup (with its already-hashed password) or
    a change of address waiting for the new address to answer."""

    purpose: VerificationPurpose
    token_hash: str
    email: str
    user_id: PydanticObjectId | None = None  # e-mail change
    password_hash: str | None = None  # signup
    display_name: str | None = None  # signup
    expires_at: datetime
    created_at: datetime = Field(default_factory=utcnow)

    class Settings:
        name = "email_verifications"
        indexes = [
            IndexModel([("token_hash", ASCENDING)], unique=True),
            IndexModel([("expires_at", ASCENDING)], expireAfterSeconds=0),
        ]
