#!/usr/bin/env bash
# Install the dev dependencies and run every check: ruff (lint + format), mypy, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
ensure_venv requirements-dev.txt
# The scale-out tests share rate limits through a real Redis (Debian's package).
if ! command -v redis-server >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing redis-server (Debian package) for the scale-out tests"
        apt-get update -qq >/dev/null && apt-get install -y -qq redis-server >/dev/null
    else
        echo "redis-server is not installed: the scale-out tests will be skipped" >&2
    fi
fi
# One command per line: `set -e` does not stop inside an `a && b` chain.
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy .
echo "== pytest"
exec .venv/bin/pytest "$@"
