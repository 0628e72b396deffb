from beanie import Document

from app.models.account_token import (
    EmailVerification,
    Invitation,
    InvitationStatus,
    PasswordReset,
    VerificationPurpose,
)
from app.models.audit import AuditEntry
from app.models.blog import Blog, BlogStatus, HistoryEntry
from app.models.mail import MailJob, MailStatus
from app.models.meta import ContentVersion
from app.models.page import Page
from app.models.refresh_token import RefreshToken
from app.models.site_settings import SiteSettings
from app.models.user import Role, User

DOCUMENT_MODELS: list[type[Document]] = [
    User,
    Blog,
    Page,
    SiteSettings,
    RefreshToken,
    ContentVersion,
    PasswordReset,
    Invitation,
    EmailVerification,
    MailJob,
    AuditEntry,
]

__all__ = [
    "DOCUMENT_MODELS",
    "AuditEntry",
    "Blog",
    "BlogStatus",
    "ContentVersion",
    "EmailVerification",
    "HistoryEntry",
    "Invitation",
    "InvitationStatus",
    "MailJob",
    "MailStatus",
    "Page",
    "PasswordReset",
    "RefreshToken",
    "Role",
    "SiteSettings",
    "User",
    "VerificationPurpose",
]
