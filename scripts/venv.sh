# Sourced by run.sh and test.sh: make sure .venv exists and holds the given requirement files.
# Reinstalls only when those files change (a stamp keyed by their hash).

PYTHON="${PYTHON:-python3}"

ensure_venv() {
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)" >&2
        exit 1
    fi
    if [ ! -x .venv/bin/python ]; then
        echo "creating .venv with $("$PYTHON" --version)"
        "$PYTHON" -m venv .venv
    fi
    local stamp
    stamp=".venv/.installed-$( (echo "$@"; cat requirements*.txt) | sha256sum | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        echo "installing $* into .venv"
        local args=()
        for file in "$@"; do args+=(-r "$file"); done
        .venv/bin/python -m pip install --disable-pip-version-check --quiet "${args[@]}"
        touch "$stamp"
    fi
}
