from beanie import Document

from app.models.blog import Blog, BlogStatus, HistoryEntry
from app.models.event import ContentEvent, EventType, ProcessBeat
from app.models.page import Page
from app.models.published_post import PublishedPost
from app.models.refresh_token import RefreshToken
from app.models.site_settings import SiteSettings
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
    PublishedPost,
]

__all__ = [
    "DOCUMENT_MODELS",
    "Blog",
    "BlogStatus",
    "ContentEvent",
    "EventType",
    "HistoryEntry",
    "Page",
    "ProcessBeat",
    "PublishedPost",
    "RefreshToken",
    "Role",
    "SiteSettings",
    "User",
    "Webhook",
    "WebhookDelivery",
]
