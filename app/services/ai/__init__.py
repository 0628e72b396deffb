"""AI providers behind one interface. Nothing outside this package imports an AI SDK."""

from app.services.ai.base import (
    STEP_OPTIONS,
    STEP_ORDER,
    AIProvider,
    Brief,
    GeneratedImage,
    Meter,
    Option,
    Step,
)
from core.config import Settings


def build_provider(settings: Settings) -> AIProvider:
    """The provider AI_PROVIDER asks for; its client is created here, closed by aclose()."""
    # Imported on demand: the SDKs are heavy and not needed by an offline studio.
    if settings.effective_ai_provider == "offline":
        from app.services.ai.offline import OfflineProvider

        return OfflineProvider()
    if settings.effective_ai_provider == "openai":
        from app.services.ai import openai

        assert settings.openai_api_key is not None  # enforced by Settings
        return openai.OpenAIProvider(
            openai.build_client(
                api_key=settings.openai_api_key.get_secret_value(),
                base_url=settings.openai_base_url,
                timeout=settings.ai_timeout_seconds,
            ),
            text_model=settings.openai_text_model,
            image_model=settings.openai_image_model,
            timeout=settings.ai_timeout_seconds,
        )
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


__all__ = [
    "STEP_OPTIONS",
    "STEP_ORDER",
    "AIProvider",
    "Brief",
    "GeneratedImage",
    "Meter",
    "Option",
    "Step",
    "build_provider",
]
