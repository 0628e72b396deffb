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
# The OpenAPI lint test runs Redocly CLI, an npm package pinned in tools/openapi-lint: installed
# with `npm ci` when node is present, again only when its package files change (a stamp keyed by
# their hash). Without node that test is skipped, except in CI (CI=true), where it fails.
lint_dir=tools/openapi-lint
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    lint_stamp="$lint_dir/node_modules/.installed-$(cat "$lint_dir/package.json" \
        "$lint_dir/package-lock.json" | sha256sum | cut -c1-16)"
    if [ ! -f "$lint_stamp" ]; then
        echo "installing Redocly CLI into $lint_dir/node_modules (npm ci)"
        npm ci --prefix "$lint_dir" --no-audit --no-fund --loglevel=error
        touch "$lint_stamp"
    fi
else
    echo "node/npm not found: the Redocly lint test will be skipped (CI=true makes it fail)" >&2
fi
# One command per line: `set -e` does not stop inside an `a && b` chain.
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy .
echo "== pytest"
# One worker per core (pytest-xdist), each a session with its own SecantusDB server.
# PYTEST_WORKERS=0 runs in this process (a debugger, `-x` on the first failure in order).
# Not `--dist loadfile`: with it, xdist 3.8 reported 850 of the 970 tests and no error.
exec .venv/bin/pytest -n "${PYTEST_WORKERS:-auto}" "$@"
