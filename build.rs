//! wasm-split cuts the linked app into chunks by its relocations (scripts/build-wasm.mjs), so the
//! browser app's link keeps them — that binary only: binaryen cannot optimise a module that has
//! them, and the import worker is optimised as it is.
fn main() {
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bin=patika=--emit-relocs");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
