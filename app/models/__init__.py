from beanie import Document

from app.models.asset import Asset
from app.models.blog import Blog, BlogStatus, HistoryEntry
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
    Asset,
]

__all__ = [
    "DOCUMENT_MODELS",
    "Asset",
    "Blog",
    "BlogStatus",
    "ContentVersion",
    "HistoryEntry",
    "Page",
    "RefreshToken",
    "Role",
    "SiteSettings",
    "User",
]
