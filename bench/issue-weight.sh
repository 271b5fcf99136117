#!/usr/bin/env bash
# What issue 17 adds to the app's WebAssembly, measured whole, in four parts:
#  1. its screens: the app is built twice (one module, no split), as it is and with 17's entry
#     points compiled out by bench/without-17.patch (the cycle stepper; the insights, plan and
#     snapshots panels; the plan's two exports; the presentation's plan section; the gap field;
#     the list of changes), each through wasm-bindgen and wasm-opt -Oz as the release is, and
#     compared. Code and strings only those screens reach go with them;
#  2. its interface strings in the shared table (bench/issue-17-keys.txt), which stay: weighed
#     in the build without the screens by bench/strings-weight.mjs;
#  3. its model and format code every load needs (the cycle's model, the snapshots' format and
#     use cases), which stays too: weighed there by bench/module-weight.mjs;
#  4. the same model and format code in the import worker (built with wasm-opt -Os, as released).
# Brotli throughout (quality 11, custom sections dropped).
#   bash bench/issue-weight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/issue-weight
mkdir -p "$out"
# Names are kept (-g: the code is the same, bench/RESULTS.md) for module-weight.mjs.
build() { # build <name> <bin> <wasm-opt level>
  CARGO_TARGET_DIR=target/v0 RUSTFLAGS="--cfg erase_components -C symbol-mangling-version=v0" \
    cargo build --release --target wasm32-unknown-unknown --offline --bin "$2"
  rm -rf "$out/$1" && mkdir -p "$out/$1"
  wasm-bindgen --target web --no-demangle --out-dir "$out/$1" --out-name patika \
    "target/v0/wasm32-unknown-unknown/release/$2.wasm"
  wasm-opt "$3" -g --one-caller-inline-max-function-size=200 --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --strip-producers "$out/$1/patika_bg.wasm" -o "$out/$1.wasm"
}
stays=(model::cycle format::snapshots state::snapshots)
build worker patika-import -Os
build with patika -Oz
git apply bench/without-17.patch
trap 'git apply -R bench/without-17.patch' EXIT
PATIKA_WITHOUT_17=1 build without patika -Oz
git apply -R bench/without-17.patch
trap - EXIT
screens=$(node -e '
  const fs = require("fs"), z = require("zlib");
  const leb = (b, p) => { let r = 0, s = 0, x;
    do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return [r, p]; };
  const strip = (b) => { const o = [b.subarray(0, 8)];
    for (let p = 8; p < b.length;) { const [n, q] = leb(b, p + 1);
      if (b[p] !== 0) o.push(b.subarray(p, q + n)); p = q + n; } return Buffer.concat(o); };
  const br = (b) => z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11,
    [z.constants.BROTLI_PARAM_LGWIN]: 24 } }).length;
  const [a, b] = process.argv.slice(1).map((f) => strip(fs.readFileSync(f)));
  const kb = (n) => (n / 1024).toFixed(1);
  console.error(`with 17: ${kb(a.length)} KB raw, ${kb(br(a))} brotli; ` +
    `without its screens: ${kb(b.length)}, ${kb(br(b))}`);
  console.log(kb(br(a) - br(b)));
' "$out/with.wasm" "$out/without.wasm")
share() { local said; said=$("$@"); echo "$said" >&2; sed -n 's/.*brotli share \([0-9.]*\) KB$/\1/p' <<<"$said"; }
echo "1. screens: $screens KB brotli"
strings=$(share node bench/strings-weight.mjs "$out/without.wasm" bench/issue-17-keys.txt)
echo "2. interface strings in the shared table: $strings KB"
model=$(share node bench/module-weight.mjs "$out/without.wasm" "${stays[@]}")
echo "3. model and format code that stays: $model KB"
worker=$(share node bench/module-weight.mjs "$out/worker.wasm" "${stays[@]}")
echo "4. the same in the import worker: $worker KB"
node -e 'const v = process.argv.slice(1).map(Number);
  console.log(`17 adds ${v.reduce((a, b) => a + b, 0).toFixed(1)} KB brotli (${v.join(" + ")})`)' \
  "$screens" "$strings" "$model" "$worker"
