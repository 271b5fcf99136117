#!/usr/bin/env bash
# Command 1: install what is missing, build the release site into dist/, serve it locally.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
TRUNK_SKIP_VERSION_CHECK=true trunk build --release --offline
exec node scripts/static-server.mjs
