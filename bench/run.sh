#!/usr/bin/env bash
# The benchmark: builds Patika's release site and the empty Leptos baseline, then measures both.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
trunk build --release --offline
# Same target dir: the baseline reuses the compiled leptos crates.
(cd bench/empty-app && CARGO_TARGET_DIR="$PWD/../../target" trunk build --release --offline)
node bench/run.mjs
