from beanie import Document

from app.models.account_token import (
    EmailVerification,
    Invitation,
    InvitationStatus,
    PasswordReset,
    VerificationPurpose,
)
from app.models.ai_usage import AIUsage, AIUsageDaily
from app.models.asset import Asset
from app.models.audit import AuditEntry
from app.models.blog import Blog, BlogStatus, HistoryEntry
from app.models.event import ContentEvent, EventType, ProcessBeat
from app.models.mail import MailJob, MailStatus
from app.models.page import Page
from app.models.published_post import PublishedPost
from app.models.redirect import SlugRedirect
from app.models.refresh_token import RefreshToken
from app.models.revision import DocKind, Revision
from app.models.site_settings import SiteSettings
from app.models.studio_session import StudioSession
from app.models.user import Role, User
from app.models.webhook import Webhook, WebhookDelivery

DOCUMENT_MODELS: list[type[Document]] = [
    User,
    Blog,
    Page,
    SiteSettings,
    RefreshToken,
    ContentEvent,
    ProcessBeat,
    Webhook,
    WebhookDelivery,
    PasswordReset,
    Invitation,
    EmailVerification,
    MailJob,
    AuditEntry,
    StudioSession,
    AIUsage,
    AIUsageDaily,
    Asset,
    Revision,
    SlugRedirect,
    PublishedPost,
]

__all__ = [
    "DOCUMENT_MODELS",
    "AIUsage",
    "AIUsageDaily",
    "Asset",
    "AuditEntry",
    "Blog",
    "BlogStatus",
    "ContentEvent",
    "DocKind",
    "EmailVerification",
    "EventType",
    "HistoryEntry",
    "Invitation",
    "InvitationStatus",
    "MailJob",
    "MailStatus",
    "Page",
    "PasswordReset",
    "ProcessBeat",
    "PublishedPost",
    "RefreshToken",
    "Revision",
    "Role",
    "SiteSettings",
    "SlugRedirect",
    "StudioSession",
    "User",
    "VerificationPurpose",
    "Webhook",
    "WebhookDelivery",
]
