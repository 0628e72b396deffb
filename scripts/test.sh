#!/usr/bin/env bash
# Install the dev dependencies and run every check: ruff (lint + format), mypy, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
ensure_venv requirements-dev.txt
# One command per line: `set -e` does not stop inside an `a && b` chain.
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy .
echo "== pytest"
exec .venv/bin/pytest "$@"
