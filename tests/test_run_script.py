"""The local launcher behind scripts/run.sh: first-run .env, and when to embed a database."""

from pathlib import Path

import pytest

from core.config import Settings
from scripts import serve


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    example = Path(__file__).resolve().parent.parent / ".env.example"
    (tmp_path / ".env.example").write_text(example.read_text())
    monkeypatch.setattr(serve, "ENV_FILE", tmp_path / ".env")
    monkeypatch.setattr(serve, "ENV_EXAMPLE", tmp_path / ".env.example")
    return tmp_path


def test_first_run_writes_env_with_fresh_secrets_and_keeps_it_after(in_tmp: Path) -> None:
    serve.create_env_file()
    env = in_tmp / ".env"
    values = dict(
        line.split("=", 1)
        for line in env.read_text().splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert len(values["JWT_SECRET"]) >= 48 and len(values["ADMIN_PASSWORD"]) >= 12
    assert env.stat().st_mode & 0o777 == 0o600
    assert Settings(_env_file=env).jwt_key == values["JWT_SECRET"]
    # What README's configuration table says the generated .env holds.
    assert Settings(_env_file=env).allowed_origins == ["http://localhost:5173"]
    before = env.read_text()
    serve.create_env_file()
    assert env.read_text() == before  # never overwritten


def test_a_set_mongodb_uri_always_wins(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MONGODB_URI", raising=False)
    assert serve.wants_embedded_database(Settings(_env_file=None))
    (in_tmp / "with-uri.env").write_text("MONGODB_URI=mongodb://db.example:27017\n")
    assert not serve.wants_embedded_database(Settings(_env_file=in_tmp / "with-uri.env"))
    monkeypatch.setenv("MONGODB_URI", "mongodb://other:27017")
    assert not serve.wants_embedded_database(Settings(_env_file=None))


def test_port_and_host_set_the_public_base_url_unless_it_is_set(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PUBLIC_BASE_URL", raising=False)
    serve.create_env_file()  # the generated .env leaves PUBLIC_BASE_URL to the launcher
    settings = Settings(_env_file=in_tmp / ".env")
    assert serve.base_url_for(settings, "127.0.0.1", 8741) == "http://127.0.0.1:8741"
    assert serve.base_url_for(settings, "0.0.0.0", 9000) == "http://127.0.0.1:9000"  # noqa: S104
    assert serve.base_url_for(settings, "::1", 9000) == "http://[::1]:9000"
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://api.example.com")
    assert serve.base_url_for(Settings(_env_file=in_tmp / ".env"), "127.0.0.1", 8741) is None
