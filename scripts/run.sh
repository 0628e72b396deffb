#!/usr/bin/env bash
# Install and run the API on http://127.0.0.1:8000 (docs at /docs).
# Without MONGODB_URI (environment or .env) an embedded database is started in ./data/db.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
ensure_venv requirements.txt requirements-embedded.txt
exec .venv/bin/python -m scripts.serve "$@"
