#!/usr/bin/env bash
# Installs what Patika's build (and, with --tests, its tests) need; skips whatever is already there.
# First run on a fresh machine: ≈12–20 min (compiles trunk and wasm-bindgen-cli); later runs: seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
LEPTOSFMT_VERSION=0.1.33
GECKODRIVER_VERSION=0.37.1
# The split tool (scripts/build-wasm.mjs); the library version cargo-leptos uses.
WASM_SPLIT_VERSION=0.2.4
# The wasm-bindgen CLI must equal the library version in Cargo.lock.
WBG_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (compiles; ≈10 min the first time)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (compiles; ≈5 min the first time)"
  # Without --locked: its own lock pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (splits the app into chunks; ≈1 min the first time)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi
if [ "${1:-}" = "--tests" ] && ! cargo fmt --version >/dev/null 2>&1; then
  say "adding rustfmt"
  rustup component add rustfmt
fi
if [ "${1:-}" = "--tests" ] && ! leptosfmt --version 2>/dev/null | grep -q " $LEPTOSFMT_VERSION"; then
  say "installing leptosfmt $LEPTOSFMT_VERSION (formats view! macros; compiles, ≈3 min the first time)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
fi
if [ ! -f node_modules/.patika-installed ] || [ package-lock.json -nt node_modules/.patika-installed ]; then
  say "installing npm dev dependencies (binaryen 132 for wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund
  touch node_modules/.patika-installed
fi
# Mermaid 11 itself (one file from its npm package), to check exported journeys with the real parser.
MERMAID_VERSION=11.12.2
MERMAID_JS="node_modules/.cache/patika/mermaid-$MERMAID_VERSION.min.js"
if [ "${1:-}" = "--tests" ] && [ ! -f "$MERMAID_JS" ]; then
  say "fetching mermaid $MERMAID_VERSION (its browser bundle, for the Mermaid export test)"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack "mermaid@$MERMAID_VERSION" --silent >/dev/null && tar xzf "mermaid-$MERMAID_VERSION.tgz" package/dist/mermaid.min.js)
  mkdir -p "$(dirname "$MERMAID_JS")"
  mv "$tmp/package/dist/mermaid.min.js" "$MERMAID_JS"
  rm -rf "$tmp"
fi
if [ "${1:-}" = "--tests" ]; then
  # Chromium for the whole suite; Firefox ESR and WebKitGTK (Safari's engine) for the core flows,
  # driven through W3C WebDriver (WebKit's MiniBrowser needs a display: Xvfb).
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -x /usr/bin/Xvfb ] || missing+=(xvfb)
  [ -x /usr/bin/xauth ] || missing+=(xauth)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing from Debian: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  if ! geckodriver --version 2>/dev/null | grep "^geckodriver $GECKODRIVER_VERSION" >/dev/null; then
    say "installing geckodriver $GECKODRIVER_VERSION (drives Firefox; compiles, ≈3 min the first time)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi
