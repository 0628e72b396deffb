"""Local run: create .env on first use, start the embedded database unless MONGODB_URI is set,
seed, and serve the API with uvicorn. Used by scripts/run.sh."""

import argparse
import asyncio
import os
import secrets
import signal
import sys
from pathlib import Path

import uvicorn

import seed
from core.config import Settings, get_settings
from core.embedded_db import EmbeddedMongo

ENV_FILE = Path(".env")
ENV_EXAMPLE = Path(".env.example")
EMBEDDED_STORAGE = Path("data/db")


def create_env_file() -> None:
    """First run: .env from .env.example with a fresh JWT secret and admin password."""
    if ENV_FILE.exists():
        return
    password = secrets.token_urlsafe(12)
    generated = {"JWT_SECRET": secrets.token_urlsafe(48), "ADMIN_PASSWORD": password}
    lines = []
    for line in ENV_EXAMPLE.read_text().splitlines():
        key = line.split("=", 1)[0]
        lines.append(f"{key}={generated.pop(key)}" if key in generated else line)
    ENV_FILE.write_text("\n".join(lines) + "\n")
    ENV_FILE.chmod(0o600)
    print(f"created .env with a random JWT secret; admin password: {password}")


def wants_embedded_database(settings: Settings) -> bool:
    """Only when MONGODB_URI is set nowhere (environment or .env): a set one always wins."""
    return "mongodb_uri" not in settings.model_fields_set


def base_url_for(settings: Settings, host: str, port: int) -> str | None:
    """The PUBLIC_BASE_URL matching --host/--port, unless one is set (environment or .env):
    image URLs must point at the port the API really listens on."""
    if "public_base_url" in settings.model_fields_set:
        return None
    wildcard = host in ("", "0.0.0.0", "::")  # noqa: S104 - recognising it, not binding
    shown = "127.0.0.1" if wildcard else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"  # an IPv6 literal
    return f"http://{shown}:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()

    # uvicorn re-raises SIGTERM after its graceful shutdown; make that an exit that still runs
    # the `finally` below, so the embedded database is stopped cleanly.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    create_env_file()
    settings = Settings()
    if (base_url := base_url_for(settings, args.host, args.port)) is not None:
        os.environ["PUBLIC_BASE_URL"] = base_url  # read by create_app's get_settings()
        get_settings.cache_clear()
        settings = get_settings()
    embedded: EmbeddedMongo | None = None
    if wants_embedded_database(settings):
        embedded = EmbeddedMongo(storage_path=EMBEDDED_STORAGE)
        os.environ["MONGODB_URI"] = embedded.start()
        print(f"embedded database (SecantusDB) on {embedded.uri}, data in {EMBEDDED_STORAGE}/")
        get_settings.cache_clear()
        settings = get_settings()
    try:
        asyncio.run(seed.run(settings))
        print(f"admin: {settings.admin_email} (password in .env)")
        print(f"API docs: http://{args.host}:{args.port}/docs")
        uvicorn.run(
            "main:create_app",
            factory=True,
            access_log=False,  # ours (core/access_log.py) is the one access log
            host=args.host,
            port=args.port,
            proxy_headers=False,  # TRUSTED_PROXIES decides whom to believe
            server_header=False,
            timeout_graceful_shutdown=20,
        )
    finally:
        if embedded is not None:
            embedded.stop()


if __name__ == "__main__":
    main()
