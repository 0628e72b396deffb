from beanie import Document

from app.models.blog import Blog, BlogStatus, HistoryEntry
from app.models.event import ContentEvent, EventType, ProcessBeat
from app.models.page import Page
from app.models.redirect import SlugRedirect
from app.models.refresh_token import RefreshToken
from app.models.revision import DocKind, Revision
from app.models.site_settings import SiteSettings
from app.models.user import Role, User

DOCUMENT_MODELS: list[type[Document]] = [
    User,
    Blog,
    Page,
    SiteSettings,
    RefreshToken,
    ContentEvent,
    ProcessBeat,
    Revision,
    SlugRedirect,
]

__all__ = [
    "DOCUMENT_MODELS",
    "Blog",
    "BlogStatus",
    "ContentEvent",
    "DocKind",
    "EventType",
    "HistoryEntry",
    "Page",
    "ProcessBeat",
    "RefreshToken",
    "Revision",
    "Role",
    "SiteSettings",
    "SlugRedirect",
    "User",
]
