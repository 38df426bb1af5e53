#!/usr/bin/env bash
# Installs whatever is missing, builds the release site and serves it on http://127.0.0.1:8080/
# (PORT=... to change). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh serve
. scripts/env.sh
trunk build --release
exec node scripts/static_server.mjs dist "${PORT:-8080}"
