#!/usr/bin/env bash
# Installs whatever is missing, then runs every test: the core natively (unit, scenario, property,
# content-check and CLI tests), the components in headless Chromium (wasm-bindgen-test), and the
# end-to-end tests (Playwright + axe-core) against the release build served on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint: the browser programs (web/), scripts and tests (ESLint)"
npx --no-install eslint .

step "native tests: core, content checks, scenarios, properties, CLI"
cargo test --workspace

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test -p crampcheck --target wasm32-unknown-unknown

step "release build"
trunk build --release

step "end-to-end tests (Playwright, Debian Chromium, axe-core)"
npx --no-install playwright test

step "all tests passed"
