"""Application settings: one class, read from the environment and `.env`.

Every variable is documented in `.env.example` and in README's configuration table.
"""

import logging
import secrets
from functools import lru_cache
from ipaddress import ip_network
from pathlib import Path
from typing import Annotated, Literal

from limits import parse as parse_rate_limit
from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

logger = logging.getLogger(__name__)

# Values people paste from examples; production refuses them outright.
_PLACEHOLDER_MARKERS = ("change-me", "changeme", "change_me", "replace-me", "your-secret")
_PLACEHOLDER_VALUES = {"", "secret", "password", "jwt-secret", "jwt_secret"}
MIN_SECRET_BYTES = 32


def looks_like_placeholder(value: str) -> bool:
    lowered = value.strip().lower()
    return lowered in _PLACEHOLDER_VALUES or any(m in lowered for m in _PLACEHOLDER_MARKERS)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    app_name: str = "Inkwell CMS API"
    env: Literal["dev", "test", "production"] = "dev"

    mongodb_uri: str = "mongodb://127.0.0.1:27017"
    mongodb_db: str = "inkwell"
    mongodb_timeout_ms: int = Field(default=5000, ge=100, le=60_000)
    mongodb_operation_timeout_ms: int = Field(default=5000, ge=100, le=120_000)

    jwt_secret: SecretStr | None = None
    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=7, ge=1, le=365)

    admin_email: str = "admin@example.com"
    admin_password: SecretStr | None = None

    allowed_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        validation_alias=AliasChoices("allowed_origins", "ALLOWED_ORIGINS", "CORS_ORIGINS"),
    )
    public_base_url: str = "http://127.0.0.1:8000"
    upload_dir: Path = Path("uploads")
    max_upload_mb: int = Field(default=10, ge=1, le=100)
    max_body_mb: int = Field(default=2, ge=1, le=100)

    auth_rate_limit: str = "5/minute"
    rate_limit_storage_uri: str = "memory://"
    # Reverse proxies whose X-Forwarded-For is believed (IPs or CIDRs, comma-separated).
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    allow_signup: bool = True
    api_docs: bool = True
    access_log: bool = True
    # Freeze the start-up heap out of the garbage collector (main.py): full collections then
    # walk only what requests allocate, not the whole framework. Off in the test suite, which
    # builds hundreds of apps in one process.
    gc_freeze: bool = True

    # Public read cache (process memory) and the HTTP caching it advertises. Content events
    # invalidate it: at once in the writing process, within one poll of the event log elsewhere.
    event_poll_seconds: float = Field(default=0.1, ge=0.01, le=60)

    # Webhooks (Standard Webhooks). In production, private and loopback targets are refused
    # unless WEBHOOK_ALLOW_PRIVATE_NETWORKS is true; elsewhere they are allowed.
    webhook_timeout_seconds: float = Field(default=10, gt=0, le=60)
    webhook_max_attempts: int = Field(default=8, ge=1, le=20)
    webhook_retry_base_seconds: float = Field(default=5, gt=0, le=3600)
    webhook_freshness_wait_seconds: float = Field(default=5, ge=0, le=300)
    webhook_dispatch_interval_seconds: float = Field(default=1, gt=0, le=60)
    webhook_allow_private_networks: bool | None = None
    cache_max_entries: int = Field(default=2000, ge=1)
    cache_max_mb: int = Field(default=32, ge=1, le=4096)
    http_max_age: int = Field(default=5, ge=0)
    http_s_maxage: int = Field(default=10, ge=0)
    http_stale_while_revalidate: int = Field(default=30, ge=0)

    # AI studio. Without AI_PROVIDER: Gemini when GEMINI_API_KEY is set, else offline.
    ai_provider: Literal["gemini", "offline"] | None = None
    gemini_api_key: SecretStr | None = None
    gemini_text_model: str = "gemini-2.5-flash"
    gemini_image_model: str = "gemini-2.5-flash-image"
    gemini_base_url: str | None = None
    ai_timeout_seconds: float = Field(default=60, gt=0, le=600)
    ai_rate_limit: str = "30/minute"

    @field_validator("allowed_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        # Comma-separated in the environment; a list when built in code.
        if isinstance(value, str):
            return [origin.strip().rstrip("/") for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        if isinstance(value, str):
            value = [item.strip() for item in value.split(",") if item.strip()]
        if isinstance(value, list):
            for item in value:
                ip_network(str(item), strict=False)  # ValueError: not an IP or CIDR
        return value

    @field_validator("public_base_url")
    @classmethod
    def _strip_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("auth_rate_limit", "ai_rate_limit")
    @classmethod
    def _valid_rate_limit(cls, value: str) -> str:
        try:
            parse_rate_limit(value)
        except ValueError as exc:
            raise ValueError(f"not a rate limit like '5/minute': {value!r}") from exc
        return value

    @model_validator(mode="after")
    def _secure_secret(self) -> "Settings":
        secret = self.jwt_secret.get_secret_value() if self.jwt_secret else ""
        weak = (
            not secret or looks_like_placeholder(secret) or len(secret.encode()) < MIN_SECRET_BYTES
        )
        if weak and self.env == "production":
            raise ValueError(
                f"JWT_SECRET must be a random value of at least {MIN_SECRET_BYTES} bytes in "
                "production; make one with: "
                "python -c 'import secrets; print(secrets.token_urlsafe(48))'"
            )
        if not secret:
            # Dev and tests only: an ephemeral secret, so tokens die with the process.
            logger.warning("JWT_SECRET is not set; using a random one for this process only")
            self.jwt_secret = SecretStr(secrets.token_urlsafe(48))
        return self

    @model_validator(mode="after")
    def _gemini_needs_a_key(self) -> "Settings":
        if self.ai_provider == "gemini" and not self.gemini_api_key:
            raise ValueError("AI_PROVIDER=gemini needs GEMINI_API_KEY")
        return self

    @property
    def effective_ai_provider(self) -> Literal["gemini", "offline"]:
        if self.ai_provider is not None:
            return self.ai_provider
        return "gemini" if self.gemini_api_key else "offline"

    @property
    def jwt_key(self) -> str:
        assert self.jwt_secret is not None  # set by the validator above
        return self.jwt_secret.get_secret_value()

    @property
    def public_cache_control(self) -> str:
        return (
            f"public, max-age={self.http_max_age}, s-maxage={self.http_s_maxage}, "
            f"stale-while-revalidate={self.http_stale_while_revalidate}"
        )

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024 * 1024

    @property
    def max_body_bytes(self) -> int:
        return self.max_body_mb * 1024 * 1024

    @property
    def webhooks_may_target_private(self) -> bool:
        if self.webhook_allow_private_networks is not None:
            return self.webhook_allow_private_networks
        return not self.is_production

    @property
    def is_production(self) -> bool:
        return self.env == "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
