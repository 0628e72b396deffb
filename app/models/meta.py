from beanie import Document


class ContentVersion(Document):
    """One document counting content writes; caches in every process compare against it."""

    id: str = "content"  # type: ignore[assignment]
    version: int = 0

    class Settings:
        name = "meta"
