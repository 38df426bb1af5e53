#!/usr/bin/env bash
# Installs every tool the project needs, only where missing (checks versions first), so a second run
# takes seconds. Versions and the reasons for them: see docs/TOOLCHAIN.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132.0.0

need_browser=${1:-all}   # "serve" skips Chromium, which only the tests need
export DEBIAN_FRONTEND=noninteractive

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (about 5 minutes on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: a dependency pinned in its lockfile is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Debian's binaryen and the wasm-opt crate are too old for what rustc 1.95 emits; npm's is not.
if ! "$TOOLS_DIR/bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  log "installing binaryen $BINARYEN_VERSION (wasm-opt) from npm into $TOOLS_DIR"
  npm install -g --prefix "$TOOLS_DIR" "binaryen@$BINARYEN_VERSION" --no-audit --no-fund
fi

if [ "$need_browser" = all ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v brotli >/dev/null; then
    log "installing Debian's chromium, chromium-driver and brotli"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver brotli >/dev/null
  fi
  # The release bundle's hosting tests (tests/e2e/hosting.test.mjs) run it on the real servers;
  # each test starts its own on a free port, and never uses the packages' own services.
  if ! command -v nginx >/dev/null || ! command -v apache2 >/dev/null; then
    log "installing Debian's nginx and apache2 (the hosting tests)"
    apt-get update -qq
    apt-get install -y -qq nginx apache2 >/dev/null
  fi
fi
# The release bundle (scripts/release.sh, scripts/hosting.mjs) is written and read by Debian's zip and
# unzip: no zip library is in the npm tooling, and one archive is not worth a new dependency.
if ! command -v zip >/dev/null || ! command -v unzip >/dev/null; then
  log "installing Debian's zip and unzip (the release bundle)"
  apt-get update -qq
  apt-get install -y -qq zip unzip >/dev/null
fi

# Build and test tooling from npm (terser for the release build; @playwright/test and axe-core for
# the browser tests). No browser download: the tests drive Debian's Chromium.
if [ ! -d node_modules/terser ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing the npm tooling (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
log "tools ready"
