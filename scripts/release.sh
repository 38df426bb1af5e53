#!/usr/bin/env bash
# Builds the release site and writes the bundle people upload to their host:
#   release/crampcheck-<content version>-<git short hash>.zip  and  .zip.sha256 (sha256sum -c)
# The zip is the site (dist/) plus an Apache .htaccess at its root and hosting/ with nginx.conf,
# .htaccess and _headers, all made from the build's _headers, and the files earlier bundles in
# release/ promised never change, so a page that embeds an earlier version keeps working
# (scripts/hosting.mjs; docs/HOSTING.md). A tree with uncommitted changes names it "<hash>-dirty".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh serve
. scripts/env.sh
trunk build --release
node scripts/hosting.mjs release dist release
