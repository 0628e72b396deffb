"""Application settings: one class, read from the environment and `.env`.

Every variable is documented in `.env.example` and in README's configuration table.
"""

import itertools
import logging
import math
import secrets
import zlib
from collections import Counter
from functools import lru_cache
from ipaddress import ip_network
from pathlib import Path
from typing import Annotated, Any, Literal

from limits import parse as parse_rate_limit
from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

logger = logging.getLogger(__name__)

# Values people paste from examples; production refuses them outright.
_PLACEHOLDER_MARKERS = ("change-me", "changeme", "change_me", "replace-me", "your-secret")
_PLACEHOLDER_VALUES = {"", "secret", "password", "jwt-secret", "jwt_secret"}
MIN_SECRET_BYTES = 32


MIN_SECRET_BITS = 128
MAX_IMAGE_WIDTHS = 20  # each allowed width is a file per image: keep the set small
_ZLIB_OVERHEAD = len(zlib.compress(b"", 9))  # header and checksum, no content


def estimated_entropy_bits(value: str) -> float:
    """A rough upper estimate of the randomness in `value`, the lowest of: its length times
    the Shannon entropy of its characters; the same for the steps between neighbours (so
    "abcdefgh…" scores as little as "aaaa…"); and its zlib-compressed size (so a repeated
    phrase scores as one copy). Random secrets score far above 128 bits (token_urlsafe(32):
    ~185 or more); patterns far below."""
    if len(value) < 2:
        return 0.0
    steps = [ord(b) - ord(a) for a, b in itertools.pairwise(value)]
    per_symbol = len(value) * min(_shannon(list(value)), _shannon(steps))
    compressed = (len(zlib.compress(value.encode(), 9)) - _ZLIB_OVERHEAD) * 8
    return min(per_symbol, float(compressed))


def _shannon(symbols: list[Any]) -> float:
    counts = Counter(symbols)
    total = len(symbols)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


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

    # The original blog studio's routes without /api/v1, for its clients (app/routers/legacy.py).
    legacy_routes: bool = True

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

    # Editorial control: draft-preview token lifetime, how often the scheduler looks for due
    # posts and pages (each process; the first look is at start-up), revisions kept per document.
    preview_token_minutes: int = Field(default=60, ge=1, le=7 * 24 * 60)
    scheduler_interval_seconds: float = Field(default=5, ge=0.05, le=3600)
    revisions_max: int = Field(default=50, ge=1, le=1000)

    # Site delivery: how many of the newest published posts the RSS, Atom and JSON feeds carry.
    # Their links point at the site's origin, the admin-edited `site_url` site setting.
    feed_items: int = Field(default=20, ge=1, le=100)

    # AI studio. Without AI_PROVIDER: Gemini when GEMINI_API_KEY is set, else offline
    # (OpenAI-compatible servers are chosen explicitly: OPENAI_API_KEY is often set in a shell
    # for other tools, and it should not silently start spending here).
    ai_provider: Literal["gemini", "openai", "offline"] | None = None
    gemini_api_key: SecretStr | None = None
    gemini_text_model: str = "gemini-2.5-flash"
    gemini_image_model: str = "gemini-2.5-flash-image"
    gemini_base_url: str | None = None
    ai_timeout_seconds: float = Field(default=60, gt=0, le=600)
    ai_rate_limit: str = "30/minute"

    # Accounts: passwords, e-mail, invitations, sessions, audit (README "Accounts").
    # Links in mails point at ADMIN_URL (the studio where writers sign in), else SITE_URL.
    site_url: str = "http://localhost:5173"
    admin_url: str | None = None
    # Outgoing mail. Without SMTP_HOST, mail is written to the log (dev and test only).
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = True  # upgrade a plain connection (port 587)
    smtp_tls: bool = False  # implicit TLS from the first byte (port 465)
    smtp_timeout_seconds: float = Field(default=15, gt=0, le=300)
    mail_from: str = "Inkwell <no-reply@localhost>"
    mail_poll_seconds: float = Field(default=5, gt=0, le=3600)
    mail_max_attempts: int = Field(default=8, ge=1, le=50)
    # Features that send mail: unset means "on when mail can be delivered".
    password_reset: bool | None = None
    invitations: bool | None = None
    signup_verification: bool = False
    password_reset_minutes: int = Field(default=30, ge=5, le=24 * 60)
    invitation_days: int = Field(default=7, ge=1, le=90)
    email_verification_hours: int = Field(default=24, ge=1, le=24 * 14)
    # Per account (e-mail address), on top of AUTH_RATE_LIMIT per IP.
    login_account_rate_limit: str = "10/15minutes"
    # Mails one address can be sent on request (password reset, verified signup).
    account_mail_rate_limit: str = "3/hour"
    audit_retention_days: int = Field(default=365, ge=1, le=3650)
    refresh_reuse_grace_seconds: int = Field(default=10, ge=0, le=120)

    # AI studio, OpenAI-compatible provider (OpenAI, Azure-style gateways, OpenRouter, Ollama,
    # vLLM, LM Studio). Without an image model, covers are drawn offline.
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    openai_text_model: str = "gpt-4.1-mini"
    openai_image_model: str | None = None

    # AI usage: per-user daily token quota (unset: none) and how long usage records live.
    ai_daily_tokens: int | None = Field(default=None, ge=1)
    ai_usage_retention_days: int = Field(default=400, ge=1, le=3650)

    # Hardening (issue #15): per-user rates and quotas, image limits, orphaned-file cleanup.
    preview_rate_limit: str = "60/minute"
    upload_rate_limit: str = "30/minute"
    upload_quota_mb: int = Field(default=200, ge=1, le=1_000_000)
    max_image_pixels: int = Field(default=40_000_000, ge=1, le=1_000_000_000)
    max_image_frames: int = Field(default=300, ge=1, le=10_000)
    # Width x height x frames, summed over an animation: what decoding it would produce.
    max_image_total_pixels: int = Field(default=50_000_000, ge=1, le=10_000_000_000)
    image_workers: int = Field(default=2, ge=1, le=64)
    upload_cleanup_interval_seconds: float = Field(default=3600, gt=0, le=7 * 86400)
    upload_orphan_grace_hours: float = Field(default=24, ge=0, le=24 * 365)

    # Media (issue #11): the only widths /uploads/<name>?w= renders (comma-separated), and
    # whether links to other sites in rendered bodies lose their rel="nofollow".
    image_widths: Annotated[list[int], NoDecode] = Field(
        default_factory=lambda: [320, 640, 960, 1280, 1920]
    )
    external_links_follow: bool = False

    @field_validator("allowed_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        # Comma-separated in the environment; a list when built in code.
        if isinstance(value, str):
            return [origin.strip().rstrip("/") for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("image_widths", mode="before")
    @classmethod
    def _split_widths(cls, value: object) -> object:
        if isinstance(value, str):
            value = [int(item) for item in value.split(",") if item.strip()]
        if isinstance(value, list):
            widths = sorted({int(item) for item in value})
            if not 1 <= len(widths) <= MAX_IMAGE_WIDTHS or not all(
                16 <= width <= 4096 for width in widths
            ):
                raise ValueError(f"1 to {MAX_IMAGE_WIDTHS} widths, each from 16 to 4096 px")
            return widths
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

    @field_validator("public_base_url", "site_url", "admin_url")
    @classmethod
    def _strip_trailing_slash(cls, value: str | None) -> str | None:
        return value.rstrip("/") if value is not None else None

    @field_validator(
        "auth_rate_limit",
        "ai_rate_limit",
        "login_account_rate_limit",
        "account_mail_rate_limit",
        "preview_rate_limit",
        "upload_rate_limit",
    )
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
            not secret
            or looks_like_placeholder(secret)
            or len(secret.encode()) < MIN_SECRET_BYTES
            or estimated_entropy_bits(secret) < MIN_SECRET_BITS
        )
        if weak and self.env == "production":
            raise ValueError(
                f"JWT_SECRET must be a random value of at least {MIN_SECRET_BYTES} bytes "
                f"(about {MIN_SECRET_BITS} bits of entropy or more) in production; make one with: "
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
        if self.ai_provider == "openai" and not self.openai_api_key:
            raise ValueError(
                "AI_PROVIDER=openai needs OPENAI_API_KEY (any value, e.g. 'ollama', for local "
                "servers that ignore it)"
            )
        return self

    @model_validator(mode="after")
    def _mail_for_features(self) -> "Settings":
        # Refused only when a feature that cannot work without mail was switched on
        # explicitly: production never writes mail (and its links) to the log.
        if self.smtp_tls and self.smtp_starttls and "smtp_starttls" in self.model_fields_set:
            raise ValueError("SMTP_TLS and SMTP_STARTTLS exclude each other; choose one")
        wanted = [
            name.upper()
            for name in ("password_reset", "invitations", "signup_verification")
            if getattr(self, name) is True
        ]
        if self.is_production and not self.smtp_host and wanted:
            raise ValueError(f"{', '.join(wanted)} need mail: set SMTP_HOST (and MAIL_FROM)")
        return self

    @property
    def mail_available(self) -> bool:
        """Whether mail reaches people: through SMTP, or to the log outside production."""
        return bool(self.smtp_host) or not self.is_production

    @property
    def password_reset_enabled(self) -> bool:
        return self.mail_available if self.password_reset is None else self.password_reset

    @property
    def invitations_enabled(self) -> bool:
        return self.mail_available if self.invitations is None else self.invitations

    @property
    def links_base_url(self) -> str:
        return self.admin_url or self.site_url

    @property
    def min_password_length(self) -> int:
        return 12 if self.is_production else 8

    @field_validator("openai_base_url", "openai_image_model", "ai_daily_tokens", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # `.env.example` lists them empty: an empty value means "not set", not "".
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def effective_ai_provider(self) -> Literal["gemini", "openai", "offline"]:
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
    def upload_quota_bytes(self) -> int:
        return self.upload_quota_mb * 1024 * 1024

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
