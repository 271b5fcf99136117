#!/usr/bin/env bash
# What issue 17's screens add to the app's WebAssembly, measured whole: the app is built twice
# (one module, no split), as it is and with 17's entry points compiled out by
# bench/without-17.patch (the cycle stepper; the insights, plan and snapshots panels; the plan's
# two exports; the presentation's plan section; the gap field; the list of changes), each
# through wasm-bindgen and wasm-opt -Oz as the release is; then both are compared, raw and
# brotli. Code only those screens reach goes with them; their interface strings and the model's
# new fields stay in both builds (bench/RESULTS.md counts those apart).
#   bash bench/issue-weight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/issue-weight
mkdir -p "$out"
build() {
  CARGO_TARGET_DIR=target/v0 RUSTFLAGS="--cfg erase_components -C symbol-mangling-version=v0" \
    cargo build --release --target wasm32-unknown-unknown --offline --bin patika
  rm -rf "$out/$1" && mkdir -p "$out/$1"
  wasm-bindgen --target web --out-dir "$out/$1" --out-name patika \
    target/v0/wasm32-unknown-unknown/release/patika.wasm
  wasm-opt -Oz --one-caller-inline-max-function-size=200 --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --strip-debug \
    --strip-producers "$out/$1/patika_bg.wasm" -o "$out/$1.wasm"
}
build with
git apply bench/without-17.patch
trap 'git apply -R bench/without-17.patch' EXIT
PATIKA_WITHOUT_17=1 build without
node -e '
  const fs = require("fs"), z = require("zlib");
  const br = (b) => z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11,
    [z.constants.BROTLI_PARAM_LGWIN]: 24 } }).length;
  const [a, b] = process.argv.slice(1).map((f) => fs.readFileSync(f));
  const kb = (n) => (n / 1024).toFixed(1) + " KB";
  console.log(`with 17: ${kb(a.length)} raw, ${kb(br(a))} brotli; without: ${kb(b.length)}, ${kb(br(b))}`);
  console.log(`17 adds ${kb(a.length - b.length)} raw, ${kb(br(a) - br(b))} brotli`);
' "$out/with.wasm" "$out/without.wasm"
