"""Full-text search over published posts and pages: a tantivy index derived from content."""

from app.services.search.service import SearchService

__all__ = ["SearchService"]
