#!/usr/bin/env bash
# Weighs modules of the app's WebAssembly by function name (bench/module-weight.mjs): builds the
# app once more with v0 symbol mangling into target/v0 (its own directory: the release build's
# stays as it is), then measures. With no arguments, the modules issue 17 added.
#   [TOP=n] bash bench/module-weight.sh [layer::module …]   (TOP: also list the n largest functions)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
CARGO_TARGET_DIR=target/v0 RUSTFLAGS="--cfg erase_components -C symbol-mangling-version=v0" \
  cargo build --release --target wasm32-unknown-unknown --offline --bin patika
modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then
  modules=(components::insights components::plan components::action_form components::snapshots
    components::cycle components::gap_field components::table analysis::insights
    analysis::insight_list analysis::moments analysis::volume analysis::plan analysis::cycle
    format::snapshots state::snapshots state::plan_file model::cycle chart::plan_matrix
    interop::plan_csv i18n::insights i18n::cycle)
fi
node bench/module-weight.mjs target/v0/wasm32-unknown-unknown/release/patika.wasm "${modules[@]}"
