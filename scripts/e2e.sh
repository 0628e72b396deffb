#!/usr/bin/env bash
# End-to-end test of the reference SvelteKit site (examples/sveltekit) in headless Chromium.
#
# From a fresh clone: installs what it needs (Debian's chromium when missing, the site's npm
# packages with `npm ci`, the Python dev virtualenv), starts the API on the embedded database
# (a free port, a throwaway data directory: it never touches a developer's instance or .env),
# regenerates the typed client from the live /openapi.json, type-checks and builds the site,
# starts it, and runs examples/sveltekit/e2e/ with Node's test runner. Every process it
# starts is stopped on exit; any failure exits non-zero.
#
#   bash scripts/e2e.sh
#
# Environment: CHROMIUM_PATH (default /usr/bin/chromium), PYTHON (for .venv, as run.sh),
# E2E_KEEP=1 keeps the temporary directory (logs, database, uploads) after a successful run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SITE_DIR=$ROOT/examples/sveltekit
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
STARTED=$SECONDS

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# Plain output in logs and CI (svelte-check and Vite colour it otherwise).
[ -t 1 ] || export NO_COLOR=1 FORCE_COLOR=0

section() { printf '\n===== %s  [%ds]\n' "$*" "$((SECONDS - STARTED))"; }
fail() { echo "e2e: $*" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/inkwell-e2e.XXXXXX")
PIDS=()

stop_all() {
    local status=$? pid waited
    trap - EXIT INT TERM
    # Politely first (uvicorn drains, serve.py stops the embedded database), then by force.
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        waited=0
        while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 250 ]; do sleep 0.1; waited=$((waited + 1)); done
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    done
    if [ "$status" -ne 0 ]; then
        for log in api site; do
            if [ -s "$WORK/$log.log" ]; then
                printf '\n----- last lines of the %s log (%s)\n' "$log" "$WORK/$log.log" >&2
                tail -n 40 "$WORK/$log.log" >&2
            fi
        done
        echo "e2e: FAILED after $((SECONDS - STARTED))s; logs, database and uploads kept in $WORK" >&2
    else
        if [ "${E2E_KEEP:-0}" = "1" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
        echo "e2e: passed in $((SECONDS - STARTED))s"
    fi
    exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Start "$@" in the background in its own process group (so its children can be stopped with
# it) with stdout and stderr in $WORK/<name>.log; remember its pid.
start() {
    local name=$1
    shift
    setsid "$@" >"$WORK/$name.log" 2>&1 </dev/null &
    PIDS+=("$!")
}

free_port() {
    node -e 'const s = require("node:net").createServer();
             s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# wait_for NAME URL PID SECONDS: until URL answers 200, while PID is alive.
wait_for() {
    local name=$1 url=$2 pid=$3 deadline=$((SECONDS + $4))
    until node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
                     .then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' "$url"; do
        kill -0 "$pid" 2>/dev/null || fail "the $name exited before answering at $url (see its log below)"
        [ "$SECONDS" -lt "$deadline" ] || fail "the $name did not answer at $url within $4s"
        sleep 0.3
    done
    echo "$name is up: $url"
}

section "Chromium"
if [ ! -x "$CHROMIUM" ]; then
    if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
        fail "$CHROMIUM is missing: install Debian's chromium package, or set CHROMIUM_PATH"
    fi
    echo "installing Debian's chromium package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq chromium >/dev/null
fi
# (Debian's launcher script may print a harmless shell warning about /dev/shm on stderr.)
"$CHROMIUM" --version 2>/dev/null || fail "$CHROMIUM does not run"

section "Node packages (npm ci in examples/sveltekit)"
command -v node >/dev/null 2>&1 || fail "Node.js 20.19+ and npm are needed"
node -e 'const [a, b] = process.versions.node.split(".").map(Number);
         process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
    || fail "Node.js 20.19 or newer is needed (this is $(node --version))"
echo "node $(node --version), npm $(npm --version)"
(cd "$SITE_DIR" && npm ci --prefer-offline --no-progress --loglevel=error)

section "Python virtualenv"
# shellcheck source=scripts/venv.sh
source scripts/venv.sh
ensure_venv requirements-dev.txt
.venv/bin/python --version

section "API on the embedded database"
API_PORT=$(free_port)
API_URL="http://127.0.0.1:$API_PORT"
ADMIN_EMAIL="e2e-admin@example.com"
ADMIN_PASSWORD="e2e-$(node -e 'console.log(require("node:crypto").randomBytes(18).toString("base64url"))')"
mkdir -p "$WORK/api"
# serve.py keeps its files (.env, data/db) in the working directory: run it in $WORK/api, with
# an empty .env, so neither a developer's .env nor ./data is read or written. `env -i`: only the
# variables below reach the API (none of the shell's MONGODB_URI, RATE_LIMIT_STORAGE_URI...).
: >"$WORK/api/.env"
start api env -i -C "$WORK/api" \
    PATH="$PATH" HOME="${HOME:-/root}" LANG="${LANG:-C.UTF-8}" TMPDIR="${TMPDIR:-/tmp}" \
    PYTHONPATH="$ROOT" PYTHONUNBUFFERED=1 ENV=dev \
    JWT_SECRET="$(node -e 'console.log(require("node:crypto").randomBytes(48).toString("base64url"))')" \
    ADMIN_EMAIL="$ADMIN_EMAIL" ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    PUBLIC_BASE_URL="$API_URL" UPLOAD_DIR="$WORK/api/uploads" \
    "$ROOT/.venv/bin/python" -m scripts.serve --host 127.0.0.1 --port "$API_PORT"
API_PID=${PIDS[-1]}
wait_for API "$API_URL/health/ready" "$API_PID" 90
echo "data in $WORK/api; admin $ADMIN_EMAIL"

section "Typed client from the live OpenAPI document"
cd "$SITE_DIR"
INKWELL_API_URL="$API_URL" npm run --silent gen:api
if command -v git >/dev/null 2>&1 && git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1 \
    && ! git -C "$ROOT" diff --quiet -- examples/sveltekit/src/lib/api/schema.d.ts; then
    echo "note: the API's OpenAPI document differs from the committed src/lib/api/schema.d.ts;"
    echo "      the checks below use the regenerated one (commit it with the API change)."
    git -C "$ROOT" diff --stat -- examples/sveltekit/src/lib/api/schema.d.ts
fi

section "Type-check (svelte-check --fail-on-warnings, tsc --noEmit strict)"
npm run --silent check
echo "types OK"

section "Build (vite build, adapter-node)"
# Into build-e2e/, not build/: a developer's `node build` may be serving build/ right now.
export INKWELL_SITE_BUILD_DIR=build-e2e
npm run --silent build -- --logLevel warn
test -f build-e2e/index.js || fail "vite build produced no build-e2e/index.js"

section "Site (node build) with its webhook receiver registered"
SITE_PORT=$(free_port)
SITE_URL="http://127.0.0.1:$SITE_PORT"
PER_PAGE=2 # small, so that the seeded posts span several pages and pagination is exercised
# The API generates a webhook's signing secret when the webhook is created and shows it only
# then: register the site's receiver first, then start the site with that secret. (The API
# runs with ENV=dev, where webhooks may target loopback; in production that would need
# WEBHOOK_ALLOW_PRIVATE_NETWORKS=true.) The secret is never printed.
WEBHOOK=$(SITE_URL="$SITE_URL" INKWELL_API_URL="$API_URL" ADMIN_EMAIL="$ADMIN_EMAIL" \
    ADMIN_PASSWORD="$ADMIN_PASSWORD" node e2e/register-webhook.mjs) \
    || fail "could not register the site's webhook receiver with the API"
read -r WEBHOOK_ID WEBHOOK_SECRET <<<"$WEBHOOK"
[ -n "${WEBHOOK_SECRET:-}" ] || fail "the API answered the webhook creation without a secret"
echo "webhook $WEBHOOK_ID -> $SITE_URL/api/inkwell-webhook"
start site env HOST=127.0.0.1 PORT="$SITE_PORT" ORIGIN="$SITE_URL" \
    INKWELL_API_URL="$API_URL" INKWELL_POSTS_PER_PAGE="$PER_PAGE" \
    INKWELL_WEBHOOK_SECRET="$WEBHOOK_SECRET" INKWELL_WEBHOOK_DEBUG=1 node build-e2e
wait_for site "$SITE_URL/" "${PIDS[-1]}" 30

section "Browser tests (node --test e2e/, headless Chromium)"
SITE_URL="$SITE_URL" INKWELL_API_URL="$API_URL" ADMIN_EMAIL="$ADMIN_EMAIL" \
    ADMIN_PASSWORD="$ADMIN_PASSWORD" INKWELL_POSTS_PER_PAGE="$PER_PAGE" CHROMIUM_PATH="$CHROMIUM" \
    INKWELL_WEBHOOK_ID="$WEBHOOK_ID" INKWELL_WEBHOOK_SECRET="$WEBHOOK_SECRET" \
    npm run --silent test:e2e
