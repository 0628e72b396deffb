"""AI providers behind one interface. Nothing outside this package imports an AI SDK."""

from app.services.ai.base import STEP_OPTIONS, AIProvider, Brief, Option, Step
from core.config import Settings


def build_provider(settings: Settings) -> AIProvider:
    """The provider AI_PROVIDER asks for; Gemini's client is created here, closed by aclose()."""
    # Imported on demand: the Gemini SDK is heavy and not needed by an offline studio.
    if settings.effective_ai_provider == "offline":
        from app.services.ai.offline import OfflineProvider

        return OfflineProvider()
    from app.services.ai.gemini import GeminiProvider, build_client

    assert settings.gemini_api_key is not None  # enforced by Settings
    client = build_client(
        api_key=settings.gemini_api_key.get_secret_value(),
        base_url=settings.gemini_base_url,
        timeout=settings.ai_timeout_seconds,
    )
    return GeminiProvider(
        client,
        text_model=settings.gemini_text_model,
        image_model=settings.gemini_image_model,
        timeout=settings.ai_timeout_seconds,
    )


__all__ = ["STEP_OPTIONS", "AIProvider", "Brief", "Option", "Step", "build_provider"]
