import pytest
from pydantic import ValidationError

from core.config import Settings

STRONG = "k3Jq9vN2xW8pL5tR7yB4mC6dF1gH0jZaQsXe"


def make(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "secret",
    [None, "", "change-me-to-a-random-secret-of-32-bytes-or-more", "short-but-random-9f8e"],
)
def test_production_refuses_a_missing_placeholder_or_short_secret(secret: str | None) -> None:
    with pytest.raises(ValidationError, match="JWT_SECRET"):
        make(env="production", jwt_secret=secret)


def test_production_accepts_a_strong_secret() -> None:
    assert make(env="production", jwt_secret=STRONG).jwt_key == STRONG


def test_dev_without_a_secret_gets_a_random_ephemeral_one() -> None:
    first, second = make(env="dev"), make(env="dev")
    assert len(first.jwt_key) >= 32
    assert first.jwt_key != second.jwt_key


def test_origins_are_comma_separated_and_cors_origins_is_accepted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALLOWED_ORIGINS", "https://a.example, https://b.example/")
    assert make().allowed_origins == ["https://a.example", "https://b.example"]
    monkeypatch.delenv("ALLOWED_ORIGINS")
    monkeypatch.setenv("CORS_ORIGINS", "https://c.example")
    assert make().allowed_origins == ["https://c.example"]


def test_environment_variables_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCESS_TOKEN_MINUTES", "5")
    monkeypatch.setenv("ALLOW_SIGNUP", "false")
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://api.example.com/")
    settings = make()
    assert settings.access_token_minutes == 5
    assert settings.allow_signup is False
    assert settings.public_base_url == "https://api.example.com"


@pytest.mark.parametrize("limit", ["lots", "5 per", "-1/minute"])
def test_a_malformed_rate_limit_is_refused(limit: str) -> None:
    with pytest.raises(ValidationError):
        make(auth_rate_limit=limit)


def test_defaults_match_the_documentation() -> None:
    settings = make()
    assert (settings.access_token_minutes, settings.refresh_token_days) == (15, 7)
    assert settings.auth_rate_limit == "5/minute"
    assert settings.rate_limit_storage_uri == "memory://"
    assert settings.allow_signup is True


@pytest.mark.parametrize(
    "secret",
    [
        "a" * 32,
        "abc" * 11,
        "abcdefghijklmnopqrstuvwxyzABCDEF",  # 32 distinct characters, in order
        "Tr0ub4dor&3" * 6,  # a phrase repeated past the length rule
        "0123456789" * 5,
    ],
)
def test_production_refuses_a_long_secret_with_little_entropy(secret: str) -> None:
    assert len(secret.encode()) >= 32
    with pytest.raises(ValidationError, match="entropy"):
        make(env="production", jwt_secret=secret)
    assert make(env="dev", jwt_secret=secret).jwt_key == secret  # dev lets you be lazy


def test_generated_secrets_always_pass_the_entropy_estimate() -> None:
    import secrets

    from core.config import MIN_SECRET_BITS, estimated_entropy_bits

    for _ in range(500):
        for secret in (secrets.token_urlsafe(32), secrets.token_urlsafe(48), secrets.token_hex(32)):
            assert estimated_entropy_bits(secret) >= MIN_SECRET_BITS + 32
    assert estimated_entropy_bits(STRONG) >= MIN_SECRET_BITS


def test_new_limits_default_as_documented() -> None:
    settings = make()
    assert (settings.preview_rate_limit, settings.upload_rate_limit) == ("60/minute", "30/minute")
    assert (settings.upload_quota_mb, settings.image_workers) == (200, 2)
    assert (settings.max_image_pixels, settings.max_image_frames) == (40_000_000, 300)
    assert settings.max_image_total_pixels == 50_000_000
    assert settings.upload_orphan_grace_hours == 24
    assert settings.upload_cleanup_interval_seconds == 3600
